package cn.pingxuan.bench;

import cn.pingxuan.account.PasswordHasher;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Seeds what bench/judging-scores.sh and bench/sustained-load.sh need and the API cannot make quickly: {@code judges} judge accounts
 * (bench-judge-1…, password {@link #PASSWORD}, in 文学院) and {@code entries} eligible entries of the demo student in
 * the demo contest's first category. Rounds, pools and assignments are then made through the API.
 */
@Singleton
@Requires(env = "bench")
@Requires(property = "pingxuan.bench.judges")
class JudgingBenchSeed implements ApplicationEventListener<ServerStartupEvent> {

    static final String PASSWORD = "Bench@2026";

    private final DataSource dataSource;
    private final PasswordHasher hasher;
    private final int judges;
    private final int entries;

    JudgingBenchSeed(DataSource dataSource, PasswordHasher hasher, @Value("${pingxuan.bench.judges}") int judges,
                     @Value("${pingxuan.bench.entries:400}") int entries) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.judges = judges;
        this.entries = entries;
    }

    @Override
    @Transactional
    public void onApplicationEvent(ServerStartupEvent event) {
        Timestamp now = Timestamp.from(Instant.now());
        String hash = hasher.hashChosen(PASSWORD);
        try {
            Connection db = dataSource.getConnection();
            long literature = single(db, "SELECT id FROM org_unit WHERE name = '文学院'");
            long student = single(db, "SELECT id FROM app_user WHERE username = 'student'");
            long studentUnit = single(db, "SELECT unit_id FROM app_user WHERE username = 'student'");
            long contest = single(db, "SELECT MIN(id) FROM contest");
            long category = single(db, "SELECT MIN(id) FROM contest_category WHERE contest_id = " + contest);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO app_user (username, display_name, unit_id, roles, password_hash, must_change_password, active,
                                          session_epoch, created_at, updated_at, version)
                    VALUES (?, ?, ?, 'JUDGE', ?, FALSE, TRUE, 0, ?, ?, 0)""")) {
                for (int i = 1; i <= judges; i++) {
                    insert.setString(1, "bench-judge-" + i);
                    insert.setString(2, "评委" + i);
                    insert.setLong(3, literature);
                    insert.setString(4, hash);
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO entry (contest_id, category_id, code, title, summary, submitter_id, unit_id, form_data,
                                       pledge_accepted, status, submitted_at, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, '', ?, ?, '{}', TRUE, 'ELIGIBLE', ?, ?, ?, 0)""")) {
                for (int i = 1; i <= entries; i++) {
                    insert.setLong(1, contest);
                    insert.setLong(2, category);
                    insert.setString(3, String.format("BENCH-%05d", i));
                    insert.setString(4, "作品 " + i);
                    insert.setLong(5, student);
                    insert.setLong(6, studentUnit);
                    insert.setTimestamp(7, now);
                    insert.setTimestamp(8, now);
                    insert.setTimestamp(9, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("seeding the judging benchmark failed", e);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
