package cn.pingxuan.media.video;

import cn.pingxuan.media.FfmpegInput;
import cn.pingxuan.media.MediaRejectedException;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_RESERVED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_RESERVED0;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_RESERVED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_RESERVED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_RESERVED0;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;

/** Opens an original with the hardened grabber and reads what it is, refusing what cannot be a video. */
final class VideoProbe {

    static final String UNREADABLE = "无法读取视频：文件可能已损坏或不完整，请重新导出后上传";
    static final String NO_PICTURE = "文件中没有视频画面，请上传视频文件";

    /** 8K with some margin; more pixels per frame is a decoding bomb, not a student's video. */
    private static final long MAX_PIXELS = 8192L * 4352;
    private static final Map<String, String> CODEC_NAMES = Map.ofEntries(
            Map.entry("h264", "H.264"), Map.entry("hevc", "HEVC"), Map.entry("av1", "AV1"),
            Map.entry("vp8", "VP8"), Map.entry("vp9", "VP9"), Map.entry("mpeg4", "MPEG-4"),
            Map.entry("mpeg2video", "MPEG-2"), Map.entry("mpeg1video", "MPEG-1"), Map.entry("flv1", "FLV1"),
            Map.entry("prores", "ProRes"), Map.entry("mjpeg", "MJPEG"), Map.entry("opus", "Opus"),
            Map.entry("vorbis", "Vorbis"), Map.entry("ac3", "AC-3"), Map.entry("eac3", "E-AC-3"));

    private VideoProbe() {
    }

    /**
     * The started grabber, set up for the web encoder's fast path (DESIGN §7): YUV 4:2:0 pictures scaled by the
     * grabber (bicubic, as the ffmpeg CLI scales) and float samples.
     */
    static FFmpegFrameGrabber open(Path original) throws IOException, MediaRejectedException {
        if (Files.size(original) == 0) {
            throw new MediaRejectedException("文件是空的，请重新上传");
        }
        FFmpegFrameGrabber grabber = FfmpegInput.grabber(original);
        grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
        grabber.setImageScalingFlags(SWS_BICUBIC);
        grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception e) {
            MediaRejectedException rejection = new MediaRejectedException(UNREADABLE, e);
            try {
                grabber.release(); // a failed start leaves what it had opened
            } catch (FrameGrabber.Exception releasing) {
                rejection.addSuppressed(releasing);
            }
            throw rejection;
        }
    }

    static VideoInfo describe(FFmpegFrameGrabber grabber, Path original) throws IOException, MediaRejectedException {
        if (!grabber.hasVideo()) {
            throw new MediaRejectedException(NO_PICTURE);
        }
        AVFormatContext format = grabber.getFormatContext();
        AVStream stream = format.streams(grabber.getVideoStream());
        if ((stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0) {
            throw new MediaRejectedException(NO_PICTURE); // an audio file's cover art
        }
        int width = grabber.getImageWidth();
        int height = grabber.getImageHeight();
        if (width <= 0 || height <= 0) {
            throw new MediaRejectedException(UNREADABLE);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new MediaRejectedException("视频分辨率 %d×%d 过高，请转换为 4K 或更低的分辨率后上传".formatted(width, height));
        }
        boolean audio = grabber.hasAudio() && grabber.getAudioChannels() > 0;
        return new VideoInfo(
                container(grabber, original),
                codecName(grabber.getVideoCodec()),
                audio ? codecName(grabber.getAudioCodec()) : null,
                format.duration() > 0 ? format.duration() / 1000 : 0,
                streamDurationMs(stream),
                format.start_time() == AV_NOPTS_VALUE ? 0 : format.start_time(),
                width,
                height,
                pixelAspect(grabber.getAspectRatio()),
                rotation(grabber),
                Double.isFinite(grabber.getVideoFrameRate()) ? grabber.getVideoFrameRate() : 0,
                color(stream.codecpar()),
                audio ? grabber.getAudioChannels() : 0,
                audio ? grabber.getSampleRate() : 0);
    }

    private static String container(FFmpegFrameGrabber grabber, Path original) throws IOException {
        String demuxer = grabber.getFormat();
        if (demuxer.startsWith("mov,")) {
            String brand = String.valueOf(grabber.getMetadata("major_brand")).trim();
            return brand.equals("qt") ? "MOV" : brand.startsWith("3g") ? "3GP" : "MP4";
        }
        if (demuxer.startsWith("matroska,")) {
            return declaresWebm(original) ? "WebM" : "MKV";
        }
        return demuxer.equals("mpegts") ? "MPEG-TS" : demuxer.toUpperCase(Locale.ROOT);
    }

    /** FFmpeg reads both with one demuxer and does not tell the EBML DocType; it sits in the first bytes. */
    private static boolean declaresWebm(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64), StandardCharsets.ISO_8859_1).contains("webm");
        }
    }

    private static String codecName(int codecId) {
        String name = avcodec_get_name(codecId).getString();
        if (name.startsWith("pcm_")) {
            return "PCM";
        }
        return CODEC_NAMES.getOrDefault(name, name.toUpperCase(Locale.ROOT));
    }

    private static long streamDurationMs(AVStream stream) {
        if (stream.duration() == AV_NOPTS_VALUE || stream.duration() <= 0) {
            return 0;
        }
        AVRational base = stream.time_base();
        return stream.duration() * 1000 * base.num() / base.den();
    }

    /** Nonsense aspect ratios would blow a frame up to gigapixels: take those as square pixels. */
    private static double pixelAspect(double sampleAspect) {
        return sampleAspect >= 0.25 && sampleAspect <= 4 ? sampleAspect : 1;
    }

    /** The display matrix (what FFmpeg makes of MP4/MOV rotation), else an old-style {@code rotate} tag (clockwise). */
    private static int rotation(FFmpegFrameGrabber grabber) {
        double counterClockwise = grabber.getDisplayRotation();
        String rotateTag = grabber.getVideoMetadata("rotate");
        if (counterClockwise == 0 && rotateTag != null && rotateTag.matches("-?\\d+")) {
            counterClockwise = -Integer.parseInt(rotateTag);
        }
        if (!Double.isFinite(counterClockwise)) {
            return 0;
        }
        return Math.floorMod(Math.round(counterClockwise / 90) * 90, 360);
    }

    private static ColorDescription color(AVCodecParameters video) {
        return new ColorDescription(
                tag(video.color_space(), avutil::av_color_space_name,
                        AVCOL_SPC_RGB, AVCOL_SPC_UNSPECIFIED, AVCOL_SPC_RESERVED),
                tag(video.color_primaries(), avutil::av_color_primaries_name,
                        AVCOL_PRI_RESERVED0, AVCOL_PRI_UNSPECIFIED, AVCOL_PRI_RESERVED),
                tag(video.color_trc(), avutil::av_color_transfer_name,
                        AVCOL_TRC_RESERVED0, AVCOL_TRC_UNSPECIFIED, AVCOL_TRC_RESERVED));
    }

    /** The value's FFmpeg name, or null when it says nothing usable about a YUV stream. */
    private static String tag(int value, IntFunction<BytePointer> names, int... meaningless) {
        for (int unusable : meaningless) {
            if (value == unusable) {
                return null;
            }
        }
        BytePointer name = names.apply(value);
        return name == null || name.isNull() ? null : name.getString();
    }
}
