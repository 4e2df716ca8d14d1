package cn.pingxuan.gallery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A contest whose results are published, as the gallery's index lists it. */
@Serdeable
public record GalleryContest(String slug, String title, @Nullable String theme, @Nullable String coverUrl,
                             @Nullable Instant publishedAt, int works) {
}
