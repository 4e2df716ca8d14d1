package cn.pingxuan.media.video;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The source's colour tags in FFmpeg's names, null where it leaves them unspecified. The web video carries them
 * over (as the ffmpeg CLI does), so a BT.709 phone video is not shown with BT.601 colours.
 */
record ColorDescription(@Nullable String space, @Nullable String primaries, @Nullable String transfer) {

    ColorMatrix matrix() {
        return ColorMatrix.of(space);
    }

    /** libavcodec options tagging the encoded stream. */
    Map<String, String> encoderOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        if (space != null) {
            options.put("colorspace", space);
        }
        if (primaries != null) {
            options.put("color_primaries", primaries);
        }
        if (transfer != null) {
            options.put("color_trc", transfer);
        }
        return options;
    }
}
