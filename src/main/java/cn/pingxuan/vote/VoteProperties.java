package cn.pingxuan.vote;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param userPerMinute    vote attempts one user may make per minute, accepted or not
 * @param addressPerMinute vote attempts one client address may make per minute (a campus NAT shares one)
 */
@ConfigurationProperties("pingxuan.vote")
public record VoteProperties(
        @Bindable(defaultValue = "10") int userPerMinute,
        @Bindable(defaultValue = "60") int addressPerMinute) {
}
