package cn.pingxuan.media.video;

import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;

/**
 * The category's duration and resolution limits.
 * <p>
 * Duration: players show whole seconds, so a video passes while its shown duration is within the limit (5:00.8 passes
 * a five-minute limit). Resolution is checked on the shown picture (rotation applied) and does not care about
 * orientation: a category's box reads as landscape, so 1920×1080 admits a vertical 1080×1920 too; a minimum height
 * alone bounds the short edge ("不低于 1080p": 1080×1920 passes, 720×1280 does not) and a minimum width alone the
 * long edge.
 */
final class VideoRequirements {

    private VideoRequirements() {
    }

    static void check(VideoInfo video, MediaLimits limits) throws MediaRejectedException {
        if (video.durationMs() > 0 && tooLong(video.durationMs(), limits)) {
            throw new MediaRejectedException("视频时长 %s 超过 %s 的限制".formatted(
                    Durations.clock(video.durationMs()), maxDuration(limits)));
        }
        checkResolution(video.width(), video.height(), limits);
    }

    /** While decoding: the container's duration can be missing or lie, the frames' timestamps cannot. */
    static void checkPlayed(long playedMs, MediaLimits limits) throws MediaRejectedException {
        if (tooLong(playedMs, limits)) {
            throw new MediaRejectedException("视频时长超过 %s 的限制".formatted(maxDuration(limits)));
        }
    }

    private static boolean tooLong(long durationMs, MediaLimits limits) {
        return limits.maxDurationSec() != null && durationMs / 1000 > limits.maxDurationSec();
    }

    private static String maxDuration(MediaLimits limits) {
        return Durations.clock(limits.maxDurationSec() * 1000L);
    }

    private static void checkResolution(int width, int height, MediaLimits limits) throws MediaRejectedException {
        Integer minWidth = limits.minWidth();
        Integer minHeight = limits.minHeight();
        int shortEdge = Math.min(width, height);
        int longEdge = Math.max(width, height);
        if (minWidth != null && minHeight != null) {
            if (shortEdge < Math.min(minWidth, minHeight) || longEdge < Math.max(minWidth, minHeight)) {
                throw new MediaRejectedException("视频画面 %d×%d 小于 %d×%d 的要求（横屏、竖屏均可）".formatted(
                        width, height, minWidth, minHeight));
            }
        } else if (minHeight != null && shortEdge < minHeight) {
            throw new MediaRejectedException("视频画面 %d×%d 的短边小于 %d 像素的要求".formatted(width, height, minHeight));
        } else if (minWidth != null && longEdge < minWidth) {
            throw new MediaRejectedException("视频画面 %d×%d 的长边小于 %d 像素的要求".formatted(width, height, minWidth));
        }
    }
}
