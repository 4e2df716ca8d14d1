package cn.pingxuan.upload;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UploadPartRepository extends CrudRepository<UploadPart, Long> {

    List<UploadPart> findByUploadIdOrderByPartNumber(String uploadId);
}
