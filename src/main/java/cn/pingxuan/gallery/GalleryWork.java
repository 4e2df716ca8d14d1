package cn.pingxuan.gallery;

import cn.pingxuan.contest.CategoryKind;
import cn.pingxuan.media.AssetRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A winning work's own page. {@code authors}, {@code unit} and {@code advisor} are null whenever the contest does
 * not show them; {@code files} hold only display renditions, in the order of the work's files (a poster series).
 */
@Serdeable
public record GalleryWork(String contestSlug, String contestTitle, String code, String title, String summary,
                          String categoryName, CategoryKind kind, List<Award> awards, @Nullable List<String> authors,
                          @Nullable String unit, @Nullable String advisor, @Nullable String imageUrl, List<File> files) {

    @Serdeable
    public record Award(String tierName, int tierOrdinal, String basis) {
    }

    @Serdeable
    public record File(int ordinal, List<Rendition> renditions) {
    }

    @Serdeable
    public record Rendition(AssetRole role, String url, String contentType, @Nullable Integer width,
                            @Nullable Integer height, @Nullable Long durationMs) {
    }
}
