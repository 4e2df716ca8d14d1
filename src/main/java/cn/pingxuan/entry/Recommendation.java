package cn.pingxuan.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A unit forwarding one of its eligible entries to judging (择优推荐); counted against the unit's quota. */
@MappedEntity("recommendation")
public record Recommendation(@Id @GeneratedValue @Nullable Long id, long entryId, long unitId, long byUserId,
                             @DateCreated @Nullable Instant createdAt) {
}
