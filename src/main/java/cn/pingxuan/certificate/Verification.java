package cn.pingxuan.certificate;

import cn.pingxuan.results.AwardStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What the public verification page confirms: the certificate as printed, and whether it still stands. */
@Serdeable
public record Verification(String serial, AwardStatus status, String statusLabel, String contestTitle, String workTitle,
                           String tier, List<String> names, String issuer, String issueDate) {
}
