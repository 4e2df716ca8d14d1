package cn.pingxuan.media.image;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;

import java.nio.ByteOrder;
import java.nio.IntBuffer;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_ALPHA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale_frame;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

/**
 * Turns decoded frames into packed 8-bit sRGB ints ({@code 0xAARRGGBB}, as {@code TYPE_INT_ARGB} stores them),
 * shrunk by area averaging, with the YUV matrix and range the frame declares.
 */
final class FrameScaler implements AutoCloseable {

    private static final int FLAGS = SWS_AREA | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT;

    private SwsContext context;
    private final AVFrame target = av_frame_alloc();

    static boolean hasAlpha(AVFrame frame) {
        AVPixFmtDescriptor format = av_pix_fmt_desc_get(frame.format());
        return format != null && (format.flags() & AV_PIX_FMT_FLAG_ALPHA) != 0;
    }

    int[] toArgb(AVFrame frame, int width, int height) throws FfmpegDecoder.Refused {
        context = sws_getCachedContext(context, frame.width(), frame.height(), frame.format(),
                width, height, AV_PIX_FMT_BGRA, FLAGS, null, null, (DoublePointer) null);
        if (context == null) {
            throw new FfmpegDecoder.Refused("converting pixel format " + frame.format(), -1);
        }
        int matrix = frame.colorspace() == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : frame.colorspace();
        int fullRange = frame.color_range() == AVCOL_RANGE_JPEG || isJpegRange(frame.format()) ? 1 : 0;
        sws_setColorspaceDetails(context, sws_getCoefficients(matrix), fullRange,
                sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
        if (target.width() != width || target.height() != height) {
            av_frame_unref(target);
            target.format(AV_PIX_FMT_BGRA).width(width).height(height);
            if (av_frame_get_buffer(target, 0) < 0) {
                throw new FfmpegDecoder.Refused("allocating " + width + "×" + height, -1);
            }
        }
        int scaled = sws_scale_frame(context, target, frame);
        if (scaled < 0) {
            throw new FfmpegDecoder.Refused("scaling", scaled);
        }
        // BGRA bytes read as little-endian ints are 0xAARRGGBB
        int stride = target.linesize(0) / 4;
        IntBuffer rows = target.data(0).capacity((long) target.linesize(0) * height).asByteBuffer()
                .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            rows.get(y * stride, pixels, y * width, width);
        }
        return pixels;
    }

    /** The deprecated "J" formats are full range whatever the frame's range field says. */
    private static boolean isJpegRange(int format) {
        return format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P || format == AV_PIX_FMT_YUVJ444P
                || format == AV_PIX_FMT_YUVJ440P || format == AV_PIX_FMT_YUVJ411P;
    }

    @Override
    public void close() {
        sws_freeContext(context);
        av_frame_free(target);
    }
}
