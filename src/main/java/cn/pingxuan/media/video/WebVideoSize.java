package cn.pingxuan.media.video;

/**
 * The web video's frame as encoded (before its display rotation): the source's shape in square pixels with the short
 * edge at most the bound, so 720p means 1280×720 for a landscape and 720×1280 for a phone video. Sides are even
 * (4:2:0 chroma needs it) and the source is never enlarged.
 */
record WebVideoSize(int width, int height) {

    static WebVideoSize of(VideoInfo source, int maxShortEdge) {
        double width = source.codedWidth() * source.pixelAspect();
        double height = source.codedHeight();
        double scale = Math.min(1, maxShortEdge / Math.min(width, height));
        return new WebVideoSize(even(width * scale), even(height * scale));
    }

    /** The size as shown once the source's display rotation is applied. */
    WebVideoSize shown(VideoInfo source) {
        return source.quarterTurned() ? new WebVideoSize(height, width) : this;
    }

    private static int even(double side) {
        return Math.max(2, (int) Math.round(side) & ~1);
    }
}
