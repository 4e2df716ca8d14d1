package cn.pingxuan.media.image;

import cn.pingxuan.media.FfmpegInput;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.PackedPixels;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.upload.FileType;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;

/**
 * HEIC/HEIF (and AVIF) through the bundled FFmpeg, opened with the hardened {@link FfmpegInput}: the demuxer
 * reads the item structure, each tile is decoded on its own and shrunk into its place, so no full-size picture
 * exists unless the display size needs it.
 */
final class HeifSource implements ImageSource {

    private final FFmpegFrameGrabber grabber;
    private final FileType type;
    private final HeifPicture picture;
    private final ImageHeader header;

    private HeifSource(FFmpegFrameGrabber grabber, FileType type, HeifPicture picture) {
        this.grabber = grabber;
        this.type = type;
        this.picture = picture;
        this.header = new ImageHeader(type.displayName(), picture.width(), picture.height(), picture.orientation(), null);
    }

    static HeifSource open(Path file, FileType type) throws IOException, MediaRejectedException {
        FFmpegFrameGrabber grabber = FfmpegInput.grabber(file);
        // no RGB buffer sized by what the file claims: the pictures are decoded here, not by the grabber
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        try {
            grabber.start();
            return new HeifSource(grabber, type, HeifPicture.of(grabber.getFormatContext()));
        } catch (FrameGrabber.Exception | FfmpegDecoder.Refused | RuntimeException unreadable) {
            grabber.close();
            throw ImageRejections.heifUnreadable(type, unreadable);
        }
    }

    @Override
    public ImageHeader header() {
        return header;
    }

    @Override
    public BufferedImage decode(int minLongEdge, MediaWork work) throws IOException, MediaRejectedException {
        int factor = factor(minLongEdge);
        int width = Math.max(1, picture.width() / factor);
        int height = Math.max(1, picture.height() / factor);
        boolean single = picture.tiles().size() == 1;
        int tileWidth = single ? width : picture.tileWidth() / factor;
        int tileHeight = single ? height : picture.tileHeight() / factor;
        int[] canvas = new int[width * height];
        Map<Integer, List<HeifPicture.Tile>> byStream = new HashMap<>();
        for (HeifPicture.Tile tile : picture.tiles()) {
            byStream.computeIfAbsent(tile.stream(), s -> new ArrayList<>()).add(tile);
        }
        Queue<List<HeifPicture.Tile>> sent = new ArrayDeque<>();
        int[] placed = {0};
        AVFormatContext format = grabber.getFormatContext();
        AVPacket packet = av_packet_alloc();
        try (FfmpegDecoder decoder = FfmpegDecoder.open(picture.codec(), picture.tileWidth(), picture.tileHeight());
             FrameScaler scaler = new FrameScaler()) {
            FfmpegDecoder.FrameConsumer place = frame -> {
                List<HeifPicture.Tile> places = sent.remove();
                if (frame.width() != picture.tileWidth() || frame.height() != picture.tileHeight()) {
                    throw new FfmpegDecoder.Refused("tile of " + frame.width() + "×" + frame.height(), -1);
                }
                int[] pixels = scaler.toArgb(frame, tileWidth, tileHeight);
                for (HeifPicture.Tile tile : places) {
                    paste(pixels, tileWidth, tileHeight, canvas, width, height,
                            (tile.x() - picture.left()) / factor, (tile.y() - picture.top()) / factor);
                    placed[0]++;
                }
            };
            while (av_read_frame(format, packet) >= 0) {
                List<HeifPicture.Tile> places = byStream.get(packet.stream_index());
                if (places != null) {
                    sent.add(places);
                    decoder.send(packet, place);
                    work.checkTime();
                }
                av_packet_unref(packet);
            }
            decoder.finish(place);
        } catch (FfmpegDecoder.Refused | RuntimeException unreadable) {
            throw ImageRejections.heifUnreadable(type, unreadable);
        } finally {
            av_packet_free(packet);
        }
        if (placed[0] != picture.tiles().size()) {
            throw ImageRejections.broken(new IOException(placed[0] + " of " + picture.tiles().size() + " tiles"));
        }
        return PackedPixels.image(canvas, width, height, false, picture.colours());
    }

    /** A whole shrink factor; tiles must shrink to whole pixels, or seams would show. */
    private int factor(int minLongEdge) {
        int factor = ImageSource.subsampling(picture.width(), picture.height(), minLongEdge);
        if (picture.tiles().size() == 1) {
            return factor;
        }
        while (factor > 1 && (picture.tileWidth() % factor != 0 || picture.tileHeight() % factor != 0
                || picture.left() % factor != 0 || picture.top() % factor != 0)) {
            factor--;
        }
        return factor;
    }

    private static void paste(int[] tile, int tileWidth, int tileHeight, int[] canvas, int width, int height,
                              int x, int y) {
        int from = Math.max(0, -x);
        int to = Math.min(tileWidth, width - x);
        for (int row = Math.max(0, -y); row < tileHeight && y + row < height; row++) {
            if (to > from) {
                System.arraycopy(tile, row * tileWidth + from, canvas, (y + row) * width + x + from, to - from);
            }
        }
    }

    @Override
    public void close() throws IOException {
        grabber.close();
    }
}
