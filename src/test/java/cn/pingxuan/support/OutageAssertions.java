package cn.pingxuan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What a client must get while a service the portal needs is down: a quick 503 problem it can retry. */
public final class OutageAssertions {

    private OutageAssertions() {
    }

    /**
     * @param startedNanos {@link System#nanoTime()} before the request
     * @param within       the longest the answer may take (a hang is a failure too)
     */
    public static void assertUnavailable(ApiClient.Response response, String code, long startedNanos, Duration within) {
        assertUnavailable(response.status(), response.headers(), response.body(), code, startedNanos, within);
    }

    public static void assertUnavailable(ApiClient.BinaryResponse response, String code, long startedNanos, Duration within) {
        assertUnavailable(response.status(), response.headers(), new String(response.body(), StandardCharsets.UTF_8), code,
                startedNanos, within);
    }

    private static void assertUnavailable(int status, HttpHeaders headers, String body, String code, long startedNanos,
                                          Duration within) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        assertThat(status).as(body).isEqualTo(503);
        assertThat(took).as("answered in " + took.toMillis() + " ms").isLessThan(within);
        assertThat(headers.firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(headers.firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(body).contains("\"type\":\"https://pingxuan.cn/problems/" + code + "\"").contains("\"status\":503")
                .containsPattern("\"detail\":\"[^\"]*\\p{IsHan}");
    }
}
