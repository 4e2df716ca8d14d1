package cn.pingxuan.certificate;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.results.Award;
import cn.pingxuan.results.AwardRepository;
import cn.pingxuan.results.AwardStatus;
import cn.pingxuan.results.ResultsFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificates through the API: who may download which, the ZIP, and the public verification of a serial. */
@MicronautTest(transactional = false)
@Tag("db")
class CertificateApiTest {

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    AwardRepository awards;
    @Inject
    JudgingEntries entries;

    @Test
    void publishedAwardsVerifyAndTheirWinnersDownloadTheirOwn() throws Exception {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 3);
        ResultsFixtures.Awarded awarded = ResultsFixtures.awarded(context, stage, ContestStatus.PUBLISHED);
        long ownEntry = stage.entryIds().get(0);
        Award own = awarded.awardOf(ownEntry);
        Award other = awarded.awardOf(stage.entryIds().get(1));
        Award revoked = awards.update(revoke(awarded.awardOf(stage.entryIds().get(2))));
        List<String> names = entries.authorsOf(ownEntry).names();
        ApiClient visitor = new ApiClient(server, json);

        // typed by hand: lower case, O for 0
        Map<String, Object> valid = expect(visitor.get("/api/certificates/"
                + own.certificateSerial().toLowerCase().replace('0', 'o')), 200).map();
        assertThat(valid).containsEntry("serial", own.certificateSerial()).containsEntry("status", "ACTIVE")
                .containsEntry("statusLabel", "有效").containsEntry("tier", "一等奖")
                .containsEntry("workTitle", "网络文明微视频 1").containsEntry("contestTitle", "媒体处理测试")
                .containsEntry("issuer", "示范大学").containsEntry("names", names);
        assertThat(expect(visitor.get("/api/certificates/" + revoked.certificateSerial()), 200).map())
                .containsEntry("status", "REVOKED").containsEntry("statusLabel", "已撤销");
        ApiClient.Response unknown = expect(visitor.get("/api/certificates/PX-0000-0000-0000"), 404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("未找到该编号的证书");

        ApiClient student = stage.works().student();
        assertThat(expect(student.get("/api/entries/" + ownEntry + "/certificates"), 200).list()).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("serial", own.certificateSerial()).containsEntry("tier", "一等奖"));
        ApiClient.BinaryResponse pdf = student.getBinary("/api/entries/" + ownEntry + "/certificates/" + own.id() + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("filename*=UTF-8''" + own.certificateSerial() + "-");
        assertThat(CertificatePdfAssertions.text(pdf.body(), 0)).contains(String.join("、", names), "网络文明微视频1",
                "一等奖", "媒体处理测试", own.certificateSerial());
        assertThat(CertificatePdfAssertions.fonts(pdf.body())).allSatisfy(font -> assertThat(font.getValue()).isTrue());
        assertThat(CertificatePdfAssertions.qrText(pdf.body(), 0)).isEqualTo(
                server.getURL().toString().replace("127.0.0.1", "localhost") + "/verify/" + own.certificateSerial());

        // someone else's certificate, or someone else's award under one's own entry: nothing there
        assertThat(student.getBinary("/api/entries/" + other.entryId() + "/certificates/" + other.id() + ".pdf").status())
                .isEqualTo(404);
        assertThat(student.getBinary("/api/entries/" + ownEntry + "/certificates/" + other.id() + ".pdf").status())
                .isEqualTo(404);
        assertThat(student.get("/api/entries/" + other.entryId() + "/certificates").status()).isEqualTo(404);
        assertThat(student.getBinary("/api/organize/awards/" + own.id() + "/certificate.pdf").status()).isEqualTo(403);

        ApiClient organizer = stage.organizer();
        ApiClient.BinaryResponse single = organizer.getBinary("/api/organize/awards/" + other.id() + "/certificate.pdf");
        assertThat(single.status()).isEqualTo(200);
        assertThat(CertificatePdfAssertions.text(single.body(), 0)).contains("二等奖", other.certificateSerial());
        assertThat(organizer.getBinary("/api/organize/awards/" + revoked.id() + "/certificate.pdf").status()).isEqualTo(409);

        ApiClient.BinaryResponse zip = organizer.getBinary("/api/organize/contests/" + stage.contestId() + "/certificates.zip");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).startsWith("application/zip");
        assertThat(zip.header("Content-Disposition")).contains("filename*=UTF-8''")
                .contains("%E8%8E%B7%E5%A5%96%E8%AF%81%E4%B9%A6.zip"); // 获奖证书.zip
        Map<String, byte[]> files = unzip(zip.body());
        assertThat(files.keySet()).containsExactly(
                own.certificateSerial() + "-网络文明微视频 1-一等奖.pdf", other.certificateSerial() + "-网络文明微视频 2-二等奖.pdf");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertThat(CertificatePdfAssertions.pages(file.getValue())).isEqualTo(1);
            assertThat(CertificatePdfAssertions.text(file.getValue(), 0)).contains(file.getKey().substring(0, 17));
        }
    }

    @Test
    void duringThePublicityPeriodOnlyOrganizersSeeCertificatesAndTheTemplateIsTheirs() throws Exception {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        Award award = ResultsFixtures.awarded(context, stage, ContestStatus.PUBLICITY).awards().get(0);
        long entryId = award.entryId();
        ApiClient student = stage.works().student();
        ApiClient organizer = stage.organizer();
        String templatePath = "/api/organize/contests/" + stage.contestId() + "/certificate-template";

        expect(new ApiClient(server, json).get("/api/certificates/" + award.certificateSerial()), 404);
        assertThat(expect(student.get("/api/entries/" + entryId + "/certificates"), 200).list()).isEmpty();
        assertThat(student.getBinary("/api/entries/" + entryId + "/certificates/" + award.id() + ".pdf").status()).isEqualTo(404);
        assertThat(student.get(templatePath).status()).isEqualTo(403);

        Map<String, Object> defaults = expect(organizer.get(templatePath), 200).map();
        assertThat(defaults).containsEntry("saved", false).containsEntry("heading", "荣誉证书")
                .containsEntry("defaultIssuer", "示范大学").containsEntry("issuer", null);
        assertThat((List<?>) defaults.get("placeholders")).hasSize(6);

        ApiClient.Response invalid = expect(organizer.put(templatePath, Map.of("heading", "", "body", "{names}获得{award}")), 400);
        assertThat(invalid.body()).contains("请填写证书标题", "未知的占位符：{award}");

        Map<String, Object> form = new LinkedHashMap<>();
        form.put("heading", "获奖证书");
        form.put("body", "{names}：你们的作品《{title}》在{category}类荣获{tier}。");
        form.put("issuer", "示范大学团委");
        form.put("issueDate", "2026-06-01");
        form.put("signatory", "大赛组委会");
        Map<String, Object> saved = expect(organizer.put(templatePath, form), 200).map();
        assertThat(saved).containsEntry("saved", true).containsEntry("issuer", "示范大学团委")
                .containsEntry("issueDate", "2026-06-01");

        ApiClient.BinaryResponse pdf = organizer.getBinary("/api/organize/awards/" + award.id() + "/certificate.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(CertificatePdfAssertions.text(pdf.body(), 0)).contains("获奖证书", "你们的作品《网络文明微视频1》在视频类荣获一等奖",
                "示范大学团委", "2026年6月1日", "大赛组委会");

        form.put("heading", "优秀作品证书");
        ApiClient.Response preview = organizer.post(templatePath + "/preview", form);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("application/pdf");
    }

    private static Award revoke(Award a) {
        return new Award(a.id(), a.contestId(), a.entryId(), a.categoryId(), a.tierId(), a.tierName(), a.tierOrdinal(),
                a.basis(), a.placing(), a.finalScore(), true, "查实抄袭", AwardStatus.REVOKED, a.certificateSerial(),
                a.createdAt(), a.updatedAt(), a.version());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static ApiClient.Response expect(ApiClient.Response response, int status) {
        return JudgingFixtures.expect(response, status);
    }
}
