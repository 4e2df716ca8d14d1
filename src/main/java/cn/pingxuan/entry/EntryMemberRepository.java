package cn.pingxuan.entry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EntryMemberRepository extends CrudRepository<EntryMember, Long> {

    List<EntryMember> findByEntryIdOrderByOrdinal(long entryId);

    List<EntryMember> findByEntryIdInOrderByOrdinal(Collection<Long> entryIds);

    void deleteByEntryId(long entryId);
}
