package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An entry's award: its tier (name and ordinal kept as awarded), its place and score in the final ranking of its
 * category, whether an organizer set it by hand ({@code note} then says why), and its certificate's serial.
 */
@MappedEntity("award")
public record Award(
        @Id @GeneratedValue @Nullable Long id,
        long contestId,
        long entryId,
        long categoryId,
        long tierId,
        String tierName,
        int tierOrdinal,
        AwardBasis basis,
        int placing,
        BigDecimal finalScore,
        boolean adjusted,
        @Nullable String note,
        AwardStatus status,
        String certificateSerial,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    public boolean active() {
        return status == AwardStatus.ACTIVE;
    }

    Award withTier(AwardTier tier, String reason) {
        return new Award(id, contestId, entryId, categoryId, tier.id(), tier.name(), tier.ordinal(), basis, placing,
                finalScore, true, reason, AwardStatus.ACTIVE, certificateSerial, createdAt, updatedAt, version);
    }

    Award revoked(String reason) {
        return new Award(id, contestId, entryId, categoryId, tierId, tierName, tierOrdinal, basis, placing, finalScore,
                true, reason, AwardStatus.REVOKED, certificateSerial, createdAt, updatedAt, version);
    }
}
