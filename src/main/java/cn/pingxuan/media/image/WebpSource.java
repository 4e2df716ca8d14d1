package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.PackedPixels;
import cn.pingxuan.media.MediaWork;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_WEBP;

/**
 * WebP through FFmpeg's native decoder. TwelveMonkeys' pure-Java decoder needed more than 512 MB of heap and
 * 5–15 s for a 24 MP lossy WebP here; FFmpeg decodes it in about 0.35 s outside the heap.
 */
final class WebpSource implements ImageSource {

    private final Path file;
    private final ImageHeader header;

    private WebpSource(Path file, ImageHeader header) {
        this.file = file;
        this.header = header;
    }

    static WebpSource open(Path file) throws IOException, MediaRejectedException {
        WebpHeader webp = WebpHeader.read(file);
        if (webp.animated()) {
            throw ImageRejections.animatedWebp(); // FFmpeg 8.0 cannot decode animation frames
        }
        String colour = (webp.alpha() ? "RGBA" : "RGB") + (webp.lossless() ? " · 无损" : "");
        return new WebpSource(file, new ImageHeader("WEBP", webp.width(), webp.height(), webp.orientation(), colour));
    }

    @Override
    public ImageHeader header() {
        return header;
    }

    @Override
    public BufferedImage decode(int minLongEdge, MediaWork work) throws IOException, MediaRejectedException {
        int factor = ImageSource.subsampling(header.width(), header.height(), minLongEdge);
        int width = Math.max(1, header.width() / factor);
        int height = Math.max(1, header.height() / factor);
        BufferedImage[] decoded = new BufferedImage[1];
        try (FfmpegDecoder decoder = FfmpegDecoder.open(AV_CODEC_ID_WEBP, header.width(), header.height());
             FrameScaler scaler = new FrameScaler()) {
            FfmpegDecoder.FrameConsumer keep = frame -> {
                if (frame.width() != header.width() || frame.height() != header.height()) {
                    throw ImageRejections.broken(new IOException("frame " + frame.width() + "×" + frame.height()
                            + " differs from the header"));
                }
                decoded[0] = PackedPixels.image(scaler.toArgb(frame, width, height), width, height,
                        FrameScaler.hasAlpha(frame));
            };
            decoder.sendFile(file, keep);
            decoder.finish(keep);
        } catch (FfmpegDecoder.Refused refused) {
            throw ImageRejections.broken(refused);
        }
        work.checkTime();
        if (decoded[0] == null) {
            throw ImageRejections.broken(new IOException("no picture decoded"));
        }
        return decoded[0];
    }

    @Override
    public void close() {
        // nothing stays open between the header and the decoding
    }
}
