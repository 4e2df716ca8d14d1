package cn.pingxuan.certificate;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Streams a ZIP of certificates while it is being drawn: the client receives the first PDF at once instead of
 * waiting for hundreds, and the server never holds the whole archive. The words are loaded beforehand, so the
 * drawing thread needs no database connection.
 */
@Singleton
class CertificateZipStream {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateZipStream.class);
    private static final int PIPE_BUFFER = 64 * 1024;

    private final CertificateRenderer renderer;
    private final ExecutorService executor;

    CertificateZipStream(CertificateRenderer renderer, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.renderer = renderer;
        this.executor = executor;
    }

    InputStream open(List<Certificate> certificates) {
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor.execute(() -> {
            try (out) {
                renderer.zip(certificates, out);
            } catch (IOException | RuntimeException e) {
                // the client went away (pipe closed) or a page failed: the archive ends short, which unzip reports
                LOG.warn("certificate ZIP stopped after a failure: {}", e.toString());
            }
        });
        return in;
    }
}
