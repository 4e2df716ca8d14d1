package cn.pingxuan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The counts of one row of the unit statistics, added up entry by entry. */
final class UnitTally {

    long entries;
    long eligible;
    long recommended;
    long awarded;
    long students;
    final Map<String, Long> awardsByTier = new LinkedHashMap<>();
    final Set<Long> participants = new HashSet<>();

    void add(ReportRows.StatEntry entry, boolean passedScreening, List<String> tiers) {
        entries++;
        if (passedScreening) {
            eligible++;
        }
        if (entry.recommendationId() != null) {
            recommended++;
        }
        if (!tiers.isEmpty()) {
            awarded++;
            tiers.forEach(tier -> awardsByTier.merge(tier, 1L, Long::sum));
        }
        participants.add(entry.submitterId());
    }

    void addAll(UnitTally other) {
        entries += other.entries;
        eligible += other.eligible;
        recommended += other.recommended;
        awarded += other.awarded;
        students += other.students;
        other.awardsByTier.forEach((tier, n) -> awardsByTier.merge(tier, n, Long::sum));
        participants.addAll(other.participants);
    }

    boolean isEmpty() {
        return entries == 0 && students == 0;
    }

    Double participationRate() {
        if (students == 0) {
            return null;
        }
        return BigDecimal.valueOf(participants.size()).divide(BigDecimal.valueOf(students), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    Map<String, Long> awardsIn(List<String> tiers) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        tiers.forEach(tier -> ordered.put(tier, awardsByTier.getOrDefault(tier, 0L)));
        return ordered;
    }
}
