package cn.pingxuan.upload;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Tag;

/**
 * The tus protocol over the embedded default: blobs on the local file system. Not transactional: the test reads
 * what the server commits.
 */
@MicronautTest(transactional = false)
@Tag("db")
class TusProtocolFileSystemTest extends TusProtocolContract {
}
