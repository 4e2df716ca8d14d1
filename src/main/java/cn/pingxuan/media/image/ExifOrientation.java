package cn.pingxuan.media.image;

import cn.pingxuan.media.PackedPixels;
import cn.pingxuan.media.Renditions;
import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * How stored pixels are to be turned for display: the EXIF/TIFF Orientation tag's eight values, in tag order
 * (1 = as stored … 8). Cameras store portrait photos sideways and only set this tag.
 */
enum ExifOrientation {
    NORMAL,
    MIRROR_HORIZONTAL,
    ROTATE_180,
    MIRROR_VERTICAL,
    TRANSPOSE,
    ROTATE_90_CLOCKWISE,
    TRANSVERSE,
    ROTATE_270_CLOCKWISE;

    /** The tag's value (1–8); anything else, as viewers do, means as stored. */
    static ExifOrientation ofTag(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /**
     * The Orientation of IFD0 in a TIFF structure (an EXIF block, or a TIFF file); {@link #NORMAL} when it is
     * missing or unreadable: a broken EXIF block must not cost a student the photo.
     */
    static ExifOrientation ofTiff(ImageInputStream tiff) {
        try {
            Directory directory = new TIFFReader().read(tiff);
            Directory first = directory instanceof CompoundDirectory compound && compound.directoryCount() > 0
                    ? compound.getDirectory(0) : directory;
            Entry entry = first.getEntryById(TIFF.TAG_ORIENTATION);
            return entry != null && entry.getValue() instanceof Number number ? ofTag(number.intValue()) : NORMAL;
        } catch (IOException | RuntimeException unreadable) {
            return NORMAL;
        }
    }

    static ExifOrientation ofTiff(byte[] tiff) {
        return ofTiff(new MemoryCacheImageInputStream(new ByteArrayInputStream(tiff)));
    }

    /** Whether the displayed picture's width is the stored height. */
    boolean swapsAxes() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    int displayedWidth(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedHeight : storedWidth;
    }

    int displayedHeight(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedWidth : storedHeight;
    }

    /** The picture as it is meant to be seen, as opaque sRGB. */
    BufferedImage applyTo(BufferedImage image) {
        BufferedImage rgb = Renditions.opaqueRgb(image);
        if (this == NORMAL) {
            return rgb;
        }
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] stored = (int[]) rgb.getRaster().getDataElements(0, 0, width, height, null);
        int shownWidth = displayedWidth(width, height);
        int shownHeight = displayedHeight(width, height);
        int[] shown = new int[shownWidth * shownHeight];
        // along a displayed row the stored index moves by a fixed step
        int step = step(width);
        for (int y = 0; y < shownHeight; y++) {
            int source = rowStart(y, width, height);
            int target = y * shownWidth;
            for (int x = 0; x < shownWidth; x++, source += step) {
                shown[target + x] = stored[source];
            }
        }
        return PackedPixels.image(shown, shownWidth, shownHeight, false);
    }

    /** The stored index of the first pixel of displayed row {@code y}. */
    private int rowStart(int y, int width, int height) {
        return switch (this) {
            case NORMAL -> y * width;
            case MIRROR_HORIZONTAL -> y * width + width - 1;
            case ROTATE_180 -> (height - 1 - y) * width + width - 1;
            case MIRROR_VERTICAL -> (height - 1 - y) * width;
            case TRANSPOSE -> y;
            case ROTATE_90_CLOCKWISE -> (height - 1) * width + y;
            case TRANSVERSE -> (height - 1) * width + width - 1 - y;
            case ROTATE_270_CLOCKWISE -> width - 1 - y;
        };
    }

    private int step(int width) {
        return switch (this) {
            case NORMAL, MIRROR_VERTICAL -> 1;
            case MIRROR_HORIZONTAL, ROTATE_180 -> -1;
            case TRANSPOSE, ROTATE_270_CLOCKWISE -> width;
            case ROTATE_90_CLOCKWISE, TRANSVERSE -> -width;
        };
    }
}
