package cn.pingxuan.gallery;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.results.Award;
import cn.pingxuan.results.AwardRepository;
import cn.pingxuan.results.AwardStatus;
import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication gating: nothing before publication, what the contest allows after it, and revocations at once. */
@MicronautTest(transactional = false)
@Tag("db")
class GalleryPublicationTest {

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    AwardRepository awards;
    @Inject
    JudgingEntries entries;
    @Inject
    MediaAssets media;

    @Test
    void nothingIsPublicUntilPublication() {
        GalleryFixtures.Gallery gallery = GalleryFixtures.awarded(context, 2, ContestStatus.PUBLICITY);
        ApiClient visitor = new ApiClient(server, json);
        String work = "/api/gallery/" + gallery.slug() + "/works/" + gallery.code(0);
        long thumbnail = media.worksOf(List.of(gallery.entryId(0))).get(gallery.entryId(0)).get(0).derivatives().stream()
                .filter(d -> d.role().name().equals("THUMB_LARGE")).findFirst().orElseThrow().id();

        assertThat(slugs(visitor)).doesNotContain(gallery.slug());
        assertNotFound(visitor.get("/api/gallery/" + gallery.slug()));
        assertNotFound(visitor.get(work));
        assertThat(visitor.getBinary(work + "/media/" + thumbnail).status()).isEqualTo(404);

        GalleryFixtures.execute(context, "UPDATE contest SET status = 'PUBLISHED' WHERE id = ?", gallery.awarded().stage().contestId());

        assertThat(slugs(visitor)).contains(gallery.slug());
        Map<String, Object> page = visitor.get("/api/gallery/" + gallery.slug()).map();
        assertThat(page.toString()).contains(gallery.code(0), gallery.code(1), "一等奖", "二等奖");
        assertThat(visitor.get(work).status()).isEqualTo(200);
        ApiClient.BinaryResponse picture = visitor.getBinary(work + "/media/" + thumbnail);
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.header("Content-Type")).startsWith("image/jpeg");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tiersComeInAwardOrderWithThumbnails() {
        GalleryFixtures.Gallery gallery = GalleryFixtures.awarded(context, 3, ContestStatus.PUBLISHED);

        Map<String, Object> page = new ApiClient(server, json).get("/api/gallery/" + gallery.slug()).map();

        List<Map<String, Object>> categories = (List<Map<String, Object>>) page.get("categories");
        assertThat(categories).hasSize(1);
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) categories.get(0).get("tiers");
        assertThat(tiers).extracting(t -> t.get("name")).containsExactly("一等奖", "二等奖", "三等奖");
        Map<String, Object> card = ((List<Map<String, Object>>) tiers.get(0).get("works")).get(0);
        assertThat(card).containsEntry("code", gallery.code(0)).containsEntry("title", "网络文明微视频 1");
        assertThat((String) card.get("thumbnailUrl")).startsWith("/api/gallery/" + gallery.slug() + "/works/" + gallery.code(0) + "/media/");
    }

    @Test
    void authorsUnitAndAdvisorOnlyAsTheContestAllows() {
        GalleryFixtures.Gallery gallery = GalleryFixtures.awarded(context, 1, ContestStatus.PUBLISHED);
        ApiClient visitor = new ApiClient(server, json);
        String path = "/api/gallery/" + gallery.slug() + "/works/" + gallery.code(0);
        JudgingEntries.Authors authors = entries.authorsOf(gallery.entryId(0));

        Map<String, Object> shown = visitor.get(path).map();
        assertThat(shown.get("authors")).isEqualTo(authors.names());
        assertThat(shown.get("unit")).isEqualTo(authors.unitName());

        GalleryFixtures.execute(context, "UPDATE contest_results SET show_authors = FALSE, show_unit = FALSE, show_advisor = FALSE "
                + "WHERE contest_id = ?", gallery.awarded().stage().contestId());
        ApiClient.Response hidden = visitor.get(path);

        assertThat(hidden.map()).containsEntry("authors", null).containsEntry("unit", null).containsEntry("advisor", null);
        assertThat(hidden.body()).doesNotContain(authors.names().get(0)).doesNotContain("软件2301班");
    }

    @Test
    void revokedAwardsAndWithdrawnEntriesDisappearAtOnce() {
        GalleryFixtures.Gallery gallery = GalleryFixtures.awarded(context, 3, ContestStatus.PUBLISHED);
        ApiClient visitor = new ApiClient(server, json);
        String pagePath = "/api/gallery/" + gallery.slug();
        ApiClient.Response before = visitor.get(pagePath);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String firstWork = pagePath + "/works/" + gallery.code(0);
        String video = GalleryFixtures.renditionUrl(visitor.get(firstWork).map(), "VIDEO_WEB");
        assertThat(visitor.getBinary(video).status()).isEqualTo(200);

        Award first = gallery.awarded().awardOf(gallery.entryId(0));
        awards.update(new Award(first.id(), first.contestId(), first.entryId(), first.categoryId(), first.tierId(),
                first.tierName(), first.tierOrdinal(), first.basis(), first.placing(), first.finalScore(), true, "异议成立",
                AwardStatus.REVOKED, first.certificateSerial(), first.createdAt(), first.updatedAt(), first.version()));
        GalleryFixtures.execute(context, "UPDATE entry SET status = 'WITHDRAWN' WHERE id = ?", gallery.entryId(1));

        ApiClient.Response after = get(visitor, pagePath, etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).doesNotContain(gallery.code(0)).doesNotContain(gallery.code(1)).contains(gallery.code(2));
        assertNotFound(visitor.get(firstWork));
        assertNotFound(visitor.get(pagePath + "/works/" + gallery.code(1)));
        assertThat(visitor.getBinary(video, "If-None-Match", "\"anything\"").status()).isEqualTo(404);
        assertThat(visitor.get("/api/gallery").body()).contains("\"works\":1");
    }

    @Test
    void unawardedEntriesAndOtherContestsWorksAreNotFound() {
        GalleryFixtures.Gallery gallery = GalleryFixtures.awarded(context, 2, ContestStatus.PUBLISHED);
        GalleryFixtures.Gallery other = GalleryFixtures.awarded(context, 1, ContestStatus.PUBLICITY);
        awards.delete(gallery.awarded().awardOf(gallery.entryId(1)));
        ApiClient visitor = new ApiClient(server, json);
        String base = "/api/gallery/" + gallery.slug() + "/works/";
        Map<String, Object> shown = visitor.get(base + gallery.code(0)).map();
        long shownAsset = Long.parseLong(GalleryFixtures.renditionUrl(shown, "POSTER").replaceAll(".*/", ""));
        long original = media.originals(gallery.entryId(0)).get(0).id();
        long unpublishedPoster = media.worksOf(List.of(other.entryId(0))).get(other.entryId(0)).get(0).derivatives().get(0).id();

        assertNotFound(visitor.get(base + gallery.code(1)));
        assertNotFound(visitor.get(base + other.code(0)));
        assertNotFound(visitor.get(base + "2026-V-9999"));
        assertNotFound(visitor.get("/api/gallery/no-such-contest"));
        assertThat(visitor.getBinary(base + gallery.code(0) + "/media/" + shownAsset).status()).isEqualTo(200);
        assertThat(visitor.getBinary(base + gallery.code(0) + "/media/" + original).status()).isEqualTo(404);
        assertThat(visitor.getBinary(base + gallery.code(0) + "/media/" + unpublishedPoster).status()).isEqualTo(404);
        assertThat(visitor.getBinary(base + other.code(0) + "/media/" + unpublishedPoster).status()).isEqualTo(404);
    }

    private static ApiClient.Response get(ApiClient client, String path, String ifNoneMatch) {
        return client.exchange("GET", path, Map.of("If-None-Match", ifNoneMatch), java.net.http.HttpRequest.BodyPublishers.noBody());
    }

    private static List<Object> slugs(ApiClient visitor) {
        return visitor.get("/api/gallery").list().stream().map(c -> c.get("slug")).toList();
    }

    private static void assertNotFound(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat((String) response.map().get("detail")).matches(".*[\\u4e00-\\u9fa5].*");
    }
}
