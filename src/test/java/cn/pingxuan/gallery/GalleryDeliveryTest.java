package cn.pingxuan.gallery;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the gallery is served: revalidation with ETags, public caching without cookies, Range for video, share previews. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "pingxuan.gallery.page-template", value = "classpath:gallery-share-template.html")
@Property(name = "pingxuan.http.public-url", value = "https://pingxuan.example.edu.cn/")
@Tag("db")
class GalleryDeliveryTest {

    private static final String TEMPLATE_TITLE = "<title>评选</title>";

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private GalleryFixtures.Gallery gallery;
    private GalleryFixtures.Gallery unpublished;

    @BeforeAll
    void publishedContest() {
        gallery = GalleryFixtures.awarded(context, 2, ContestStatus.PUBLISHED);
        unpublished = GalleryFixtures.awarded(context, 1, ContestStatus.PUBLICITY);
    }

    @Test
    void jsonAnswersAreCacheableAndRevalidate() {
        ApiClient visitor = new ApiClient(server, json);
        for (String path : List.of("/api/gallery", "/api/gallery/" + gallery.slug(), work(0))) {
            ApiClient.Response first = visitor.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=60");
            assertThat(first.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{27}\"");

            ApiClient.Response cached = get(visitor, path, etag);
            assertThat(cached.status()).as(path).isEqualTo(304);
            assertThat(cached.body()).as(path).isEmpty();
            assertThat(cached.headers().firstValue("ETag")).as(path).hasValue(etag);
            assertThat(cached.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=60");
            assertThat(get(visitor, path, "\"stale\", W/" + etag).status()).as(path).isEqualTo(304);
            assertThat(get(visitor, path, "\"stale\"").status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void videoIsServedWithRangesAndNoFileName() {
        ApiClient visitor = new ApiClient(server, json);
        String video = GalleryFixtures.renditionUrl(visitor.get(work(0)).map(), "VIDEO_WEB");

        ApiClient.BinaryResponse whole = visitor.getBinary(video);
        ApiClient.BinaryResponse part = visitor.getBinary(video, "Range", "bytes=0-99");

        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("Content-Type")).startsWith("video/mp4");
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(whole.header("Content-Disposition")).doesNotContain("%E4%BD%9C%E5%93%811").doesNotContain("作品1");
        assertThat(whole.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.body()).hasSize(100);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 0-99/" + whole.body().length);
        assertThat(part.header("ETag")).isEqualTo(whole.header("ETag"));
        assertThat(visitor.getBinary(video, "If-None-Match", whole.header("ETag")).status()).isEqualTo(304);
        assertThat(visitor.getBinary(video, "Range", "bytes=99999999-").status()).isEqualTo(416);
    }

    @Test
    void sharedLinksCarryEscapedPreviewTags() {
        GalleryFixtures.execute(context, "UPDATE entry SET title = ?, summary = ? WHERE id = ?",
                "<script>\"微视频\" & '你好'", "一段<b>简介</b>", gallery.entryId(1));
        ApiClient visitor = new ApiClient(server, json);

        ApiClient.Response page = visitor.get("/gallery/" + gallery.slug() + "/works/" + gallery.code(1));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("<meta property=\"og:title\" content=\"&lt;script&gt;&quot;微视频&quot; &amp; &#39;你好&#39; · 二等奖 · 媒体处理测试\">")
                .contains("<title>&lt;script&gt;&quot;微视频&quot; &amp; &#39;你好&#39; · 二等奖 · 媒体处理测试</title>")
                .contains("<meta property=\"og:description\" content=\"一段&lt;b&gt;简介&lt;/b&gt;\">")
                .contains("<meta property=\"og:url\" content=\"https://pingxuan.example.edu.cn/gallery/" + gallery.slug()
                        + "/works/" + gallery.code(1) + "\">")
                .contains("<meta property=\"og:image\" content=\"https://pingxuan.example.edu.cn/api/gallery/" + gallery.slug()
                        + "/works/" + gallery.code(1) + "/media/")
                .doesNotContain("<script>").doesNotContain(TEMPLATE_TITLE);
        assertThat(visitor.get("/gallery/" + gallery.slug()).body())
                .contains("<meta property=\"og:title\" content=\"媒体处理测试 · 成果展示\">")
                .contains("<meta property=\"og:image\" content=\"https://pingxuan.example.edu.cn/api/gallery/");
    }

    @Test
    void unpublishedLinksGetThePlainApp() {
        ApiClient visitor = new ApiClient(server, json);
        for (String path : List.of("/gallery/" + unpublished.slug(), "/gallery/" + unpublished.slug() + "/works/" + unpublished.code(0),
                "/gallery/" + gallery.slug() + "/works/2026-V-9999", "/gallery/nothing-here")) {
            ApiClient.Response page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(TEMPLATE_TITLE).doesNotContain("og:");
        }
    }

    private String work(int i) {
        return "/api/gallery/" + gallery.slug() + "/works/" + gallery.code(i);
    }

    private static ApiClient.Response get(ApiClient client, String path, String ifNoneMatch) {
        return client.exchange("GET", path, Map.of("If-None-Match", ifNoneMatch), HttpRequest.BodyPublishers.noBody());
    }
}
