package cn.pingxuan.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Files;

/**
 * When the suite runs with {@code -Dpingxuan.test.db=mysql} (the pom's second surefire execution), starts one
 * real MariaDB server for the whole test JVM and points every application context at it through system
 * properties, which outrank the H2 default of application-test.yml.
 */
public class MariaDbSession implements LauncherSessionListener {

    private MariaDbServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"mysql".equals(System.getProperty("pingxuan.test.db"))) {
            return;
        }
        try {
            server = MariaDbServer.install(Files.createTempDirectory("pingxuan-mariadb"));
            System.setProperty("datasources.default.url", server.jdbcUrl());
            System.setProperty("datasources.default.username", "root");
            System.setProperty("datasources.default.password", "");
            System.setProperty("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the MariaDB test server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            try {
                server.close();
            } catch (Exception ignored) {
                // the JVM is ending; the server dies with it
            }
        }
    }
}
