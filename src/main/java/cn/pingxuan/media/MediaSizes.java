package cn.pingxuan.media;

/** Pixel bounds of the derivatives (long edge), shared by the video and image processors. */
public final class MediaSizes {

    public static final int DISPLAY = 2048;
    public static final int THUMB_LARGE = 640;
    public static final int THUMB_SMALL = 240;

    private MediaSizes() {
    }
}
