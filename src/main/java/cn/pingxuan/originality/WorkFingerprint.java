package cn.pingxuan.originality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The stored fingerprint of one processed original. */
@MappedEntity("work_fingerprint")
record WorkFingerprint(@Id long assetId, long entryId, Fingerprint.Kind kind, String signature,
                       @DateCreated @Nullable Instant createdAt) {

    Fingerprint fingerprint() {
        return Fingerprint.decode(kind, signature);
    }
}
