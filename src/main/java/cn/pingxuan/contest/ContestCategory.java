package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One kind of work a contest collects, with the limits uploads are checked against.
 * {@code formats} is a comma-separated subset of {@link CategoryKind#formats()}.
 */
@MappedEntity("contest_category")
public record ContestCategory(
        @Id @GeneratedValue @Nullable Long id,
        long contestId,
        int ordinal,
        String name,
        CategoryKind kind,
        @Nullable String description,
        long maxBytes,
        String formats,
        @Nullable Integer maxDurationSec,
        @Nullable Integer minWidth,
        @Nullable Integer minHeight,
        @Nullable Integer minChars,
        @Nullable Integer maxChars,
        int maxImages,
        @Nullable Integer recommendationQuota) {
}
