package cn.pingxuan.entry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EntryRepository extends CrudRepository<Entry, Long> {

    List<Entry> findBySubmitterIdOrderByIdDesc(long submitterId);

    List<Entry> findByIdIn(Collection<Long> ids);

    List<Entry> findByContestIdAndCategoryIdInAndStatusInOrderById(long contestId, Collection<Long> categoryIds,
                                                                     Collection<EntryStatus> statuses);

    @Query("SELECT e.* FROM entry e JOIN entry_member m ON m.entry_id = e.id WHERE m.user_id = :userId ORDER BY e.id DESC")
    List<Entry> findAsTeamMember(long userId);

    @Query("SELECT COUNT(*) FROM entry WHERE submitter_id = :submitterId AND category_id = :categoryId AND status <> 'WITHDRAWN'")
    long countActiveBySubmitterAndCategory(long submitterId, long categoryId);

    /** Screening list; every filter always applies, with a match-all value when unused (H2 cannot type a bare NULL). */
    @Query(value = """
            SELECT e.* FROM entry e JOIN org_unit ou ON ou.id = e.unit_id JOIN app_user u ON u.id = e.submitter_id
            WHERE e.contest_id = :contestId AND e.status IN (:statuses) AND ou.path LIKE :unitPathPattern
              AND e.category_id IN (:categoryIds)
              AND (e.title LIKE :text OR COALESCE(e.code, '') LIKE :text OR u.display_name LIKE :text OR u.username LIKE :text)
            ORDER BY e.category_id, e.code, e.id""",
            countQuery = """
            SELECT COUNT(*) FROM entry e JOIN org_unit ou ON ou.id = e.unit_id JOIN app_user u ON u.id = e.submitter_id
            WHERE e.contest_id = :contestId AND e.status IN (:statuses) AND ou.path LIKE :unitPathPattern
              AND e.category_id IN (:categoryIds)
              AND (e.title LIKE :text OR COALESCE(e.code, '') LIKE :text OR u.display_name LIKE :text OR u.username LIKE :text)""")
    Page<Entry> screen(long contestId, Collection<EntryStatus> statuses, String unitPathPattern, Collection<Long> categoryIds,
                       String text, Pageable pageable);
}
