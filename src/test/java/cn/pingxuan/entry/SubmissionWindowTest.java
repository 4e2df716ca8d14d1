package cn.pingxuan.entry;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.MutableClock;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's clock decides the window, to the second. */
@MicronautTest(transactional = false)
@Tag("db")
class SubmissionWindowTest {

    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    /**
     * Static: the server may build its Clock bean through another instance of this class than the one running the
     * test (beans started on background threads can ask for it first), and both must turn the same clock.
     */
    private static final MutableClock CLOCK = new MutableClock(START);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void editingWorksUntilTheSecondBeforeClosingAndNotAtIt() {
        Instant closes = START.plus(Duration.ofHours(2));
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        EntryFixtures.OpenContest contest = EntryFixtures.openContest(organizer, false, closes);
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        Map<String, Object> form = EntryFixtures.entryForm(contest, contest.videoCategory());
        long id = EntryFixtures.id(student.post("/api/entries", form));

        CLOCK.set(closes.minusSeconds(1));
        assertThat(student.put("/api/entries/" + id, form).status()).isEqualTo(200);
        assertThat(student.get("/api/entries/" + id).map()).containsEntry("editable", true);

        CLOCK.set(closes);
        ApiClient.Response atClose = student.put("/api/entries/" + id, form);
        assertThat(atClose.status()).isEqualTo(409);
        assertThat(atClose.map()).containsEntry("detail", "作品征集已截止");
        assertThat(student.get("/api/entries/" + id).map()).containsEntry("editable", false);

        CLOCK.set(closes.plusSeconds(1));
        assertThat(student.post("/api/entries", form).status()).isEqualTo(409);
        assertThat(student.post("/api/entries/" + id + "/withdraw", Map.of()).status()).isEqualTo(409);
        assertThat(new ApiClient(server, json).get("/api/contests/" + contest.id()).map()).containsEntry("acceptingSubmissions", false);
    }
}
