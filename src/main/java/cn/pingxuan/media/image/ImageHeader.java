package cn.pingxuan.media.image;

import io.micronaut.core.annotation.Nullable;

/**
 * What an original's header says, read before any pixel is decoded.
 *
 * @param format      the format's name as students know it ("JPEG", "HEIC")
 * @param width       stored width, before {@code orientation}
 * @param height      stored height
 * @param orientation how the stored pixels are turned for display
 * @param colour      the stored colour model for organizers ("CMYK", "RGBA"), when known
 */
record ImageHeader(String format, int width, int height, ExifOrientation orientation, @Nullable String colour) {

    long pixels() {
        return (long) width * height;
    }

    int displayedWidth() {
        return orientation.displayedWidth(width, height);
    }

    int displayedHeight() {
        return orientation.displayedHeight(width, height);
    }

    /** "JPEG 6000×4000 · CMYK": the displayed size, as the student sees the picture. */
    String details() {
        String size = format + " " + displayedWidth() + "×" + displayedHeight();
        return colour == null ? size : size + " · " + colour;
    }
}
