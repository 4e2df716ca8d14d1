package cn.pingxuan.media.video;

import io.micronaut.core.annotation.Nullable;

/**
 * What the probe learned about an original video.
 *
 * @param container       the container's display name, e.g. "MOV", "WebM"
 * @param videoCodec      the video codec's display name, e.g. "HEVC"
 * @param audioCodec      the audio codec's display name, null when the file has no sound
 * @param durationMs      the container's duration, 0 when it does not say
 * @param videoDurationMs the video stream's own duration, 0 when it does not say
 * @param startMicros     the container's start time, which frame timestamps count from
 * @param codedWidth      the decoded frame's width, before pixel aspect and rotation
 * @param codedHeight     the decoded frame's height
 * @param pixelAspect     the sample aspect ratio, 1 for square pixels
 * @param rotation        counter-clockwise degrees that turn the decoded frame upright: 0, 90, 180 or 270
 * @param frameRate       average frames per second, 0 when unknown
 * @param audioChannels   the sound's channels, 0 without sound
 * @param sampleRate      the sound's sample rate, 0 without sound
 */
record VideoInfo(
        String container,
        String videoCodec,
        @Nullable String audioCodec,
        long durationMs,
        long videoDurationMs,
        long startMicros,
        int codedWidth,
        int codedHeight,
        double pixelAspect,
        int rotation,
        double frameRate,
        ColorDescription color,
        int audioChannels,
        int sampleRate) {

    boolean hasAudio() {
        return audioCodec != null;
    }

    /** How long the pictures run: the video stream's duration, else the container's, 0 when neither says. */
    long pictureDurationMs() {
        return videoDurationMs > 0 ? videoDurationMs : durationMs;
    }

    boolean quarterTurned() {
        return rotation == 90 || rotation == 270;
    }

    /** Width of the picture as it is shown: square pixels, rotation applied. */
    int width() {
        return quarterTurned() ? codedHeight : squareWidth();
    }

    /** Height of the picture as it is shown. */
    int height() {
        return quarterTurned() ? squareWidth() : codedHeight;
    }

    private int squareWidth() {
        return (int) Math.round(codedWidth * pixelAspect);
    }

    /** The organizers' summary, e.g. "MOV · HEVC 1080×1920 · AAC · 0:42". */
    String details(long durationMs) {
        return "%s · %s %d×%d · %s · %s".formatted(container, videoCodec, width(), height(),
                hasAudio() ? audioCodec : "无音频", Durations.clock(durationMs));
    }
}
