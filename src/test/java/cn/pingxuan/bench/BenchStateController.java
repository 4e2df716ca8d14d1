package cn.pingxuan.bench;

import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.upload.CompletedUpload;
import cn.pingxuan.upload.TestUploadPurpose;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What bench/sustained-load.sh checks after its load, read straight from the database and the store rather than
 * through the API under test: every score sheet of a round, every upload with the digest of its stored object, and
 * the server's heap while the load runs.
 */
@Controller("/api/bench")
@Requires(env = "bench")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BenchStateController {

    private final DataSource dataSource;
    private final BlobStore blobs;
    private final TestUploadPurpose uploads;

    BenchStateController(DataSource dataSource, BlobStore blobs, TestUploadPurpose uploads) {
        this.dataSource = dataSource;
        this.blobs = blobs;
        this.uploads = uploads;
    }

    @Serdeable
    record Memory(long heapUsed, long heapCommitted, long heapMax) {
    }

    @Serdeable
    record SheetRow(long id, long judgeId, long version, String comment, Map<String, Double> scores, int scoreRows) {
    }

    @Serdeable
    record UploadRow(String id, String status, long uploadLength, long receivedBytes, String sha256, String blobKey,
                     boolean purposeRecorded) {
    }

    @Serdeable
    record StoredObject(String sha256, long bytes) {
    }

    @Get("/memory")
    Memory memory() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Memory(heap.getUsed(), heap.getCommitted(), heap.getMax());
    }

    @Get("/state/sheets")
    @Transactional(readOnly = true)
    List<SheetRow> sheets(@QueryValue long round) throws SQLException {
        Connection db = dataSource.getConnection();
        Map<Long, SheetRow> sheets = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, judge_id, version, comment FROM assignment WHERE round_id = ? ORDER BY id")) {
            query.setLong(1, round);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sheets.put(rows.getLong(1), new SheetRow(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4),
                            new LinkedHashMap<>(), 0));
                }
            }
        }
        try (PreparedStatement query = db.prepareStatement("""
                SELECT s.assignment_id, s.criterion_id, s.score_value FROM score s JOIN assignment a ON a.id = s.assignment_id
                WHERE a.round_id = ?""")) {
            query.setLong(1, round);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    SheetRow sheet = sheets.get(rows.getLong(1));
                    sheet.scores().put(String.valueOf(rows.getLong(2)), rows.getBigDecimal(3).doubleValue());
                    sheets.put(sheet.id(), new SheetRow(sheet.id(), sheet.judgeId(), sheet.version(), sheet.comment(),
                            sheet.scores(), sheet.scoreRows() + 1));
                }
            }
        }
        return new ArrayList<>(sheets.values());
    }

    @Get("/state/uploads")
    @Transactional(readOnly = true)
    List<UploadRow> uploads() throws SQLException {
        Set<String> recorded = uploads.completed().stream().map(CompletedUpload::uploadId).collect(Collectors.toSet());
        List<UploadRow> result = new ArrayList<>();
        try (PreparedStatement query = dataSource.getConnection().prepareStatement(
                "SELECT id, status, upload_length, received_bytes, sha256, blob_key FROM upload ORDER BY created_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(new UploadRow(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        rows.getString(5), rows.getString(6), recorded.contains(rows.getString(1))));
            }
        }
        return result;
    }

    /** The digest of what the store holds under an upload's key, read back in full. */
    @Get("/state/stored")
    HttpResponse<StoredObject> stored(@QueryValue String key) {
        if (blobs.stat(key).isEmpty()) {
            return HttpResponse.notFound();
        }
        long[] bytes = new long[1];
        String sha256 = sha256(key, bytes);
        return HttpResponse.ok(new StoredObject(sha256, bytes[0]));
    }

    private String sha256(String key, long[] bytes) {
        try (InputStream in = blobs.get(key)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                bytes[0] += n;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
