package cn.pingxuan.gallery;

import cn.pingxuan.common.ProblemException;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.AssetStatus;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.WorkFile;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The public winners' gallery. Whatever is not published answers the same 404 — an unknown slug, a contest still in
 * its publicity period, an unawarded, revoked or withdrawn entry — so guessed addresses reveal nothing.
 */
@Singleton
class GalleryService {

    private static final Set<AssetRole> SHOWN = EnumSet.of(AssetRole.VIDEO_WEB, AssetRole.POSTER, AssetRole.DISPLAY,
            AssetRole.THUMB_SMALL, AssetRole.THUMB_LARGE, AssetRole.TEXT, AssetRole.PDF_PREVIEW);

    private final GalleryRows rows;
    private final JudgingEntries entries;
    private final MediaAssets media;

    GalleryService(GalleryRows rows, JudgingEntries entries, MediaAssets media) {
        this.rows = rows;
        this.entries = entries;
        this.media = media;
    }

    List<GalleryContest> contests() {
        return rows.published().stream().map(listed -> {
            GalleryRows.Contest c = listed.contest();
            return new GalleryContest(c.slug(), c.title(), c.theme(), GalleryLinks.cover(c.id(), c.coverKey()),
                    c.publishedAt(), listed.works());
        }).toList();
    }

    GalleryPage page(String slug) {
        GalleryRows.Contest contest = contest(slug);
        Map<Long, Long> thumbnails = rows.thumbnails(contest.id());
        Map<Long, GalleryPage.Category> categories = new LinkedHashMap<>();
        Map<String, GalleryPage.Tier> tiers = new LinkedHashMap<>();
        for (GalleryRows.Awarded award : rows.awards(contest.id())) {
            GalleryPage.Category category = categories.computeIfAbsent(award.categoryId(),
                    id -> new GalleryPage.Category(id, award.categoryName(), award.kind(), new ArrayList<>()));
            GalleryPage.Tier tier = tiers.computeIfAbsent(award.categoryId() + "/" + award.basis() + "/" + award.tierOrdinal()
                    + "/" + award.tierName(), key -> {
                GalleryPage.Tier created = new GalleryPage.Tier(award.tierName(), award.tierOrdinal(), award.basis(),
                        new ArrayList<>());
                category.tiers().add(created);
                return created;
            });
            Long thumbnail = thumbnails.get(award.entryId());
            tier.works().add(new GalleryPage.Card(award.code(), award.title(),
                    thumbnail == null ? null : GalleryLinks.media(slug, award.code(), thumbnail)));
        }
        return new GalleryPage(contest.slug(), contest.title(), contest.theme(), GalleryLinks.cover(contest.id(),
                contest.coverKey()), contest.publishedAt(), List.copyOf(categories.values()));
    }

    GalleryWork work(String slug, String code) {
        GalleryRows.Contest contest = contest(slug);
        List<GalleryRows.Awarded> awards = rows.awardsOf(contest.id(), code);
        if (awards.isEmpty()) {
            throw notFound();
        }
        GalleryRows.Awarded first = awards.get(0);
        List<GalleryWork.File> files = media.worksOf(List.of(first.entryId())).getOrDefault(first.entryId(), List.of())
                .stream().map(work -> file(slug, code, work)).filter(file -> !file.renditions().isEmpty()).toList();
        JudgingEntries.Authors authors = contest.showAuthors() || contest.showUnit() || contest.showAdvisor()
                ? entries.authorsOf(first.entryId()) : null;
        return new GalleryWork(contest.slug(), contest.title(), first.code(), first.title(),
                rows.summary(first.entryId()).orElse(""), first.categoryName(), first.kind(),
                awards.stream().map(a -> new GalleryWork.Award(a.tierName(), a.tierOrdinal(), a.basis())).toList(),
                authors != null && contest.showAuthors() ? authors.names() : null,
                authors != null && contest.showUnit() ? authors.unitName() : null,
                authors != null && contest.showAdvisor() ? authors.advisorName() : null,
                shareImage(files), files);
    }

    /** A display rendition of a published work; anything else is the same 404 as an unknown address. */
    Asset shownAsset(String slug, String code, long assetId) {
        if (!rows.shownAsset(slug, code, assetId)) {
            throw ProblemException.notFound("文件不存在或未公开");
        }
        return media.find(assetId).orElseThrow(() -> ProblemException.notFound("文件不存在或未公开"));
    }

    /** What a link preview of a gallery page shows; empty for anything unpublished. */
    Optional<SharePreview.Meta> preview(String slug) {
        return rows.contest(slug).map(contest -> {
            GalleryPage page = page(slug);
            String image = GalleryLinks.cover(contest.id(), contest.coverKey());
            if (image == null) {
                image = page.categories().stream().flatMap(c -> c.tiers().stream()).flatMap(t -> t.works().stream())
                        .map(GalleryPage.Card::thumbnailUrl).filter(Objects::nonNull).findFirst().orElse(null);
            }
            String description = contest.theme() == null || contest.theme().isBlank()
                    ? contest.title() + " 获奖作品展示" : contest.theme();
            return new SharePreview.Meta(contest.title() + " · 成果展示", description, image, GalleryLinks.page(slug));
        });
    }

    Optional<SharePreview.Meta> preview(String slug, String code) {
        try {
            GalleryWork work = work(slug, code);
            String tier = work.awards().get(0).tierName();
            String description = work.summary().isBlank() ? work.contestTitle() + " " + tier : work.summary();
            return Optional.of(new SharePreview.Meta(work.title() + " · " + tier + " · " + work.contestTitle(),
                    description, work.imageUrl(), GalleryLinks.work(slug, code)));
        } catch (ProblemException unpublished) {
            return Optional.empty();
        }
    }

    private GalleryRows.Contest contest(String slug) {
        return rows.contest(slug).orElseThrow(GalleryService::notFound);
    }

    private static GalleryWork.File file(String slug, String code, WorkFile work) {
        List<GalleryWork.Rendition> renditions = work.derivatives().stream()
                .filter(d -> d.status() == AssetStatus.READY && SHOWN.contains(d.role()))
                .sorted(Comparator.comparing(Asset::role))
                .map(d -> new GalleryWork.Rendition(d.role(), GalleryLinks.media(slug, code, d.id()), d.contentType(),
                        d.width(), d.height(), d.durationMs()))
                .toList();
        return new GalleryWork.File(work.original().ordinal(), renditions);
    }

    /** The picture a shared link shows: the video's poster, else a large thumbnail, else whatever picture there is. */
    private static String shareImage(List<GalleryWork.File> files) {
        for (AssetRole role : List.of(AssetRole.POSTER, AssetRole.THUMB_LARGE, AssetRole.DISPLAY, AssetRole.PDF_PREVIEW)) {
            Optional<String> url = files.stream().flatMap(f -> f.renditions().stream()).filter(r -> r.role() == role)
                    .map(GalleryWork.Rendition::url).findFirst();
            if (url.isPresent()) {
                return url.get();
            }
        }
        return null;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("作品不存在或尚未公布");
    }
}
