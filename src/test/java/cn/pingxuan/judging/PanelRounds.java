package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.AdvanceRule;
import cn.pingxuan.judging.ranking.Aggregation;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Rounds for judge-panel tests, stored directly (the organizer side has its own tests): open for a day, over one
 * category, rubric 创意 (40 分, 60 %) and 制作 (20 分, 40 %).
 */
@Singleton
class PanelRounds {

    private final RoundRepository rounds;
    private final RoundCriterionRepository criteria;
    private final RoundCategoryRepository categories;
    private final AssignmentRepository assignments;

    PanelRounds(RoundRepository rounds, RoundCriterionRepository criteria, RoundCategoryRepository categories,
                AssignmentRepository assignments) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.categories = categories;
        this.assignments = assignments;
    }

    record Judge(long id, ApiClient client) {
    }

    static Judge judge(EmbeddedServer server, JsonMapper json, String unitName) {
        ApiClient client = TestAccounts.newUser(server, json, "JUDGE", unitName);
        return new Judge(((Number) client.get("/api/me").map().get("id")).longValue(), client);
    }

    JudgingRound open(long contestId, long categoryId, boolean blind) {
        Instant now = Instant.now();
        JudgingRound round = rounds.save(new JudgingRound(null, contestId, rounds.maxOrdinal(contestId) + 1, "初评", 1, blind,
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)), Aggregation.MEAN, AdvanceRule.Kind.TOP_N,
                BigDecimal.valueOf(2), RoundStatus.OPEN, null, null, null));
        categories.save(new RoundCategory(null, round.id(), categoryId));
        criteria.save(new RoundCriterion(null, round.id(), 1, "创意", "主题鲜明，构思新颖", new BigDecimal("40.0"), new BigDecimal("60")));
        criteria.save(new RoundCriterion(null, round.id(), 2, "制作", "画面、声音与剪辑", new BigDecimal("20.0"), new BigDecimal("40")));
        return round;
    }

    List<RoundCriterion> criteriaOf(JudgingRound round) {
        return criteria.findByRoundIdOrderByOrdinal(round.id());
    }

    long assign(JudgingRound round, long entryId, long judgeId) {
        return assignments.save(Assignment.of(round.id(), entryId, judgeId, false)).id();
    }

    Assignment assignment(long id) {
        return assignments.findById(id).orElseThrow();
    }

    void setStatus(JudgingRound round, RoundStatus status) {
        rounds.update(rounds.findById(round.id()).orElseThrow().withStatus(status));
    }

    void setWindow(JudgingRound round, Instant opensAt, Instant closesAt) {
        JudgingRound r = rounds.findById(round.id()).orElseThrow();
        rounds.update(new JudgingRound(r.id(), r.contestId(), r.ordinal(), r.name(), r.judgesPerEntry(), r.blind(), opensAt,
                closesAt, r.aggregation(), r.advanceKind(), r.advanceValue(), r.status(), r.createdAt(), r.updatedAt(),
                r.version()));
    }
}
