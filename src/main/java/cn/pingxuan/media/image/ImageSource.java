package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.upload.FileType;
import cn.pingxuan.upload.FileTypeSniffer;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An original opened by the decoder its content calls for: header read, pixels not yet decoded. */
sealed interface ImageSource extends Closeable permits ImageIoSource, WebpSource, HeifSource {

    ImageHeader header();

    /**
     * The stored pixels (orientation not applied), at least {@code minLongEdge} on their long edge unless the
     * original is smaller: decoders skip what a smaller picture does not need.
     */
    BufferedImage decode(int minLongEdge, MediaWork work) throws IOException, MediaRejectedException;

    /** Opens the file by what its bytes are (the name and the upload's claim do not count). */
    static ImageSource open(Path file) throws IOException, MediaRejectedException {
        FileType type = sniff(file);
        return switch (type) {
            case JPEG, PNG, GIF, TIFF, BMP -> ImageIoSource.open(file, type);
            case WEBP -> WebpSource.open(file);
            case HEIC, HEIF, AVIF -> HeifSource.open(file, type);
            default -> throw ImageRejections.notAnImage(type);
        };
    }

    /** The largest whole factor by which the picture can shrink while decoding and keep {@code minLongEdge}. */
    static int subsampling(int width, int height, int minLongEdge) {
        return Math.max(1, Math.max(width, height) / minLongEdge);
    }

    private static FileType sniff(Path file) throws IOException, MediaRejectedException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FileTypeSniffer.SNIFF_LENGTH);
        }
        if (head.length == 0) {
            throw ImageRejections.empty();
        }
        return FileTypeSniffer.sniff(head, head.length, head.length < FileTypeSniffer.SNIFF_LENGTH);
    }
}
