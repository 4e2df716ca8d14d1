package cn.pingxuan.media.image;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avformat.AVStreamGroupTileGrid;
import org.bytedeco.javacpp.IntPointer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_ICC_PROFILE;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_DEFAULT;
import static org.bytedeco.ffmpeg.global.avformat.AV_STREAM_GROUP_PARAMS_TILE_GRID;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;

/**
 * The primary picture of a HEIF file (HEIC, AVIF) as FFmpeg's mov demuxer exposes it: one item stream, or a
 * tile grid (iPhones store 512×512 HEVC tiles) whose tiles are streams of their own; turned by its irot/imir
 * properties, which FFmpeg reports as a display matrix.
 *
 * @param tiles      where each tile stream's picture goes, in coded-grid pixels
 * @param codec      the tiles' codec parameters (a grid's tiles share them)
 * @param left       the shown window's offset in the coded grid
 * @param width      the shown window's size: the picture's stored size
 * @param colours    the RGB colour space of its ICC profile (iPhones: Display P3), or sRGB
 */
record HeifPicture(List<Tile> tiles, AVCodecParameters codec, int tileWidth, int tileHeight, int left, int top,
                   int width, int height, ExifOrientation orientation, ColorSpace colours) {

    record Tile(int stream, int x, int y) {
    }

    private static final int MAX_PROFILE_BYTES = 4 << 20;
    private static final ExifOrientation[] ROTATED = {ExifOrientation.NORMAL, ExifOrientation.ROTATE_90_CLOCKWISE,
            ExifOrientation.ROTATE_180, ExifOrientation.ROTATE_270_CLOCKWISE};
    /** A mirror after each of the turns above. */
    private static final ExifOrientation[] MIRRORED = {ExifOrientation.MIRROR_HORIZONTAL, ExifOrientation.TRANSPOSE,
            ExifOrientation.MIRROR_VERTICAL, ExifOrientation.TRANSVERSE};

    /** The primary item: marked default by the demuxer; otherwise a grid, otherwise the largest picture. */
    static HeifPicture of(AVFormatContext format) throws FfmpegDecoder.Refused {
        AVStreamGroup grid = null;
        for (int i = 0; i < format.nb_stream_groups(); i++) {
            AVStreamGroup group = format.stream_groups(i);
            if (group.type() == AV_STREAM_GROUP_PARAMS_TILE_GRID && (grid == null || isDefault(group.disposition()))) {
                grid = group;
            }
        }
        AVStream stream = primaryStream(format);
        if (grid != null && (isDefault(grid.disposition()) || stream == null || !isDefault(stream.disposition()))) {
            return grid(grid);
        }
        if (stream == null) {
            throw new FfmpegDecoder.Refused("no picture in the file", -1);
        }
        AVCodecParameters codec = stream.codecpar();
        return new HeifPicture(List.of(new Tile(stream.index(), 0, 0)), codec, codec.width(), codec.height(), 0, 0,
                codec.width(), codec.height(), orientation(codec.coded_side_data(), codec.nb_coded_side_data()),
                colours(codec.coded_side_data(), codec.nb_coded_side_data()));
    }

    private static boolean isDefault(int disposition) {
        return (disposition & AV_DISPOSITION_DEFAULT) != 0;
    }

    /** The default video stream, or else the largest: HEIF files also carry thumbnails and depth maps. */
    private static AVStream primaryStream(AVFormatContext format) {
        AVStream best = null;
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            AVCodecParameters codec = stream.codecpar();
            if (codec.codec_type() != AVMEDIA_TYPE_VIDEO) {
                continue;
            }
            if (isDefault(stream.disposition())) {
                return stream;
            }
            if (best == null || (long) codec.width() * codec.height()
                    > (long) best.codecpar().width() * best.codecpar().height()) {
                best = stream;
            }
        }
        return best;
    }

    private static HeifPicture grid(AVStreamGroup group) throws FfmpegDecoder.Refused {
        AVStreamGroupTileGrid grid = group.params_tile_grid();
        if (grid.nb_tiles() <= 0) {
            throw new FfmpegDecoder.Refused("empty tile grid", -1);
        }
        AVCodecParameters codec = group.streams(grid.offsets_idx(0)).codecpar();
        List<Tile> tiles = new ArrayList<>();
        for (int t = 0; t < grid.nb_tiles(); t++) {
            AVStream stream = group.streams(grid.offsets_idx(t));
            AVCodecParameters tile = stream.codecpar();
            if (tile.width() != codec.width() || tile.height() != codec.height() || tile.codec_id() != codec.codec_id()) {
                throw new FfmpegDecoder.Refused("tiles of different kinds", -1);
            }
            tiles.add(new Tile(stream.index(), grid.offsets_horizontal(t), grid.offsets_vertical(t)));
        }
        return new HeifPicture(List.copyOf(tiles), codec, codec.width(), codec.height(), grid.horizontal_offset(),
                grid.vertical_offset(), grid.width(), grid.height(),
                orientation(grid.coded_side_data(), grid.nb_coded_side_data()),
                colours(grid.coded_side_data(), grid.nb_coded_side_data()));
    }

    /** The colour space of the ICC profile FFmpeg found in the item's colr property; sRGB without a usable one. */
    private static ColorSpace colours(AVPacketSideData sideData, int count) {
        AVPacketSideData icc = sideData == null ? null
                : av_packet_side_data_get(sideData, count, AV_PKT_DATA_ICC_PROFILE);
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        if (icc == null || icc.size() <= 0 || icc.size() > MAX_PROFILE_BYTES) {
            return srgb;
        }
        byte[] profile = new byte[(int) icc.size()];
        icc.data().get(profile);
        try {
            ColorSpace space = ColorSpaces.createColorSpace(ICC_Profile.getInstance(profile));
            return space.getType() == ColorSpace.TYPE_RGB ? space : srgb;
        } catch (RuntimeException unusable) { // IllegalArgumentException, CMMException, ProfileDataException
            return srgb;
        }
    }

    /**
     * A display matrix as an EXIF orientation. A mirrored matrix (negative determinant) is a horizontal mirror
     * after a turn; FFmpeg's rotation angle is counterclockwise.
     */
    private static ExifOrientation orientation(AVPacketSideData sideData, int count) {
        AVPacketSideData display = sideData == null ? null
                : av_packet_side_data_get(sideData, count, AV_PKT_DATA_DISPLAYMATRIX);
        if (display == null || display.size() < 9 * Integer.BYTES) {
            return ExifOrientation.NORMAL;
        }
        int[] matrix = new int[9];
        new IntPointer(display.data()).get(matrix);
        boolean mirrored = (long) matrix[0] * matrix[4] - (long) matrix[1] * matrix[3] < 0;
        if (mirrored) {
            for (int i = 0; i < 9; i += 3) {
                matrix[i] = -matrix[i];
            }
        }
        double counterclockwise = av_display_rotation_get(matrix);
        int quarters = Double.isNaN(counterclockwise) ? 0 : Math.floorMod(Math.round(-counterclockwise / 90), 4);
        return mirrored ? MIRRORED[quarters] : ROTATED[quarters];
    }
}
