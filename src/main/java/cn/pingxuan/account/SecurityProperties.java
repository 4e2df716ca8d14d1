package cn.pingxuan.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param bcryptCost            work factor for passwords people choose
 * @param accountMaxFailures    failed logins of one account within {@code failureWindow} before it is locked
 * @param addressMaxFailures    failed logins from one IP within {@code failureWindow} before it is locked
 * @param failureWindow         the window failures are counted in
 * @param lockDuration          how long a lock lasts
 */
@ConfigurationProperties("pingxuan.security")
public record SecurityProperties(
        @Bindable(defaultValue = "11") int bcryptCost,
        @Bindable(defaultValue = "5") int accountMaxFailures,
        @Bindable(defaultValue = "30") int addressMaxFailures,
        @Bindable(defaultValue = "15m") Duration failureWindow,
        @Bindable(defaultValue = "15m") Duration lockDuration) {
}
