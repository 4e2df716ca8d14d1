package cn.pingxuan.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 server for tests: S3Proxy with its filesystem backend, run as a separate JVM because its
 * dependencies clash with Micronaut's. The Maven build copies the jar to {@code target/s3proxy/} and
 * passes its path as system property {@code s3proxy.jar}.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "pingxuan-test";
    public static final String SECRET_KEY = "pingxuan-test-secret";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 40;

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread killOnExit;

    private S3ProxyServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.killOnExit = new Thread(process::destroyForcibly, "s3proxy-killer");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts S3Proxy on a free loopback port, keeping its objects under {@code workDir}. */
    public static S3ProxyServer start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, freeLoopbackPort());
    }

    /**
     * Starts S3Proxy on the given loopback port: after {@link #close()}, the same port and {@code workDir} bring
     * the same store back, objects and unfinished multipart uploads included.
     */
    public static S3ProxyServer start(Path workDir, int port) throws IOException, InterruptedException {
        Path jar = locateJar();
        Path properties = writeProperties(workDir, port);
        Path log = Files.createDirectories(jar.toAbsolutePath().getParent().resolve("logs"))
                .resolve("s3proxy-" + port + ".log");
        Process process = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-jar", jar.toString(),
                "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        S3ProxyServer server = new S3ProxyServer(process, port, log);
        try {
            server.awaitListening();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException jvmAlreadyShuttingDown) {
            // the hook runs anyway and finds the process gone
        }
    }

    private static Path locateJar() {
        String configured = System.getProperty("s3proxy.jar");
        Path jar = Path.of(configured != null ? configured : "target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Proxy is missing at " + jar.toAbsolutePath()
                    + ". The S3 contract tests need it; the Maven build copies it there during"
                    + " generate-test-resources, so run them through Maven"
                    + " (./mvnw -Dskip.frontend=true test -Dtest='*BlobStore*').");
        }
        return jar;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path writeProperties(Path workDir, int port) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", ACCESS_KEY);
        properties.setProperty("s3proxy.credential", SECRET_KEY);
        properties.setProperty("jclouds.provider", "filesystem");
        Path objects = Files.createDirectories(workDir.resolve("objects"));
        properties.setProperty("jclouds.filesystem.basedir", objects.toString());
        Path file = workDir.resolve("s3proxy.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written by S3ProxyServer");
        }
        return file;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with code " + process.exitValue()
                        + " before listening on port " + port + "; " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("S3Proxy did not listen on port " + port + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s; " + logTail());
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
        return "last lines of " + log + ":\n" + String.join("\n", tail);
    }
}
