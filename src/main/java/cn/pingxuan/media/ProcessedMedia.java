package cn.pingxuan.media;

import cn.pingxuan.originality.Fingerprint;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a processor learned about an original and made from it.
 *
 * @param width      the work's displayed width (after rotation), when it has pixels
 * @param height     the work's displayed height (after rotation)
 * @param durationMs a video's duration
 * @param characters an essay's counted characters ({@code cn.pingxuan.media.essay} says what counts)
 * @param details    a short technical summary for organizers, e.g. "MOV · HEVC 1080×1920 · AAC · 00:42"
 * @param fingerprint for near-duplicate detection across all entries, when the kind has one
 */
public record ProcessedMedia(
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Long durationMs,
        @Nullable Integer characters,
        String details,
        List<Derivative> derivatives,
        @Nullable Fingerprint fingerprint) {
}
