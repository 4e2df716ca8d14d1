package cn.pingxuan.certificate;

import cn.pingxuan.common.HttpProperties;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The absolute address a certificate's QR code opens: {@code pingxuan.http.public-url} (PINGXUAN_PUBLIC_URL), or,
 * on the embedded defaults where it is unset, the address the server listens on.
 */
@Singleton
class VerificationLinks {

    private final HttpProperties http;
    private final BeanProvider<EmbeddedServer> server;

    VerificationLinks(HttpProperties http, BeanProvider<EmbeddedServer> server) {
        this.http = http;
        this.server = server;
    }

    String of(String serial) {
        return base() + "/verify/" + serial;
    }

    private String base() {
        String configured = http.publicUrl().strip();
        String base = configured.isEmpty() && server.isPresent()
                ? server.get().getURL().toString().replace("127.0.0.1", "localhost")
                : configured;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
