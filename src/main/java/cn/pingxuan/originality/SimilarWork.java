package cn.pingxuan.originality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One direction of a pair of similar works: {@code assetId}'s work resembles {@code otherAssetId}'s. */
@Serdeable
@MappedEntity("similar_work")
public record SimilarWork(@Id @GeneratedValue @Nullable Long id, long assetId, long entryId, long otherAssetId,
                          long otherEntryId, Fingerprint.Kind kind, int percent, @DateCreated @Nullable Instant createdAt) {
}
