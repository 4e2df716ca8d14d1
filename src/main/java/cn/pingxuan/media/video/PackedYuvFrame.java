package cn.pingxuan.media.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_image_copy_to_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_image_get_buffer_size;

/**
 * One YUV 4:2:0 picture at the web size in a buffer of our own, its planes packed without row padding.
 * <p>
 * Why a copy: the recorder's fast path (no conversion) reads its input as packed planes, but the grabber pads rows to
 * 64 bytes, which shifts the chroma planes of any width that is not a multiple of 64 (a vertical 720×1280); and the
 * encoder thread, or a picture that stays on screen for more than one slot, needs it after the grabber has reused
 * its buffer.
 */
final class PackedYuvFrame implements AutoCloseable {

    private final int width;
    private final int height;
    private final int size;
    private final BytePointer data;
    private final ByteBuffer buffer;

    PackedYuvFrame(WebVideoSize frame) {
        width = frame.width();
        height = frame.height();
        size = av_image_get_buffer_size(AV_PIX_FMT_YUV420P, width, height, 1);
        data = new BytePointer(size);
        buffer = data.asByteBuffer();
    }

    /** Copies a picture the grabber decoded and scaled to the web size. */
    void copyFrom(Frame frame) {
        AVFrame picture = (AVFrame) frame.opaque;
        if (picture.format() != AV_PIX_FMT_YUV420P || picture.width() != width || picture.height() != height) {
            throw new IllegalStateException("the grabber did not deliver a %dx%d yuv420p picture".formatted(width, height));
        }
        av_image_copy_to_buffer(data, size, picture.data(), picture.linesize(), AV_PIX_FMT_YUV420P, width, height, 1);
    }

    void recordTo(FFmpegFrameRecorder recorder) throws FFmpegFrameRecorder.Exception {
        recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 1, width, AV_PIX_FMT_YUV420P, buffer);
    }

    LumaStats luma() {
        return LumaStats.of(buffer, width, height);
    }

    BufferedImage toImage(ColorMatrix colors) {
        int chromaWidth = width / 2;
        byte[] luma = new byte[width * height];
        byte[] blue = new byte[chromaWidth * (height / 2)];
        byte[] red = new byte[blue.length];
        buffer.get(0, luma).get(luma.length, blue).get(luma.length + blue.length, red);
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int chroma = (y / 2) * chromaWidth + x / 2;
                rgb[y * width + x] = colors.rgb(luma[y * width + x] & 0xff, blue[chroma] & 0xff, red[chroma] & 0xff);
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    @Override
    public void close() {
        data.close();
    }
}
