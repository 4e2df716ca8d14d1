package cn.pingxuan.vote;

import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.MutableClock;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.pingxuan.vote.VoteFixtures.localTime;
import static cn.pingxuan.vote.VoteFixtures.remaining;
import static cn.pingxuan.vote.VoteFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

/** The vote's limits on the server clock: window, votes per day, one per work per day, own works, bursts, races. */
@MicronautTest(transactional = false)
@Tag("db")
class VoteLimitsTest {

    /** Static, as in SubmissionWindowTest: whichever instance built the Clock bean, both turn the same clock. */
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    VoteTally tally;
    @Inject
    VoteRepository votes;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void realTime() {
        // the fixtures open their contest on the real clock
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void nVotesADayOnePerWorkAndTheNextDayAgain() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 3);
        Instant now = CLOCK.instant();
        String slug = VoteFixtures.enable(stage, VoteFixtures.form(localTime(now, 1, 0), localTime(now, 5, 0), 2, false));
        ApiClient voter = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        List<Long> works = stage.entryIds();

        CLOCK.set(localTime(now, 1, 23).minusSeconds(1));
        ApiClient.Response first = vote(voter, slug, works.get(0));
        assertThat(first.status()).isEqualTo(200);
        assertThat(remaining(first)).isEqualTo(1);
        ApiClient.Response again = vote(voter, slug, works.get(0));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.map().get("detail")).isEqualTo("今天已经给这件作品投过票了，明天可以再投");
        assertThat(remaining(vote(voter, slug, works.get(1)))).isZero();
        ApiClient.Response third = vote(voter, slug, works.get(2));
        assertThat(third.status()).isEqualTo(409);
        assertThat((String) third.map().get("detail")).contains("2 票已经投完");
        Map<String, Object> board = voter.get("/api/contests/" + slug + "/vote").map();
        assertThat(board).containsEntry("remainingToday", 0).containsEntry("phase", "OPEN");
        assertThat(((List<?>) board.get("votedToday"))).hasSize(2);

        // midnight in Shanghai, not in UTC, starts the next day
        CLOCK.set(localTime(now, 2, 0));
        ApiClient.Response nextDay = vote(voter, slug, works.get(0));
        assertThat(nextDay.status()).isEqualTo(200);
        assertThat(remaining(nextDay)).isEqualTo(1);
        assertThat(tally.counts(stage.contestId())).containsEntry(works.get(0), 2L).containsEntry(works.get(1), 1L);
    }

    @Test
    void onlyInsideTheWindowOnlyWhenSignedInAndNeverForOnesOwnWork() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 2);
        Instant opens = CLOCK.instant().plusSeconds(3600);
        Instant closes = opens.plusSeconds(86_400);
        String slug = VoteFixtures.enable(stage, VoteFixtures.form(opens, closes, 3, false));
        ApiClient voter = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long work = stage.entryIds().get(1);

        CLOCK.set(opens.minusSeconds(1));
        assertThat(vote(voter, slug, work).map()).containsEntry("detail", "投票尚未开始");
        CLOCK.set(opens);
        assertThat(vote(new ApiClient(server, json), slug, work).status()).isEqualTo(401);
        ApiClient.Response own = vote(stage.works().student(), slug, stage.entryIds().get(0));
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.map()).containsEntry("detail", "不能给自己参与创作的作品投票");
        String longAgent = "Mozilla/5.0 " + "x".repeat(400);
        ApiClient.Response accepted = voter.exchange("POST", "/api/contests/" + slug + "/votes",
                Map.of("Content-Type", "application/json", "User-Agent", longAgent),
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"entryId\":" + work + "}"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(votes.findAll()).filteredOn(v -> v.entryId() == work).singleElement().satisfies(v -> {
            assertThat(v.userAgent()).isEqualTo(longAgent.substring(0, 300));
            assertThat(v.ip()).isEqualTo(voter.clientAddress());
        });
        CLOCK.set(closes);
        ApiClient.Response late = vote(voter, slug, stage.entryIds().get(0));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.map()).containsEntry("detail", "投票已结束");
        assertThat(vote(voter, slug, 999_999_999L).status()).isIn(404, 409);
    }

    @Test
    void hiddenCountsStayHiddenUntilTheVoteCloses() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        Instant opens = CLOCK.instant();
        Instant closes = opens.plusSeconds(7200);
        String slug = VoteFixtures.enable(stage, VoteFixtures.form(opens, closes, 3, true));
        ApiClient voter = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long work = stage.entryIds().get(0);
        ApiClient.Response receipt = vote(voter, slug, work);
        assertThat(receipt.map()).containsEntry("votes", null);

        ApiClient visitor = new ApiClient(server, json);
        ApiClient.Response open = visitor.get("/api/contests/" + slug + "/vote");
        assertThat(open.map()).containsEntry("countsVisible", false).containsEntry("signedIn", false);
        assertThat(firstWork(open.map())).containsEntry("votes", null).containsEntry("entryId", (int) work);
        assertThat(visitor.get("/api/contests/" + slug + "/vote/works/" + work).map()).containsEntry("votes", null);
        String author = (String) stage.works().student().get("/api/me").map().get("displayName");
        assertThat(open.body()).doesNotContain(author).doesNotContain("软件2301班");

        CLOCK.set(closes);
        Map<String, Object> closed = visitor.get("/api/contests/" + slug + "/vote").map();
        assertThat(closed).containsEntry("countsVisible", true).containsEntry("phase", "CLOSED");
        assertThat(firstWork(closed)).containsEntry("votes", 1);
    }

    @Test
    void tooManyAttemptsInAMinuteAnswer429WithRetryAfter() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        Instant opens = CLOCK.instant();
        String slug = VoteFixtures.enable(stage, VoteFixtures.form(opens, opens.plusSeconds(86_400), 3, false));
        ApiClient voter = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        CLOCK.set(opens.plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(15));
        long work = stage.entryIds().get(0);
        assertThat(vote(voter, slug, work).status()).isEqualTo(200);
        for (int i = 0; i < 9; i++) {
            assertThat(vote(voter, slug, work).status()).isEqualTo(409);
        }
        ApiClient.Response throttled = vote(voter, slug, work);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("45");

        CLOCK.advance(java.time.Duration.ofSeconds(45));
        assertThat(vote(voter, slug, work).status()).isEqualTo(409);
    }

    @Test
    void parallelVotesForTheSameWorkLeaveExactlyOneRowAndTheDailyLimitHolds() throws Exception {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 4);
        Instant opens = CLOCK.instant();
        String slug = VoteFixtures.enable(stage, VoteFixtures.form(opens, opens.plusSeconds(86_400), 3, false));
        ApiClient voter = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long work = stage.entryIds().get(0);

        List<Integer> same = inParallel(8, i -> vote(voter, slug, work).status());
        assertThat(same).filteredOn(s -> s == 200).hasSize(1);
        assertThat(same).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        assertThat(tally.counts(stage.contestId())).containsEntry(work, 1L);
        assertThat(voter.get("/api/contests/" + slug + "/vote").map()).containsEntry("remainingToday", 2);

        ApiClient another = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        List<Integer> spread = inParallel(4, i -> vote(another, slug, stage.entryIds().get(i)).status());
        assertThat(spread).filteredOn(s -> s == 200).hasSize(3);
        assertThat(spread).filteredOn(s -> s != 200).containsExactly(409);
        assertThat(another.get("/api/contests/" + slug + "/vote").map()).containsEntry("remainingToday", 0);
    }

    private static List<Integer> inParallel(int threads, java.util.function.IntFunction<Integer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Integer> attempt = () -> {
                    start.await();
                    return call.apply(index);
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstWork(Map<String, Object> board) {
        List<Map<String, Object>> categories = (List<Map<String, Object>>) board.get("categories");
        return ((List<Map<String, Object>>) categories.get(0).get("works")).get(0);
    }
}
