package cn.pingxuan.media;

import io.micronaut.serde.annotation.Serdeable;

/** Payload of a media job: only the id, the handler reloads the asset. */
@Serdeable
public record MediaJob(long assetId) {
}
