package cn.pingxuan.media.video;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_H264_HIGH;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/**
 * Transcodes an opened original into the web video: H.264 (libx264 High, yuv420p, the configured CRF and preset) and
 * AAC (128 kb/s, at most stereo, 44.1 or 48 kHz) in an MP4 with its index first ({@code +faststart}). Nothing of the
 * source's metadata is passed on; only its display rotation is, as the same display matrix, so the video plays
 * upright without turning every pixel.
 * <p>
 * Pictures go from the grabber (which decodes and scales them in YUV 4:2:0) to the encoder without a colour
 * conversion: the fast path of DESIGN §7. Encoding runs on a {@link RecorderThread} beside the decoding.
 */
final class WebVideoEncoder {

    private static final String FILE_NAME = "web.mp4";
    private static final int AUDIO_BITRATE = 128_000;

    private final int crf;
    private final String preset;

    WebVideoEncoder(int crf, String preset) {
        this.crf = crf;
        this.preset = preset;
    }

    /** Encodes the whole original, offering every output picture to the poster picker. */
    Derivative encode(FFmpegFrameGrabber source, VideoInfo video, WebVideoSize size, MediaWork work,
                      PosterFramePicker posters) throws IOException, MediaRejectedException {
        Path out = work.file(FILE_NAME);
        ConstantFrameRate grid = ConstantFrameRate.forSource(video.frameRate(), video.startMicros());
        source.setImageWidth(size.width());
        source.setImageHeight(size.height());
        if (video.hasAudio()) {
            source.setAudioChannels(audioChannels(video));
            source.setSampleRate(sampleRate(video));
        }
        try (FFmpegFrameRecorder recorder = recorder(out, video, size, grid)) {
            recorder.start();
            long slots;
            try (RecorderThread encoder = new RecorderThread(recorder, size)) {
                slots = transcode(source, video, grid, work, posters, encoder);
            }
            recorder.stop();
            WebVideoSize shown = size.shown(video);
            return new Derivative(AssetRole.VIDEO_WEB, out, "video/mp4", shown.width(), shown.height(),
                    grid.millisOf(slots));
        }
    }

    /**
     * Decodes every frame and queues it for the encoder: sound as it comes, pictures on the constant-rate grid. Returns
     * the number of pictures encoded, once they all are.
     */
    private static long transcode(FFmpegFrameGrabber source, VideoInfo video, ConstantFrameRate grid, MediaWork work,
                                  PosterFramePicker posters, RecorderThread encoder)
            throws IOException, MediaRejectedException {
        Progress progress = new Progress(work.progress(), video.pictureDurationMs() * 1000);
        PackedYuvFrame held = null;
        long nextSlot = 0;
        long lastPlayedMicros = 0;
        for (Frame frame; (frame = source.grab()) != null; ) {
            work.checkTime();
            if (frame.samples != null && video.hasAudio()) {
                encoder.recordSamples(frame);
            }
            if (frame.image == null) {
                continue;
            }
            long played = frame.timestamp - video.startMicros();
            VideoRequirements.checkPlayed(played / 1000, work.limits());
            progress.at(played);
            long slot = grid.slotOf(frame.timestamp);
            if (slot < nextSlot) {
                continue; // its slot already has a picture: the rate is lowered, or it precedes the start
            }
            PackedYuvFrame picture = encoder.freePicture(work);
            picture.copyFrom(frame);
            long emptySlots = slot - nextSlot;
            if (held == null) {
                encoder.record(picture, emptySlots + 1, false); // the first picture also covers the start
            } else {
                encoder.record(held, emptySlots, true); // the picture before stays on screen until this one's time
                encoder.record(picture, 1, false);
            }
            held = picture;
            nextSlot = slot + 1;
            lastPlayedMicros = played;
            posters.offer(held, played);
        }
        if (held == null) {
            throw new MediaRejectedException(VideoProbe.UNREADABLE);
        }
        checkComplete(video, lastPlayedMicros / 1000 + grid.millisOf(1));
        posters.finish(held);
        encoder.finish();
        return nextSlot;
    }

    private FFmpegFrameRecorder recorder(Path out, VideoInfo video, WebVideoSize size, ConstantFrameRate grid) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), size.width(), size.height(),
                video.hasAudio() ? audioChannels(video) : 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setVideoProfile(AV_PROFILE_H264_HIGH);
        recorder.setVideoBitrate(0); // JavaCV's default 400 kb/s would only end up as a misleading tag: CRF rules
        recorder.setFrameRate(grid.fps());
        recorder.setVideoOption("crf", Integer.toString(crf));
        recorder.setVideoOption("preset", preset);
        video.color().encoderOptions().forEach(recorder::setVideoOption);
        if (video.rotation() != 0) {
            recorder.setDisplayRotation(video.rotation()); // counter-clockwise, like the grabber's getter
        }
        recorder.setOption("movflags", "+faststart");
        recorder.setOption("fflags", "+bitexact"); // leaves out the muxer's own "encoder" tag
        if (video.hasAudio()) {
            recorder.setAudioCodec(AV_CODEC_ID_AAC);
            recorder.setAudioBitrate(AUDIO_BITRATE);
            recorder.setSampleRate(sampleRate(video));
        }
        return recorder;
    }

    private static int audioChannels(VideoInfo video) {
        return Math.min(2, video.audioChannels());
    }

    /** 44.1 kHz and its family (22.05, 88.2 …) become 44.1 kHz, everything else 48 kHz. */
    private static int sampleRate(VideoInfo video) {
        return video.sampleRate() > 0 && video.sampleRate() % 11025 == 0 ? 44100 : 48000;
    }

    /** A file cut short (an interrupted copy) still opens when its index comes first; its pictures end early. */
    private static void checkComplete(VideoInfo video, long playedMs) throws MediaRejectedException {
        long expectedMs = video.pictureDurationMs();
        if (expectedMs > 0 && playedMs + Math.max(1000, expectedMs / 20) < expectedMs) {
            throw new MediaRejectedException("视频数据不完整：只读到 %s / %s，请重新导出后上传".formatted(
                    Durations.clock(playedMs), Durations.clock(expectedMs)));
        }
    }

    /** Percent of the expected duration decoded, reported when it grows; 100 is the caller's, once all is written. */
    private static final class Progress {

        private final ProgressListener listener;
        private final long totalMicros;
        private int reported = -1;

        Progress(ProgressListener listener, long totalMicros) {
            this.listener = listener;
            this.totalMicros = totalMicros;
        }

        void at(long playedMicros) {
            if (totalMicros <= 0) {
                return;
            }
            int percent = (int) Math.max(0, Math.min(99, playedMicros * 100 / totalMicros));
            if (percent > reported) {
                reported = percent;
                listener.percent(percent);
            }
        }
    }
}
