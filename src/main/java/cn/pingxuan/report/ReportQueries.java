package cn.pingxuan.report;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Reads for reports, each one query over a whole contest: a report of thousands of entries must not load them one by
 * one through the owning packages' services.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportQueries extends GenericRepository<UnitAward, Long> {

    /** Entries that passed screening, with what the results table shows of them. */
    @Query("""
            SELECT e.id, e.code, e.title, e.category_id, c.name AS category_name, c.ordinal AS category_ordinal, e.unit_id,
                   e.advisor_name, e.status, u.display_name AS submitter_name
            FROM entry e JOIN contest_category c ON c.id = e.category_id JOIN app_user u ON u.id = e.submitter_id
            WHERE e.contest_id = :contestId
              AND e.status IN ('ELIGIBLE', 'RECOMMENDED', 'IN_JUDGING', 'ADVANCED', 'ELIMINATED', 'AWARDED')
            ORDER BY c.ordinal, e.code, e.id""")
    List<ReportRows.ResultEntry> screenedEntries(long contestId);

    @Query("""
            SELECT m.entry_id, m.name FROM entry_member m JOIN entry e ON e.id = m.entry_id
            WHERE e.contest_id = :contestId ORDER BY m.entry_id, m.ordinal""")
    List<ReportRows.MemberName> members(long contestId);

    @Query("SELECT id, ordinal, name FROM judging_round WHERE contest_id = :contestId ORDER BY ordinal")
    List<ReportRows.RoundHead> rounds(long contestId);

    @Query("""
            SELECT rr.round_id, rr.entry_id, rr.score, rr.placing FROM round_result rr
            JOIN judging_round r ON r.id = rr.round_id WHERE r.contest_id = :contestId""")
    List<ReportRows.RoundScore> roundScores(long contestId);

    @Query("""
            SELECT entry_id, tier_name, tier_ordinal, basis, placing, final_score FROM award
            WHERE contest_id = :contestId AND status = 'ACTIVE'""")
    List<ReportRows.AwardLine> activeAwards(long contestId);

    /** Submitted sheets (calibration sheets are practice and never count). */
    @Query("""
            SELECT a.id AS assignment_id, a.round_id, a.judge_id, u.display_name AS judge_name, e.code, e.title, a.total,
                   a.submitted_at
            FROM assignment a JOIN judging_round r ON r.id = a.round_id JOIN app_user u ON u.id = a.judge_id
                 JOIN entry e ON e.id = a.entry_id
            WHERE r.contest_id = :contestId AND a.status = 'SUBMITTED' AND a.calibration = FALSE
            ORDER BY u.display_name, a.judge_id, r.ordinal, e.code, a.id""")
    List<ReportRows.SheetLine> submittedSheets(long contestId);

    @Query("""
            SELECT c.id, c.round_id, c.ordinal, c.name FROM round_criterion c JOIN judging_round r ON r.id = c.round_id
            WHERE r.contest_id = :contestId ORDER BY r.ordinal, c.ordinal""")
    List<ReportRows.CriterionHead> criteria(long contestId);

    @Query("""
            SELECT s.assignment_id, s.criterion_id, s.score_value FROM score s JOIN assignment a ON a.id = s.assignment_id
            JOIN judging_round r ON r.id = a.round_id
            WHERE r.contest_id = :contestId AND a.status = 'SUBMITTED' AND a.calibration = FALSE""")
    List<ReportRows.ScoreValue> submittedScores(long contestId);

    /** Submitted entries (everything but drafts and withdrawn ones) with whether their unit recommended them. */
    @Query("""
            SELECT e.id, e.unit_id, e.submitter_id, e.status, rc.id AS recommendation_id
            FROM entry e LEFT JOIN recommendation rc ON rc.entry_id = e.id
            WHERE e.contest_id = :contestId AND e.status NOT IN ('DRAFT', 'WITHDRAWN')""")
    List<ReportRows.StatEntry> submittedEntries(long contestId);

    @Query("""
            SELECT unit_id, COUNT(*) AS students FROM app_user
            WHERE unit_id IS NOT NULL AND active = TRUE AND CONCAT(',', roles, ',') LIKE '%,STUDENT,%'
            GROUP BY unit_id""")
    List<ReportRows.UnitStudents> studentsPerUnit();
}
