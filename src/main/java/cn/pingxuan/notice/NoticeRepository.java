package cn.pingxuan.notice;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NoticeRepository extends CrudRepository<Notice, Long> {

    Optional<Notice> findByIdAndUserId(long id, long userId);

    @Query(value = "SELECT * FROM notice WHERE user_id = :userId ORDER BY id DESC",
            countQuery = "SELECT COUNT(*) FROM notice WHERE user_id = :userId")
    Page<Notice> mine(long userId, Pageable pageable);

    @Query(value = "SELECT * FROM notice WHERE user_id = :userId AND read_at IS NULL ORDER BY id DESC",
            countQuery = "SELECT COUNT(*) FROM notice WHERE user_id = :userId AND read_at IS NULL")
    Page<Notice> mineUnread(long userId, Pageable pageable);

    @Query("SELECT COUNT(*) FROM notice WHERE user_id = :userId AND read_at IS NULL")
    long countUnread(long userId);

    @Query("UPDATE notice SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
    long markAllRead(long userId, Instant at);
}
