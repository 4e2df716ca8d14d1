package cn.pingxuan.gallery;

import cn.pingxuan.contest.CategoryKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gallery's reads in plain SQL: a few joined queries per page instead of one repository call per award.
 * Every query applies the publication rule itself (contest PUBLISHED or ARCHIVED, award ACTIVE, entry not
 * WITHDRAWN), so nothing unpublished can be reached by a path the rule was forgotten on.
 */
@Singleton
class GalleryRows {

    private static final String PUBLIC_CONTEST = "c.status IN ('PUBLISHED', 'ARCHIVED')";
    private static final String VISIBLE_AWARD = "a.status = 'ACTIVE' AND e.status <> 'WITHDRAWN' AND e.contest_id = a.contest_id";
    /** What the pipeline made for display; originals (and their file names) are never among them. */
    static final String SHOWN_ROLES = "('VIDEO_WEB', 'POSTER', 'DISPLAY', 'THUMB_SMALL', 'THUMB_LARGE', 'TEXT', 'PDF_PREVIEW')";

    private final DataSource dataSource;

    /** The pool itself: each read borrows a connection of its own, without a transaction around it. */
    GalleryRows(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    record Contest(long id, String slug, String title, @Nullable String theme, @Nullable String coverKey,
                   boolean showAuthors, boolean showUnit, boolean showAdvisor, @Nullable Instant publishedAt) {
    }

    record Listed(Contest contest, int works) {
    }

    /** One active award of a visible entry; an entry may hold two (its tier and a popularity award). */
    record Awarded(long entryId, String code, String title, long categoryId, String categoryName, CategoryKind kind,
                   String tierName, int tierOrdinal, String basis, int placing) {
    }

    record Thumbnail(long entryId, long assetId) {
    }

    public List<Listed> published() {
        String sql = contestColumns() + """
                , (SELECT COUNT(DISTINCT a.entry_id) FROM award a JOIN entry e ON e.id = a.entry_id
                   WHERE a.contest_id = c.id AND %s) AS works
                FROM contest c LEFT JOIN contest_results r ON r.contest_id = c.id
                WHERE %s ORDER BY r.published_at DESC, c.id DESC""".formatted(VISIBLE_AWARD, PUBLIC_CONTEST);
        return query(sql, List.of(), rows -> new Listed(contest(rows), rows.getInt("works")));
    }

    public Optional<Contest> contest(String slug) {
        String sql = contestColumns() + " FROM contest c LEFT JOIN contest_results r ON r.contest_id = c.id WHERE c.slug = ? AND "
                + PUBLIC_CONTEST;
        return query(sql, List.of(slug), GalleryRows::contest).stream().findFirst();
    }

    /** The contest's visible awards: by category, score tiers before popularity ones, tier, then placing. */
    public List<Awarded> awards(long contestId) {
        return query(awardsSql(""), List.of(contestId), GalleryRows::awarded);
    }

    public List<Awarded> awardsOf(long contestId, String code) {
        return query(awardsSql(" AND e.code = ?"), List.of(contestId, code), GalleryRows::awarded);
    }

    public Optional<String> summary(long entryId) {
        return query("SELECT summary FROM entry WHERE id = ?", List.of(entryId), rows -> rows.getString(1)).stream().findFirst();
    }

    /** The card picture of each visible entry: the large thumbnail of its first file, or an essay's first page. */
    public Map<Long, Long> thumbnails(long contestId) {
        String sql = """
                SELECT d.entry_id, d.id FROM asset d
                WHERE d.role IN ('THUMB_LARGE', 'PDF_PREVIEW') AND d.status = 'READY' AND d.source_id IS NOT NULL
                  AND d.entry_id IN (SELECT a.entry_id FROM award a JOIN entry e ON e.id = a.entry_id
                                     WHERE a.contest_id = ? AND %s)
                ORDER BY d.entry_id, CASE d.role WHEN 'THUMB_LARGE' THEN 0 ELSE 1 END, d.ordinal, d.id""".formatted(VISIBLE_AWARD);
        Map<Long, Long> first = new LinkedHashMap<>();
        query(sql, List.of(contestId), rows -> new Thumbnail(rows.getLong(1), rows.getLong(2)))
                .forEach(t -> first.putIfAbsent(t.entryId(), t.assetId()));
        return first;
    }

    /**
     * Whether {@code assetId} is a display rendition of the visible work {@code code} of the public contest
     * {@code slug}: one question for the whole rule, so a guessed id of any other file answers the same 404.
     */
    public boolean shownAsset(String slug, String code, long assetId) {
        String sql = """
                SELECT d.id FROM asset d JOIN entry e ON e.id = d.entry_id JOIN contest c ON c.id = e.contest_id
                WHERE d.id = ? AND e.code = ? AND c.slug = ? AND %s AND e.status <> 'WITHDRAWN'
                  AND d.status = 'READY' AND d.source_id IS NOT NULL AND d.role IN %s
                  AND EXISTS (SELECT 1 FROM award a WHERE a.entry_id = e.id AND a.contest_id = c.id AND a.status = 'ACTIVE')"""
                .formatted(PUBLIC_CONTEST, SHOWN_ROLES);
        return !query(sql, List.of(assetId, code, slug), rows -> rows.getLong(1)).isEmpty();
    }

    private static String contestColumns() {
        return """
                SELECT c.id, c.slug, c.title, c.theme, c.cover_blob_key, r.show_authors, r.show_unit, r.show_advisor,
                       r.published_at""";
    }

    private static String awardsSql(String filter) {
        return """
                SELECT e.id, e.code, e.title, cat.id, cat.name, cat.kind, a.tier_name, a.tier_ordinal, a.basis, a.placing
                FROM award a JOIN entry e ON e.id = a.entry_id JOIN contest_category cat ON cat.id = a.category_id
                WHERE a.contest_id = ? AND %s%s
                ORDER BY cat.ordinal, cat.id, CASE a.basis WHEN 'SCORE' THEN 0 ELSE 1 END, a.tier_ordinal, a.placing, e.id"""
                .formatted(VISIBLE_AWARD, filter);
    }

    private static Contest contest(ResultSet rows) throws SQLException {
        Timestamp published = rows.getTimestamp("published_at");
        // a contest published without a results row shows what the defaults show
        boolean settings = rows.getObject("show_authors") != null;
        return new Contest(rows.getLong("id"), rows.getString("slug"), rows.getString("title"), rows.getString("theme"),
                rows.getString("cover_blob_key"), !settings || rows.getBoolean("show_authors"),
                !settings || rows.getBoolean("show_unit"), !settings || rows.getBoolean("show_advisor"),
                published == null ? null : published.toInstant());
    }

    private static Awarded awarded(ResultSet rows) throws SQLException {
        return new Awarded(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getString(5),
                CategoryKind.valueOf(rows.getString(6)), rows.getString(7), rows.getInt(8), rows.getString(9), rows.getInt(10));
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(row.read(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            // as Micronaut Data reports it, so a lost connection answers 503 like every other query
            throw new DataAccessException("gallery query failed", e);
        }
    }
}
