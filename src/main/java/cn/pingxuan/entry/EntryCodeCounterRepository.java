package cn.pingxuan.entry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EntryCodeCounterRepository extends CrudRepository<EntryCodeCounter, String> {

    @Transactional
    @Query("SELECT * FROM entry_code_counter WHERE prefix = :prefix FOR UPDATE")
    Optional<EntryCodeCounter> lock(String prefix);
}
