package cn.pingxuan.results;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Awards written straight to the tables, for features that read results (gallery, certificates, exports) without
 * going through judging: entry i of the stage gets 一等奖, 二等奖, then 三等奖 for the rest, and the contest is put in
 * the given status ({@code PUBLICITY} or {@code PUBLISHED}). The results flow itself is tested through the API.
 * Call it outside any transaction: its status updates use a connection of their own, which would wait on the
 * caller's locks (MariaDB: lock wait timeout).
 */
public final class ResultsFixtures {

    private ResultsFixtures() {
    }

    public record Awarded(JudgingFixtures.Stage stage, List<Award> awards) {

        public Award awardOf(long entryId) {
            return awards.stream().filter(a -> a.entryId() == entryId).findFirst().orElseThrow();
        }
    }

    public static Awarded awarded(ApplicationContext context, JudgingFixtures.Stage stage, ContestStatus status) {
        AwardTierRepository tierRepository = context.getBean(AwardTierRepository.class);
        AwardRepository awardRepository = context.getBean(AwardRepository.class);
        ContestResultsRepository results = context.getBean(ContestResultsRepository.class);
        CertificateSerials serials = context.getBean(CertificateSerials.class);
        long contestId = stage.contestId();
        List<AwardTier> tiers = List.of("一等奖", "二等奖", "三等奖").stream()
                .map(name -> tierRepository.save(new AwardTier(null, contestId, null, tierOrdinal(name), name,
                        AwardBasis.SCORE, QuotaKind.COUNT, BigDecimal.ONE)))
                .toList();
        List<Award> awards = new ArrayList<>();
        for (int i = 0; i < stage.entryIds().size(); i++) {
            AwardTier tier = tiers.get(Math.min(i, tiers.size() - 1));
            awards.add(awardRepository.save(new Award(null, contestId, stage.entryIds().get(i), stage.videoCategory(),
                    tier.id(), tier.name(), tier.ordinal(), AwardBasis.SCORE, i + 1, BigDecimal.valueOf(90 - i),
                    false, null, AwardStatus.ACTIVE, serials.next(), null, null, null)));
        }
        Instant now = Instant.now();
        ContestResults settings = ContestResults.defaults(contestId).allocated(now).publicity(now.minusSeconds(3600), now);
        results.save(status == ContestStatus.PUBLISHED ? settings.published(now) : settings);
        execute(context, "UPDATE contest SET status = ? WHERE id = ?", status.name(), contestId);
        if (status == ContestStatus.PUBLISHED) {
            for (Award award : awards) {
                execute(context, "UPDATE entry SET status = 'AWARDED' WHERE id = ?", award.entryId());
            }
        }
        return new Awarded(stage, List.copyOf(awards));
    }

    /**
     * One judge (of 文学院) scores every entry of the stage in a MEAN round and the round is locked: the final
     * ranking awards are allocated from. {@code sheets[i]} is entry i's (创意, 制作); its total is 1.5 × 创意 + 2 × 制作.
     */
    public static long lockedRound(EmbeddedServer server, JsonMapper json, JudgingFixtures.Stage stage, double[][] sheets) {
        JudgingFixtures.Judge judge = JudgingFixtures.judge(server, json, "文学院");
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 1, false));
        JudgingFixtures.setPool(stage, roundId, List.of(judge));
        JudgingFixtures.expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);
        JudgingFixtures.startJudging(stage);
        JudgingFixtures.expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of()), 200);
        for (int i = 0; i < sheets.length; i++) {
            JudgingFixtures.score(judge.client(), roundId, stage.codes().get(i), sheets[i], true);
        }
        JudgingFixtures.expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/lock", Map.of()), 200);
        return roundId;
    }

    private static int tierOrdinal(String name) {
        return List.of("一等奖", "二等奖", "三等奖").indexOf(name) + 1;
    }

    private static void execute(ApplicationContext context, String sql, Object... parameters) {
        DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
