package cn.pingxuan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal in a JVM of its own, for fault tests that kill it the hard way ({@code kill -9}) and start it again on
 * the same database and store. It runs from the tests' classpath; configuration goes in as system properties,
 * which outrank application.yml. Its output goes to a log file that {@link #log} hands to failure messages.
 */
public final class PortalProcess implements AutoCloseable {

    /** A JVM start on a loaded 2-core machine: Micronaut, Flyway and the demo data take a while. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final String name;
    private final String mainClass;
    private final Map<String, String> properties;
    private final Path logFile;
    private final String heap;
    private final int port;
    private final Path workDir;
    private Process process;

    private PortalProcess(String name, String mainClass, Map<String, String> properties, Path logFile, String heap, int port,
                          Path workDir) {
        this.workDir = workDir;
        this.name = name;
        this.mainClass = mainClass;
        this.properties = properties;
        this.logFile = logFile;
        this.heap = heap;
        this.port = port;
    }

    /**
     * Starts {@code mainClass} (e.g. {@code cn.pingxuan.Application}) on a free port and waits until {@code /health}
     * answers 200.
     *
     * @param logDir where {@code <name>.log} is written (appended to across restarts of the same name)
     */
    public static PortalProcess start(String name, String mainClass, Map<String, String> properties, Path logDir, String heap) {
        return startIn(logDir, name, mainClass, properties, logDir, heap);
    }

    /**
     * {@link #start} in the working directory {@code workDir}: with no database or store configured, the portal
     * keeps everything in {@code workDir/data} as the embedded default does.
     */
    public static PortalProcess startIn(Path workDir, String name, String mainClass, Map<String, String> properties, Path logDir,
                                        String heap) {
        PortalProcess portal = new PortalProcess(name, mainClass, Map.copyOf(properties), logDir.resolve(name + ".log"), heap,
                freePort(), workDir);
        portal.launch();
        return portal;
    }

    /** The H2 file database in {@code dir} with the settings of the embedded default (application.yml). */
    public static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("pingxuan").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;WRITE_DELAY=0";
    }

    /** Another portal process with the same configuration and name, e.g. after {@link #kill}: same data, new port. */
    public PortalProcess restart(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        merged.putAll(overrides);
        PortalProcess next = new PortalProcess(name, mainClass, Map.copyOf(merged), logFile, heap, freePort(), workDir);
        next.launch();
        return next;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs in the portal. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as an orderly shutdown; SIGKILL if it does not end in time. */
    public void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** The last lines of the process's output, for failure messages. */
    public String log() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return "---- " + name + " (" + logFile + ") ----\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
        } catch (IOException e) {
            return "(no log of " + name + ": " + e.getMessage() + ")";
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-Dmicronaut.env.deduction=false", "-Dmicronaut.server.port=" + port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        try {
            Files.writeString(logFile, "\n==== " + String.join(" ", command.subList(0, command.size() - 3)) + " " + mainClass + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri().resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting\n" + log());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Poll.pause(Duration.ofMillis(300));
        }
        close();
        throw new AssertionError(name + " not healthy after " + START_TIMEOUT + "\n" + log());
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
