package cn.pingxuan.entry;

import cn.pingxuan.media.Asset;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same essay sent to two contests is found by the pipeline; the organizer's eligibility review names the
 * other work with its similarity and shows both side by side, and nobody else gets to see the other work.
 */
@MicronautTest(transactional = false)
class SimilarWorksTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MediaAssets assets;
    @Inject
    BlobStore blobs;

    @Test
    @SuppressWarnings("unchecked")
    void theOrganizerSeesAndComparesTheSameEssayFromAnotherContest() {
        MediaFixtures.Works earlier = MediaFixtures.newContest(server, json);
        MediaFixtures.Works later = MediaFixtures.newContest(server, json);
        long original = submittedEssay(earlier, MediaFixtures.ESSAY);
        long copy = submittedEssay(later, MediaFixtures.ESSAY.replace("。", "！").replace("，", "、"));
        long unrelated = submittedEssay(later, "春天来了，校园里的樱花开得正好。图书馆前的草坪上，同学们三三两两地读书、聊天，"
                + "远处传来篮球场上的欢呼声。这是属于青春的季节，也是奋斗的季节。");
        ApiClient organizer = later.organizer();

        List<Map<String, Object>> screening = (List<Map<String, Object>>) organizer
                .get("/api/contests/" + later.contestId() + "/screening").map().get("items");
        Map<String, Object> copyRow = screening.stream().filter(row -> ((Number) row.get("id")).longValue() == copy).findFirst().orElseThrow();
        Map<String, Object> unrelatedRow = screening.stream().filter(row -> ((Number) row.get("id")).longValue() == unrelated).findFirst().orElseThrow();
        List<Map<String, Object>> hints = (List<Map<String, Object>>) copyRow.get("similar");
        assertThat(hints).hasSize(1);
        assertThat(((Number) hints.get(0).get("entryId")).longValue()).isEqualTo(original);
        assertThat(((Number) hints.get(0).get("percent")).intValue()).isGreaterThanOrEqualTo(80);
        assertThat((List<?>) unrelatedRow.get("similar")).isEmpty();

        List<Map<String, Object>> pairs = organizer.get("/api/contests/" + later.contestId() + "/screening/" + copy + "/similar").list();
        assertThat(pairs).hasSize(1);
        Map<String, Object> other = (Map<String, Object>) pairs.get(0).get("other");
        Map<String, Object> otherFile = (Map<String, Object>) other.get("file");
        assertThat(otherFile.get("fileName")).as("the other student's file name").isNull();
        long otherText = ((List<Map<String, Object>>) otherFile.get("renditions")).stream()
                .filter(r -> r.get("role").equals("TEXT")).map(r -> ((Number) r.get("id")).longValue()).findFirst().orElseThrow();
        String otherUrl = "/api/contests/" + later.contestId() + "/screening/" + copy + "/similar/" + original + "/files/";

        ApiClient.BinaryResponse text = organizer.getBinary(otherUrl + otherText);
        assertThat(text.status()).isEqualTo(200);
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).contains("不造谣、不信谣、不传谣");
        assertThat(organizer.getBinary(otherUrl + ((Number) otherFile.get("id")).longValue()).status())
                .as("the other work's original file").isEqualTo(404);
        assertThat(organizer.getBinary("/api/contests/" + later.contestId() + "/screening/" + unrelated + "/similar/" + original
                + "/files/" + otherText).status()).as("through an entry that is not similar").isEqualTo(404);
        ApiClient stranger = TestAccounts.newUser(server, json, "ORGANIZER", "软件2301班");
        assertThat(stranger.getBinary(otherUrl + otherText).status()).isEqualTo(403);
        assertThat(later.student().getBinary(otherUrl + otherText).status()).isEqualTo(403);
    }

    private long submittedEssay(MediaFixtures.Works works, String text) {
        long entryId = works.newEntry(works.essayCategory());
        Asset asset = MediaFixtures.attach(blobs, assets, entryId, text.getBytes(StandardCharsets.UTF_8), "text/plain", "征文.txt");
        MediaFixtures.awaitReady(assets, asset.id());
        ApiClient.Response submitted = works.student().post("/api/entries/" + entryId + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return entryId;
    }
}
