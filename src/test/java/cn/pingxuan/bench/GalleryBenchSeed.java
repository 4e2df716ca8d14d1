package cn.pingxuan.bench;

import cn.pingxuan.storage.BlobStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeds what bench/gallery.sh measures: a copy of the demo contest published with {@code works} awarded entries spread over
 * its categories (5 % 一等奖, 15 % 二等奖, 30 % 三等奖, the rest 优秀奖), each with a poster, a card thumbnail and a
 * web video, so the gallery page and work pages are as large as a real contest's. The renditions share two stored
 * files: the gallery's JSON is measured, not the media. A copy, so that the demo contest itself stays open for
 * {@link JudgingBenchSeed}'s round when both run in one server (bench/sustained-load.sh).
 */
@Singleton
@Requires(env = "bench")
@Requires(property = "pingxuan.bench.gallery-works")
class GalleryBenchSeed implements ApplicationEventListener<ServerStartupEvent> {

    static final int VIDEO_BYTES = 2_000_000;
    private static final String[] TIERS = {"一等奖", "二等奖", "三等奖", "优秀奖"};

    private final DataSource dataSource;
    private final BlobStore blobs;
    private final int works;

    GalleryBenchSeed(DataSource dataSource, BlobStore blobs, @Value("${pingxuan.bench.gallery-works}") int works) {
        this.dataSource = dataSource;
        this.blobs = blobs;
        this.works = works;
    }

    @Override
    @Transactional
    public void onApplicationEvent(ServerStartupEvent event) {
        Random random = new Random(20261121);
        byte[] picture = new byte[40_000];
        byte[] video = new byte[VIDEO_BYTES];
        random.nextBytes(picture);
        random.nextBytes(video);
        blobs.put("bench/gallery/picture.jpg", new ByteArrayInputStream(picture), "image/jpeg");
        blobs.put("bench/gallery/video.mp4", new ByteArrayInputStream(video), "video/mp4");
        Timestamp now = Timestamp.from(Instant.now());
        try {
            Connection db = dataSource.getConnection();
            long demo = single(db, "SELECT MIN(id) FROM contest");
            long contest = copyRow(db, "contest", demo, Map.of("slug", "gallery-bench"));
            for (long category : ids(db, demo)) {
                copyRow(db, "contest_category", category, Map.of("contest_id", contest));
            }
            long student = single(db, "SELECT id FROM app_user WHERE username = 'student'");
            long unit = single(db, "SELECT unit_id FROM app_user WHERE username = 'student'");
            long[] categories = ids(db, contest);
            long[] tiers = new long[TIERS.length];
            for (int t = 0; t < TIERS.length; t++) {
                tiers[t] = insert(db, "INSERT INTO award_tier (contest_id, category_id, ordinal, name, basis, quota_kind, quota_value) "
                        + "VALUES (?, NULL, ?, ?, 'SCORE', 'PERCENT', 25)", contest, t + 1, TIERS[t]);
            }
            for (int i = 0; i < works; i++) {
                long category = categories[i % categories.length];
                int placing = i / categories.length + 1;
                int perCategory = (works + categories.length - 1) / categories.length;
                double rank = (double) placing / perCategory;
                int tier = rank <= 0.05 ? 0 : rank <= 0.20 ? 1 : rank <= 0.50 ? 2 : 3;
                long entry = insert(db, """
                        INSERT INTO entry (contest_id, category_id, code, title, summary, submitter_id, unit_id, advisor_name,
                                           form_data, pledge_accepted, status, submitted_at, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, '王老师', '{}', TRUE, 'AWARDED', ?, ?, ?, 0)""",
                        contest, category, String.format("GB-%05d", i + 1), "获奖作品 " + (i + 1),
                        "以青春视角讲述网络文明的故事，作品 " + (i + 1) + " 的简介。", student, unit, now, now, now);
                long original = asset(db, entry, "ORIGINAL", null, "bench/gallery/video.mp4", "video/mp4", now);
                asset(db, entry, "VIDEO_WEB", original, "bench/gallery/video.mp4", "video/mp4", now);
                asset(db, entry, "POSTER", original, "bench/gallery/picture.jpg", "image/jpeg", now);
                asset(db, entry, "THUMB_LARGE", original, "bench/gallery/picture.jpg", "image/jpeg", now);
                insert(db, """
                        INSERT INTO award (contest_id, entry_id, category_id, tier_id, tier_name, tier_ordinal, basis, placing,
                                           final_score, adjusted, note, status, certificate_serial, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, 'SCORE', ?, ?, FALSE, NULL, 'ACTIVE', ?, ?, ?, 0)""",
                        contest, entry, category, tiers[tier], TIERS[tier], tier + 1, placing, 95.0 - placing * 0.1,
                        String.format("PX-BNCH-%04d-%04d", i / 10000, i % 10000), now, now);
            }
            insert(db, """
                    INSERT INTO contest_results (contest_id, show_authors, show_unit, show_advisor, allocated_at,
                                                 publicity_starts_at, publicity_ends_at, published_at, version)
                    VALUES (?, TRUE, TRUE, TRUE, ?, ?, ?, ?, 0)""", contest, now, now, now, now);
            insert(db, "UPDATE contest SET status = 'PUBLISHED' WHERE id = ?", contest);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding the gallery benchmark failed", e);
        }
    }

    private static long asset(Connection db, long entry, String role, Long source, String key, String type, Timestamp now)
            throws SQLException {
        return insert(db, """
                INSERT INTO asset (entry_id, role, ordinal, source_id, storage_key, file_name, content_type, bytes, width, height,
                                   status, created_at, updated_at)
                VALUES (?, ?, 0, ?, ?, ?, ?, ?, 1280, 720, 'READY', ?, ?)""",
                entry, role, source, key, source == null ? "original.mp4" : null, type, type.startsWith("video") ? VIDEO_BYTES : 40_000,
                now, now);
    }

    /** Inserts a copy of a row under a new id, with the columns named in {@code changes} changed. */
    private static long copyRow(Connection db, String table, long id, Map<String, Object> changes) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                ResultSetMetaData meta = row.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                    if (!column.equals("id")) {
                        columns.add(column);
                        Object value = row.getObject(c);
                        // H2 hands TEXT columns out as Clobs bound to this result set: copy their text
                        values.add(changes.containsKey(column) ? changes.get(column)
                                : value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value);
                    }
                }
                return insert(db, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", values.toArray());
            }
        }
    }

    private static long[] ids(Connection db, long contest) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM contest_category WHERE contest_id = " + contest + " ORDER BY ordinal")) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
