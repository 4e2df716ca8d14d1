package cn.pingxuan.notice;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * SMTP for notice copies. Mail is off while {@code host} is empty (the embedded default).
 *
 * @param from     the sender address; the username when empty
 * @param starttls require STARTTLS before authenticating (port 587); off for a plain local relay
 */
@ConfigurationProperties("pingxuan.mail")
public record MailProperties(
        @Bindable(defaultValue = "") String host,
        @Bindable(defaultValue = "587") int port,
        @Bindable(defaultValue = "") String username,
        @Bindable(defaultValue = "") String password,
        @Bindable(defaultValue = "") String from,
        @Bindable(defaultValue = "true") boolean starttls) {

    public boolean enabled() {
        return !host.isBlank();
    }

    String sender() {
        return from.isBlank() ? username : from;
    }
}
