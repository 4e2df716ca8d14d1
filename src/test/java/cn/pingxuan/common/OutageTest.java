package cn.pingxuan.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.pingxuan.storage.BlobNotFoundException;
import cn.pingxuan.storage.BlobStoreException;
import cn.pingxuan.storage.BlobStoreUnavailableException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Only an unreachable service becomes a 503; real data and store errors stay what they are. */
class OutageTest {

    @Test
    void connectionFailuresBehindTheFrameworksWrappersAreDatabaseOutages() {
        SQLTransientConnectionException poolTimeout =
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms");
        SQLException communications = new SQLException("Communications link failure", "08S01");

        assertThat(Outage.behind(poolTimeout)).contains(Outage.DATABASE);
        assertThat(Outage.behind(new DataAccessException("query failed", communications))).contains(Outage.DATABASE);
        assertThat(Outage.behind(new CannotCreateTransactionException("begin failed", poolTimeout))).contains(Outage.DATABASE);
    }

    @Test
    void dataErrorsAreNotOutages() {
        assertThat(Outage.behind(new DataAccessException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isEmpty();
        assertThat(Outage.behind(new DataAccessException("bad sql", new SQLSyntaxErrorException("syntax", "42000")))).isEmpty();
        assertThat(Outage.behind(new DataAccessException("no state", new SQLException("odd")))).isEmpty();
        assertThat(Outage.behind(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void onlyAnUnreachableStoreIsAStorageOutage() {
        BlobStoreUnavailableException refused = new BlobStoreUnavailableException("S3 is unavailable", new ConnectException("refused"));

        assertThat(Outage.behind(new CompletionException(refused))).contains(Outage.STORAGE);
        assertThat(Outage.behind(new BlobNotFoundException("entries/1/original/x"))).isEmpty();
        assertThat(Outage.behind(new BlobStoreException("S3 refused a request: AccessDenied"))).isEmpty();
    }

    @Test
    void theProblemCarriesItsRetryAfter() {
        ServiceUnavailableException problem = Outage.STORAGE.problem(java.time.Duration.ofSeconds(15));

        assertThat(problem.status().getCode()).isEqualTo(503);
        assertThat(problem.code()).isEqualTo("storage-unavailable");
        assertThat(problem.retryAfter()).hasSeconds(15);
    }
}
