package cn.pingxuan.common;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The client's IP for throttling and audit; forwarded headers count only when configured, else anyone could forge them. */
@Singleton
public class ClientAddress {

    private final boolean trustForwarded;

    public ClientAddress(HttpProperties properties) {
        this.trustForwarded = properties.trustForwarded();
    }

    public String of(HttpRequest<?> request) {
        if (trustForwarded) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
