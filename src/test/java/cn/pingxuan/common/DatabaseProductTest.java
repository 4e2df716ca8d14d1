package cn.pingxuan.common;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves which database the run really used: the MySQL run must not quietly fall back to H2. */
@MicronautTest
@Tag("db")
class DatabaseProductTest {

    @Inject
    DataSource dataSource;

    @Test
    void theSuiteRunsOnTheDatabaseItClaims() throws SQLException {
        boolean mysqlRun = "mysql".equals(System.getProperty("pingxuan.test.db"));
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String version = connection.getMetaData().getDatabaseProductVersion();
            if (mysqlRun) {
                assertThat(product).isIn("MySQL", "MariaDB");
                assertThat(version).containsIgnoringCase("MariaDB");
            } else {
                assertThat(product).isEqualTo("H2");
            }
        }
    }
}
