package cn.pingxuan.media;

import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/** A file a processor made from an original, waiting in the work directory to be stored. */
public record Derivative(
        AssetRole role,
        Path file,
        String contentType,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Long durationMs) {

    public static Derivative image(AssetRole role, Path file, String contentType, int width, int height) {
        return new Derivative(role, file, contentType, width, height, null);
    }
}
