package cn.pingxuan.media;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns one original (a local temp file under a generated name) into web-ready derivatives. Implementations
 * are stateless beans, one per kind of work; the job handler picks the one that {@link #accepts} the
 * original's content type (sniffed from its bytes at upload, never the browser's claim).
 * <p>
 * A file that can never become a valid work ends in {@link MediaRejectedException} with a reason the student can
 * act on; any other exception is taken as transient and the job is retried with backoff.
 */
public interface MediaProcessor {

    boolean accepts(String contentType);

    ProcessedMedia process(Path original, MediaWork work) throws IOException, MediaRejectedException;
}
