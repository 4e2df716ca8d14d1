package cn.pingxuan.upload;

import static cn.pingxuan.upload.TusProtocolContract.paddedMp4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.MultipartUploadNotFoundException;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.MutableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Time-driven rules: expiry of abandoned uploads and leases of requests that died. */
@MicronautTest(transactional = false)
@Tag("db")
@Property(name = "pingxuan.test.mutable-clock", value = "true")
class UploadExpiryTest {

    private static final int MIB = 1024 * 1024;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MutableClock clock;
    @Inject
    UploadExpiry expiry;
    @Inject
    UploadRepository uploads;
    @Inject
    UploadPartRepository parts;
    @Inject
    BlobStore store;

    private TusTestClient student;

    @BeforeEach
    void signIn() {
        student = new TusTestClient(ApiClient.loggedIn(server, json, "student", DemoAccounts.PASSWORD), server.getURI());
    }

    @Test
    void anAbandonedUploadExpiresAndTheSweepRemovesItsPartsTailAndRecord() {
        byte[] video = paddedMp4(12 * MIB);
        String location = student.createUpload(video.length, Map.of());
        student.patch(location, 0, video, 0, 9 * MIB + 100);
        Upload partial = upload(location);
        assertThat(partial.multipartId()).isNotNull();
        assertThat(partial.tailBytes()).isEqualTo(MIB + 100);

        clock.advance(Duration.ofHours(23));
        assertThat(student.head(location).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(student.head(location).status()).as("expired uploads are gone for the client at once").isEqualTo(404);
        assertThat(student.patch(location, partial.receivedBytes(), video, 9 * MIB + 100, video.length).status()).isEqualTo(404);
        assertThat(uploads.findById(partial.id())).as("the sweep has not run yet").isPresent();

        assertThat(expiry.sweep()).contains(partial.id());

        assertThat(uploads.findById(partial.id())).isEmpty();
        assertThat(parts.findByUploadIdOrderByPartNumber(partial.id())).isEmpty();
        assertThatThrownBy(() -> store.listParts(partial.blobKey(), partial.multipartId()))
                .isInstanceOf(MultipartUploadNotFoundException.class);
        assertThat(store.stat(partial.tailKey())).isEmpty();
        assertThat(store.stat(partial.blobKey())).isEmpty();
    }

    @Test
    void everyPatchPushesTheExpiryBack() {
        byte[] video = paddedMp4(200_000);
        String location = student.createUpload(video.length, Map.of());
        clock.advance(Duration.ofHours(20));

        ApiClient.Response patch = student.patch(location, 0, video, 0, 100_000);

        Instant expires = ZonedDateTime.parse(patch.headers().firstValue("Upload-Expires").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(expires).isBetween(clock.instant().plus(Duration.ofHours(24)).minusSeconds(1),
                clock.instant().plus(Duration.ofHours(24)));
        clock.advance(Duration.ofHours(20));
        assertThat(student.offset(location)).isEqualTo(100_000);
        assertThat(expiry.sweep()).doesNotContain(upload(location).id());
    }

    @Test
    void completedUploadsDoNotExpire() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of());
        student.patch(location, 0, png);

        clock.advance(Duration.ofDays(3));

        assertThat(expiry.sweep()).doesNotContain(upload(location).id());
        assertThat(student.head(location).status()).isEqualTo(200);
    }

    @Test
    void theLeaseOfARequestWhoseNodeDiedLapses() {
        byte[] video = paddedMp4(200_000);
        String location = student.createUpload(video.length, Map.of());
        Instant now = clock.instant();
        uploads.acquireLease(upload(location).id(), "node-that-died", now.plusSeconds(30), now.plus(Duration.ofHours(24)), now);

        assertThat(student.patch(location, 0, video).status()).isEqualTo(423);
        clock.advance(Duration.ofSeconds(31));

        assertThat(student.patch(location, 0, video).status()).isEqualTo(204);
    }

    @Test
    void aCleanupThatDiedIsTakenUpAgainOnceItsClaimLapses() {
        byte[] video = paddedMp4(100_000);
        String location = student.createUpload(video.length, Map.of());
        student.patch(location, 0, video, 0, 50_000);
        String id = upload(location).id();
        clock.advance(Duration.ofHours(25));
        uploads.claimExpired(id, "sweeper-that-died", clock.instant().plusSeconds(30), clock.instant());

        assertThat(expiry.sweep()).as("claimed by another node").doesNotContain(id);
        clock.advance(Duration.ofSeconds(31));

        assertThat(expiry.sweep()).contains(id);
        assertThat(uploads.findById(id)).isEmpty();
    }

    @Test
    void sweepsOnTwoNodesRemoveEachUploadOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] video = paddedMp4(100_000 + i);
            String location = student.createUpload(video.length, Map.of());
            student.patch(location, 0, video, 0, 50_000);
            ids.add(upload(location).id());
        }
        clock.advance(Duration.ofHours(25));

        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(expiry::sweep);
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(expiry::sweep);
        List<String> removed = new ArrayList<>(first.join());
        removed.addAll(second.join());

        assertThat(removed.stream().filter(ids::contains)).containsExactlyInAnyOrderElementsOf(ids);
        ids.forEach(id -> assertThat(uploads.findById(id)).isEmpty());
    }

    private Upload upload(String location) {
        return uploads.findById(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
    }
}
