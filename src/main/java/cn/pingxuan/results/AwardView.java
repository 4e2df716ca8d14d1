package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

@Serdeable
public record AwardView(long id, long entryId, @Nullable String code, String title, long categoryId, String categoryName,
                        String unitName, long tierId, String tierName, int tierOrdinal, AwardBasis basis, int placing,
                        BigDecimal finalScore, boolean adjusted, @Nullable String note, AwardStatus status,
                        String statusLabel, String certificateSerial, long openObjections) {

    static AwardView of(Award award, WorkLabels.Work work, long openObjections) {
        return new AwardView(award.id(), award.entryId(), work.code(), work.title(), award.categoryId(), work.categoryName(),
                work.unitName(), award.tierId(), award.tierName(), award.tierOrdinal(), award.basis(), award.placing(),
                award.finalScore(), award.adjusted(), award.note(), award.status(), award.status().label(),
                award.certificateSerial(), openObjections);
    }
}
