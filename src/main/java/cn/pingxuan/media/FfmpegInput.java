package cn.pingxuan.media;

import org.bytedeco.javacv.FFmpegFrameGrabber;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

/**
 * Opens a local file with FFmpeg, hardened: only the {@code file} protocol and an allow-list of demuxers, so a
 * crafted HLS playlist, concat list or other "file that points at files" disguised as a video can neither read
 * another file nor open a connection ({@code protocol_whitelist} alone does not stop HLS reading local files).
 */
public final class FfmpegInput {

    /** Demuxers real uploads need; {@code mov} covers MP4, MOV, M4V and HEIF/HEIC. */
    static final String DEMUXERS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,mpegts,flv,ogg,wav,mp3,aac";

    static {
        // FFmpeg's default (info) prints a stream dump, the encoder's statistics and JavaCV's notes on options a
        // demuxer ignores to stderr for every file; errors are all the server log needs
        av_log_set_level(AV_LOG_ERROR);
    }

    private FfmpegInput() {
    }

    /** A grabber for {@code file}, not yet started. The caller starts, uses and closes it. */
    public static FFmpegFrameGrabber grabber(Path file) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setOption("protocol_whitelist", "file");
        grabber.setOption("format_whitelist", DEMUXERS);
        return grabber;
    }
}
