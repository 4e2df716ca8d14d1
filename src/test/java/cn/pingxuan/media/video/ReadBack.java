package cn.pingxuan.media.video;

import io.micronaut.core.annotation.Nullable;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.av_color_space_name;

/** A video file opened again (with a plain grabber) to see what really is in it. */
record ReadBack(
        String videoCodec,
        @Nullable String audioCodec,
        int codedWidth,
        int codedHeight,
        double displayRotation,
        int profile,
        String colorSpace,
        int audioChannels,
        int sampleRate,
        long durationMs,
        Map<String, String> metadata,
        Map<String, String> videoMetadata,
        Map<String, String> audioMetadata,
        List<Long> frameTimestamps,
        BufferedImage firstPicture) {

    static ReadBack of(Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.start();
            AVStream video = grabber.getFormatContext().streams(grabber.getVideoStream());
            String videoCodec = avcodec_get_name(grabber.getVideoCodec()).getString();
            String audioCodec = grabber.hasAudio() ? avcodec_get_name(grabber.getAudioCodec()).getString() : null;
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            double rotation = grabber.getDisplayRotation();
            int profile = video.codecpar().profile();
            String colorSpace = av_color_space_name(video.codecpar().color_space()).getString();
            int channels = grabber.hasAudio() ? grabber.getAudioChannels() : 0;
            int sampleRate = grabber.hasAudio() ? grabber.getSampleRate() : 0;
            long durationMs = grabber.getLengthInTime() / 1000;
            Map<String, String> metadata = Map.copyOf(grabber.getMetadata());
            Map<String, String> videoMetadata = Map.copyOf(grabber.getVideoMetadata());
            Map<String, String> audioMetadata = grabber.hasAudio() ? Map.copyOf(grabber.getAudioMetadata()) : Map.of();
            List<Long> timestamps = new ArrayList<>();
            BufferedImage first = null;
            for (Frame frame; (frame = grabber.grabImage()) != null; ) {
                if (first == null) {
                    first = copy(converter.convert(frame));
                }
                timestamps.add(frame.timestamp);
            }
            return new ReadBack(videoCodec, audioCodec, width, height, rotation, profile, colorSpace, channels, sampleRate,
                    durationMs, metadata, videoMetadata, audioMetadata, List.copyOf(timestamps), first);
        }
    }

    boolean quarterTurned() {
        return Math.abs(displayRotation) == 90;
    }

    int shownWidth() {
        return quarterTurned() ? codedHeight : codedWidth;
    }

    int shownHeight() {
        return quarterTurned() ? codedWidth : codedHeight;
    }

    /** The converter reuses its image for the next frame. */
    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }
}
