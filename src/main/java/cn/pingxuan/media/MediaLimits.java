package cn.pingxuan.media;

import cn.pingxuan.contest.ContestCategory;
import io.micronaut.core.annotation.Nullable;

/** The category's limits that only the pipeline can check (the upload already checked size and type). */
public record MediaLimits(
        @Nullable Integer maxDurationSec,
        @Nullable Integer minWidth,
        @Nullable Integer minHeight,
        @Nullable Integer minChars,
        @Nullable Integer maxChars) {

    public static final MediaLimits NONE = new MediaLimits(null, null, null, null, null);

    public static MediaLimits of(ContestCategory category) {
        return new MediaLimits(category.maxDurationSec(), category.minWidth(), category.minHeight(),
                category.minChars(), category.maxChars());
    }
}
