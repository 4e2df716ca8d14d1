package cn.pingxuan.bench;

import cn.pingxuan.bench.BenchClient.Session;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads as tus-js-client does in a browser: create, then PATCH chunk by chunk; after a failed PATCH it asks the
 * server where the upload stands (HEAD) and resumes from there. One slot uploads file after file until the
 * deadline; the file it is sending then is finished, so that every upload started is either complete or failed.
 */
final class ResumableUploads {

    private static final int RESUME_ATTEMPTS = 5;

    record Done(String id, long size, String sha256) {
    }

    private final String base;
    private final Session session;
    private final long chunk;
    private final long bytesPerSecond;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final LatencyRecorder creations = new LatencyRecorder("tus POST create / HEAD resume", s -> s == 201 || s == 200);
    final LatencyRecorder patches;
    final List<Done> completed = new CopyOnWriteArrayList<>();
    final AtomicLong bytesAcknowledged = new AtomicLong();
    final AtomicLong abandoned = new AtomicLong();

    ResumableUploads(String base, Session session, long chunk, long bytesPerSecond) {
        this.base = base;
        this.session = session;
        this.chunk = chunk;
        this.bytesPerSecond = bytesPerSecond;
        this.patches = new LatencyRecorder(String.format("tus PATCH ≤%d MiB%s", chunk >> 20,
                bytesPerSecond > 0 ? String.format(" at ≤%d KiB/s", bytesPerSecond >> 10) : ""), s -> s == 204);
    }

    /** One upload slot: files of 8 to 20 MiB, one after another, until {@code deadline} (System.nanoTime). */
    void slot(int slot, long deadline) {
        Random random = new Random(slot);
        for (int n = 0; System.nanoTime() < deadline; n++) {
            GeneratedFile file = new GeneratedFile(slot * 1_000_003L + n, (8L << 20) + random.nextInt(12 << 20));
            upload(file, "slot" + slot + "-" + n + ".mp4");
        }
    }

    private void upload(GeneratedFile file, String name) {
        String metadata = "purpose " + b64("test") + ",filename " + b64(name) + ",filetype " + b64("video/mp4");
        Optional<HttpResponse<Void>> created = exchange(creations, request("/api/uploads")
                .header("Upload-Length", String.valueOf(file.size())).header("Upload-Metadata", metadata)
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (created.isEmpty() || created.get().statusCode() != 201) {
            abandoned.incrementAndGet();
            return;
        }
        String location = URI.create(base).resolve(created.get().headers().firstValue("Location").orElseThrow()).getPath();
        long offset = 0;
        int failures = 0;
        while (offset < file.size()) {
            long end = Math.min(file.size(), offset + chunk);
            long from = offset;
            Optional<HttpResponse<Void>> answer = exchange(patches, request(location)
                    .header("Upload-Offset", String.valueOf(from)).header("Content-Type", "application/offset+octet-stream")
                    .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> file.open(from, end, bytesPerSecond)), end - from)));
            Optional<Long> reached = answer.filter(a -> a.statusCode() == 204).flatMap(ResumableUploads::offsetOf);
            if (reached.isEmpty()) {
                if (++failures > RESUME_ATTEMPTS) {
                    abandoned.incrementAndGet();
                    return;
                }
                reached = exchange(creations, request(location).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .filter(a -> a.statusCode() == 200).flatMap(ResumableUploads::offsetOf);
                if (reached.isEmpty()) {
                    continue;
                }
            }
            bytesAcknowledged.addAndGet(reached.get() - offset);
            offset = reached.get();
        }
        completed.add(new Done(location.substring(location.lastIndexOf('/') + 1), file.size(), file.sha256()));
    }

    private static Optional<Long> offsetOf(HttpResponse<?> response) {
        return response.headers().firstValue("Upload-Offset").map(Long::parseLong);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Tus-Resumable", "1.0.0")
                .header("Cookie", session.cookie()).header("X-XSRF-TOKEN", session.xsrf());
    }

    /** Sends and records; an exchange that got no answer is recorded as such and returns empty. */
    private Optional<HttpResponse<Void>> exchange(LatencyRecorder recorder, HttpRequest.Builder request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            recorder.record(System.nanoTime() - t0, response.statusCode());
            return Optional.of(response);
        } catch (IOException e) {
            recorder.record(System.nanoTime() - t0, LatencyRecorder.IO_ERROR);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
