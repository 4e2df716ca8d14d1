package cn.pingxuan.account;

import cn.pingxuan.common.TooManyRequestsException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows password guessing: after too many failures an account, and separately a client address, is locked
 * for a while. Kept in the database so every web node sees the same counts.
 */
@Singleton
class LoginThrottle {

    private final LoginThrottleRepository entries;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository entries, SecurityProperties properties, Clock clock) {
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        entries.findById(addressKey(address)).filter(e -> e.lockedAt(now)).ifPresent(e -> {
            throw locked("当前网络登录失败次数过多，请 %d 分钟后再试", e, now);
        });
        entries.findById(accountKey(username)).filter(e -> e.lockedAt(now)).ifPresent(e -> {
            throw locked("该账号登录失败次数过多，已临时锁定，请 %d 分钟后再试", e, now);
        });
    }

    @Transactional
    public void recordFailure(String username, String address) {
        count(accountKey(username), properties.accountMaxFailures());
        count(addressKey(address), properties.addressMaxFailures());
    }

    @Transactional
    public void recordSuccess(String username) {
        entries.deleteById(accountKey(username));
    }

    private void count(String key, int maxFailures) {
        Instant now = clock.instant();
        entries.findForUpdate(key).ifPresentOrElse(
                entry -> entries.update(entry.failedAt(now, maxFailures, properties.failureWindow(), properties.lockDuration())),
                () -> entries.save(new LoginThrottleEntry(key, 0, now, null)
                        .failedAt(now, maxFailures, properties.failureWindow(), properties.lockDuration())));
    }

    private static TooManyRequestsException locked(String message, LoginThrottleEntry entry, Instant now) {
        Duration wait = Duration.between(now, entry.lockedUntil());
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new TooManyRequestsException("login-throttled", String.format(message, minutes), wait);
    }

    private static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
