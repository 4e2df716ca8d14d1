package cn.pingxuan.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginThrottleRepository extends CrudRepository<LoginThrottleEntry, String> {

    @Query("SELECT * FROM login_throttle WHERE throttle_key = :key FOR UPDATE")
    Optional<LoginThrottleEntry> findForUpdate(String key);
}
