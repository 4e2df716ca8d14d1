package cn.pingxuan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's memory every few seconds while the load runs: heap used and committed from the bench endpoint
 * (the JVM's own MemoryMXBean, cheaper than attaching jcmd), resident set size from /proc/PID/status.
 */
final class ServerMemory {

    record Sample(long heapUsed, long heapCommitted, long rss) {
    }

    private final BenchClient client;
    private final Path status;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Sample peak = new Sample(0, 0, 0);
    private Sample last;
    private int samples;
    private int failures;

    ServerMemory(BenchClient client, long pid) {
        this.client = client;
        this.status = Path.of("/proc", String.valueOf(pid), "status");
    }

    void start(long periodSeconds) {
        timer.scheduleAtFixedRate(this::sample, 0, periodSeconds, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(30, TimeUnit.SECONDS);
        sample();
    }

    private synchronized void sample() {
        try {
            Map<String, Object> heap = BenchClient.json(BenchClient.expect(client.send(null, "GET", "/api/bench/memory", null), 200));
            long rss = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElseThrow();
            last = new Sample(((Number) heap.get("heapUsed")).longValue(), ((Number) heap.get("heapCommitted")).longValue(), rss);
            peak = new Sample(Math.max(peak.heapUsed(), last.heapUsed()), Math.max(peak.heapCommitted(), last.heapCommitted()),
                    Math.max(peak.rss(), last.rss()));
            samples++;
        } catch (IOException | RuntimeException e) {
            failures++;
        }
    }

    synchronized String report() {
        if (last == null) {
            return "server memory: no sample (" + failures + " failed)";
        }
        return String.format("server memory, %d samples%s: heap used peak %d MiB, end %d MiB; heap committed peak %d MiB, end %d MiB;"
                        + " RSS peak %d MiB, end %d MiB", samples, failures == 0 ? "" : " (" + failures + " failed)",
                peak.heapUsed() >> 20, last.heapUsed() >> 20, peak.heapCommitted() >> 20, last.heapCommitted() >> 20,
                peak.rss() >> 20, last.rss() >> 20);
    }
}
