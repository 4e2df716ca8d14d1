package cn.pingxuan.gallery;

import cn.pingxuan.contest.CategoryKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A contest's winners: its categories, each with its tiers in award order, each with its works by placing. */
@Serdeable
public record GalleryPage(String slug, String title, @Nullable String theme, @Nullable String coverUrl,
                          @Nullable Instant publishedAt, List<Category> categories) {

    @Serdeable
    public record Category(long id, String name, CategoryKind kind, List<Tier> tiers) {
    }

    /** {@code basis} SCORE for the judged tiers, VOTES for a popularity award (人气奖). */
    @Serdeable
    public record Tier(String name, int ordinal, String basis, List<Card> works) {
    }

    @Serdeable
    public record Card(String code, String title, @Nullable String thumbnailUrl) {
    }
}
