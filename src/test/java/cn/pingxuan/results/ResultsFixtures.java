package cn.pingxuan.results;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Awards written straight to the tables, for features that read results (gallery, certificates, exports) without
 * going through judging: entry i of the stage gets 一等奖, 二等奖, then 三等奖 for the rest, and the contest is put in
 * the given status ({@code PUBLICITY} or {@code PUBLISHED}). The results flow itself is tested through the API.
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

    private static int tierOrdinal(String name) {
        return List.of("一等奖", "二等奖", "三等奖").indexOf(name) + 1;
    }

    private static void execute(ApplicationContext context, String sql, Object... parameters) {
        // the DataSource bean only hands out the current transaction's connection: resolve the pool behind it
        DataSource pool = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
