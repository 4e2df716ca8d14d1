package cn.pingxuan.media.image;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A HEIC file as iPhones structure them (ISO/IEC 23008-12): the picture as one HEVC item, or as a grid of equal
 * HEVC tiles cropped to the picture's size; optionally turned by {@code irot}, mirrored by {@code imir}, tagged with
 * an ICC profile, in full-range YUV. The bundled ffmpeg encodes the tiles (libx265, all intra); no ffmpeg muxer
 * writes HEIF.
 *
 * @param tile          tile edge in pixels, or 0 for a single item
 * @param anticlockwise irot: quarter turns anticlockwise (0–3)
 * @param mirrorAxis    imir axis (libheif and FFmpeg: 0 swaps top and bottom, 1 left and right), or -1 for none
 * @param iccProfile    a colr property of type prof (iPhones embed Display P3), or null
 * @param fullRange     YUV in the full 0–255 range, as iPhones write it (x265's default is the video range)
 */
record HeifFile(int tile, int anticlockwise, int mirrorAxis, byte[] iccProfile, boolean fullRange) {

    static HeifFile single() {
        return new HeifFile(0, 0, -1, null, false);
    }

    static HeifFile grid(int tile) {
        return new HeifFile(tile, 0, -1, null, false);
    }

    HeifFile turned(int quarterTurnsAnticlockwise) {
        return new HeifFile(tile, quarterTurnsAnticlockwise, mirrorAxis, iccProfile, fullRange);
    }

    HeifFile mirrored(int axis) {
        return new HeifFile(tile, anticlockwise, axis, iccProfile, fullRange);
    }

    HeifFile profiled(byte[] profile) {
        return new HeifFile(tile, anticlockwise, mirrorAxis, profile, fullRange);
    }

    HeifFile inFullRange() {
        return new HeifFile(tile, anticlockwise, mirrorAxis, iccProfile, true);
    }

    Path write(BufferedImage picture, Path file) throws IOException, InterruptedException {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int tileWidth = tile > 0 ? tile : width;
        int tileHeight = tile > 0 ? tile : height;
        int columns = (width + tileWidth - 1) / tileWidth;
        int rows = (height + tileHeight - 1) / tileHeight;
        Hevc hevc = encodeTiles(picture, tileWidth, tileHeight, columns, rows,
                file.resolveSibling(file.getFileName() + ".work"));
        Files.write(file, container(hevc, tileWidth, tileHeight, width, height, rows, columns));
        return file;
    }

    private record Hevc(byte[] configuration, List<byte[]> pictures) {
    }

    /** The tiles as frames of one all-intra stream; each frame is one tile's coded picture. */
    private Hevc encodeTiles(BufferedImage picture, int tileWidth, int tileHeight, int columns, int rows, Path work)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path raw = work.resolve("tiles.rgb");
        Path stream = work.resolve("tiles.hevc");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    for (int y = 0; y < tileHeight; y++) {
                        for (int x = 0; x < tileWidth; x++) {
                            // the grid's right and bottom tiles reach past the picture: repeat its edge
                            int rgb = picture.getRGB(Math.min(column * tileWidth + x, picture.getWidth() - 1),
                                    Math.min(row * tileHeight + y, picture.getHeight() - 1));
                            out.write(rgb >> 16);
                            out.write(rgb >> 8);
                            out.write(rgb);
                        }
                    }
                }
            }
        }
        BundledFfmpeg.run("-f", "rawvideo", "-pix_fmt", "rgb24", "-s", tileWidth + "x" + tileHeight, "-r", "1",
                "-i", raw.toString(), "-c:v", "libx265", "-x265-params", "keyint=1:bframes=0:info=0:log-level=error",
                "-pix_fmt", fullRange ? "yuvj420p" : "yuv420p", "-f", "hevc", stream.toString());
        byte[] vps = null;
        byte[] sps = null;
        byte[] pps = null;
        List<byte[]> pictures = new ArrayList<>();
        for (byte[] nal : annexB(Files.readAllBytes(stream))) {
            int type = (nal[0] >> 1) & 0x3f;
            switch (type) {
                case 32 -> vps = vps == null ? nal : vps;
                case 33 -> sps = sps == null ? nal : sps;
                case 34 -> pps = pps == null ? nal : pps;
                default -> {
                    if (type < 32) {
                        pictures.add(concat(u32(nal.length), nal));
                    }
                }
            }
        }
        if (pictures.size() != rows * columns) {
            throw new IOException(pictures.size() + " pictures for " + rows * columns + " tiles");
        }
        return new Hevc(hvcC(vps, sps, pps), pictures);
    }

    private static List<byte[]> annexB(byte[] stream) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 2 < stream.length; i++) {
            if (stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1) {
                starts.add(i + 3);
                i += 2;
            }
        }
        List<byte[]> units = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) - 3 : stream.length;
            while (to > from && stream[to - 1] == 0) {
                to--;
            }
            units.add(Arrays.copyOfRange(stream, from, to));
        }
        return units;
    }

    /** HEVCDecoderConfigurationRecord; the profile bytes are copied from the SPS. */
    private static byte[] hvcC(byte[] vps, byte[] sps, byte[] pps) {
        byte[] rbsp = withoutEmulationPrevention(sps);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        out.write(rbsp, 3, 12); // profile space, tier, profile, compatibility flags, constraint flags, level
        out.writeBytes(new byte[] {(byte) 0xf0, 0x00, (byte) 0xfc, (byte) 0xfd, (byte) 0xf8, (byte) 0xf8, 0, 0, 0x0f});
        out.write(3);
        for (byte[] nal : List.of(vps, sps, pps)) {
            out.write(0x80 | ((nal[0] >> 1) & 0x3f));
            out.writeBytes(u16(1));
            out.writeBytes(u16(nal.length));
            out.writeBytes(nal);
        }
        return out.toByteArray();
    }

    private static byte[] withoutEmulationPrevention(byte[] nal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int zeros = 0;
        for (byte b : nal) {
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            out.write(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return out.toByteArray();
    }

    private byte[] container(Hevc hevc, int tileWidth, int tileHeight, int width, int height, int rows, int columns) {
        boolean grid = tile > 0;
        int tiles = hevc.pictures().size();
        int primary = grid ? tiles + 1 : 1;
        int items = grid ? tiles + 1 : 1;
        // properties, numbered from 1: hvcC, ispe of a tile, ispe of the picture, then colr, irot and imir if any
        List<byte[]> properties = new ArrayList<>(List.of(box("hvcC", hevc.configuration()),
                fullBox("ispe", 0, 0, u32(tileWidth), u32(tileHeight)), fullBox("ispe", 0, 0, u32(width), u32(height))));
        List<Integer> own = new ArrayList<>(); // the picture's own properties, after its size
        if (iccProfile != null) {
            properties.add(box("colr", ascii("prof"), iccProfile));
            own.add(properties.size());
        }
        if (anticlockwise != 0) {
            properties.add(box("irot", new byte[] {(byte) anticlockwise}));
            own.add(0x80 | properties.size());
        }
        if (mirrorAxis >= 0) {
            properties.add(box("imir", new byte[] {(byte) mirrorAxis}));
            own.add(0x80 | properties.size());
        }
        List<byte[]> itemInfos = new ArrayList<>();
        List<byte[]> associations = new ArrayList<>();
        for (int item = 1; item <= tiles; item++) {
            itemInfos.add(fullBox("infe", 2, grid ? 1 : 0, u16(item), u16(0), ascii("hvc1"), new byte[1]));
            List<Integer> associated = new ArrayList<>(List.of(0x81, grid ? 2 : 3));
            if (!grid) {
                associated.addAll(own);
            }
            associations.add(association(item, associated));
        }
        byte[] gridData = concat(new byte[] {0, 0, (byte) (rows - 1), (byte) (columns - 1)}, u16(width), u16(height));
        if (grid) {
            itemInfos.add(fullBox("infe", 2, 0, u16(primary), u16(0), ascii("grid"), new byte[1]));
            List<Integer> associated = new ArrayList<>(List.of(3));
            associated.addAll(own);
            associations.add(association(primary, associated));
        }
        List<byte[]> meta = new ArrayList<>(List.of(
                fullBox("hdlr", 0, 0, u32(0), ascii("pict"), new byte[12], new byte[1]),
                fullBox("pitm", 0, 0, u16(primary)),
                fullBox("iinf", 0, 0, u16(items), concat(itemInfos))));
        if (grid) {
            List<byte[]> references = new ArrayList<>(List.of(u16(primary), u16(tiles)));
            for (int item = 1; item <= tiles; item++) {
                references.add(u16(item));
            }
            meta.add(fullBox("iref", 0, 0, box("dimg", concat(references))));
        }
        meta.add(box("iprp", box("ipco", concat(properties)), fullBox("ipma", 0, 0, u32(items), concat(associations))));
        if (grid) {
            meta.add(box("idat", gridData));
        }
        byte[] ftyp = box("ftyp", ascii("heic"), u32(0), ascii("mif1heic"));
        // iloc version 1 with 4-byte offsets and lengths; tiles point into mdat, the grid description into idat
        int ilocSize = 12 + 4 + items * 16;
        long offset = ftyp.length + 12 + concat(meta).length + ilocSize + 8;
        List<byte[]> locations = new ArrayList<>();
        for (int item = 1; item <= tiles; item++) {
            byte[] coded = hevc.pictures().get(item - 1);
            locations.add(concat(u16(item), u16(0), u16(0), u16(1), u32(offset), u32(coded.length)));
            offset += coded.length;
        }
        if (grid) {
            locations.add(concat(u16(primary), u16(1), u16(0), u16(1), u32(0), u32(gridData.length)));
        }
        meta.add(fullBox("iloc", 1, 0, new byte[] {0x44, 0x00}, u16(items), concat(locations)));
        return concat(ftyp, fullBox("meta", 0, 0, concat(meta)), box("mdat", concat(hevc.pictures())));
    }

    private static byte[] association(int item, List<Integer> properties) {
        byte[] indexes = new byte[properties.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = properties.get(i).byteValue();
        }
        return concat(u16(item), new byte[] {(byte) indexes.length}, indexes);
    }

    private static byte[] box(String type, byte[]... content) {
        byte[] body = concat(content);
        return concat(u32(8 + body.length), ascii(type), body);
    }

    private static byte[] fullBox(String type, int version, int flags, byte[]... content) {
        return box(type, concat(u32((long) version << 24 | flags), concat(content)));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] u16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    private static byte[] u32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static byte[] concat(byte[]... parts) {
        return concat(Arrays.asList(parts));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
