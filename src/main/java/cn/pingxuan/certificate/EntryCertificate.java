package cn.pingxuan.certificate;

import io.micronaut.serde.annotation.Serdeable;

/** A certificate a student may download from their entry's page. */
@Serdeable
public record EntryCertificate(long awardId, String tier, String serial, String downloadUrl) {
}
