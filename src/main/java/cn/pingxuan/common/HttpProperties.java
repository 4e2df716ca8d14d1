package cn.pingxuan.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param trustForwarded take the client address from X-Forwarded-For (only behind a reverse proxy that sets it)
 * @param cookieSecure   mark cookies Secure (whenever the portal is served over HTTPS)
 * @param publicUrl      the address users reach the portal at, for links and start-up messages
 * @param retryAfter     the Retry-After of 503 answers while the database or the object store is out of reach
 */
@ConfigurationProperties("pingxuan.http")
public record HttpProperties(
        @Bindable(defaultValue = "false") boolean trustForwarded,
        @Bindable(defaultValue = "false") boolean cookieSecure,
        @Bindable(defaultValue = "") String publicUrl,
        @Bindable(defaultValue = "15s") Duration retryAfter) {
}
