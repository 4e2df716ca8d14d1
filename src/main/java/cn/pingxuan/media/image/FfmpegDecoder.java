package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/**
 * One libavcodec decoder fed whole compressed pictures (a WebP file, a HEIF item or tile). Single-threaded: the
 * workers already keep the cores busy, one picture each. Frames come out in the order their packets went in.
 */
final class FfmpegDecoder implements AutoCloseable {

    /** FFmpeg refused the data: the picture is broken, or of a kind this build cannot decode. */
    static final class Refused extends Exception {
        Refused(String step, int error) {
            super(step + ": " + describe(error));
        }
    }

    @FunctionalInterface
    interface FrameConsumer {
        void accept(AVFrame frame) throws MediaRejectedException, Refused;
    }

    /** Decoders round a picture up to whole coding blocks and aligned strides before checking its size. */
    private static final int SIZE_SLACK = 256;

    private final AVCodecContext context;
    private final AVFrame frame = av_frame_alloc();

    private FfmpegDecoder(AVCodecContext context) {
        this.context = context;
    }

    /** A decoder for the stream's codec that refuses pictures much larger than the declared size. */
    static FfmpegDecoder open(AVCodecParameters stream, int width, int height) throws Refused {
        return open(stream.codec_id(), stream, width, height);
    }

    static FfmpegDecoder open(int codecId, int width, int height) throws Refused {
        return open(codecId, null, width, height);
    }

    private static FfmpegDecoder open(int codecId, AVCodecParameters stream, int width, int height) throws Refused {
        AVCodec codec = avcodec_find_decoder(codecId);
        if (codec == null) {
            throw new Refused("no decoder for codec " + codecId, -1);
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        int result = stream == null ? 0 : avcodec_parameters_to_context(context, stream);
        if (result >= 0) {
            context.thread_count(1);
            // the header was checked, but the coded picture could claim more: FFmpeg refuses to allocate for it
            context.max_pixels((long) (width + SIZE_SLACK) * (height + SIZE_SLACK));
            result = avcodec_open2(context, codec, (AVDictionary) null);
        }
        if (result < 0) {
            avcodec_free_context(context);
            throw new Refused("opening the decoder", result);
        }
        return new FfmpegDecoder(context);
    }

    void send(AVPacket packet, FrameConsumer consumer) throws Refused, MediaRejectedException {
        int sent = avcodec_send_packet(context, packet);
        if (sent < 0 && sent != AVERROR_EAGAIN()) {
            throw new Refused("decoding", sent);
        }
        receive(consumer);
    }

    /** Decodes a whole file as one packet (WebP: the decoder reads the RIFF container itself). */
    void sendFile(Path file, FrameConsumer consumer) throws IOException, Refused, MediaRejectedException {
        AVPacket packet = av_packet_alloc();
        try (FileChannel channel = FileChannel.open(file)) {
            int size = Math.toIntExact(channel.size());
            if (av_new_packet(packet, size) < 0) {
                throw new Refused("allocating " + size + " bytes", -1);
            }
            ByteBuffer data = packet.data().capacity(size).asBuffer();
            while (data.hasRemaining() && channel.read(data) >= 0) {
                // FileChannel reads in chunks
            }
            send(packet, consumer);
        } finally {
            av_packet_free(packet);
        }
    }

    /** Drains the frames the decoder still holds. */
    void finish(FrameConsumer consumer) throws Refused, MediaRejectedException {
        avcodec_send_packet(context, null);
        receive(consumer);
    }

    private void receive(FrameConsumer consumer) throws Refused, MediaRejectedException {
        for (;;) {
            int received = avcodec_receive_frame(context, frame);
            if (received == AVERROR_EAGAIN() || received == AVERROR_EOF()) {
                return;
            }
            if (received < 0) {
                throw new Refused("decoding", received);
            }
            try {
                consumer.accept(frame);
            } finally {
                av_frame_unref(frame);
            }
        }
    }

    @Override
    public void close() {
        av_frame_free(frame);
        avcodec_free_context(context);
    }

    private static String describe(int error) {
        byte[] message = new byte[256];
        if (av_strerror(error, message, message.length) < 0) {
            return "error " + error;
        }
        int length = 0;
        while (length < message.length && message[length] != 0) {
            length++;
        }
        return new String(message, 0, length, java.nio.charset.StandardCharsets.UTF_8) + " (" + error + ")";
    }
}
