package cn.pingxuan.media.video;

/** Probe results for the unit tests of the rules that work on them. */
final class VideoFixtures {

    private VideoFixtures() {
    }

    static VideoInfo video(int codedWidth, int codedHeight, int rotation) {
        return video(codedWidth, codedHeight, 1, rotation, 60_000);
    }

    static VideoInfo video(int codedWidth, int codedHeight, double pixelAspect, int rotation, long durationMs) {
        return new VideoInfo("MP4", "H.264", "AAC", durationMs, durationMs, 0, codedWidth, codedHeight, pixelAspect,
                rotation, 30, new ColorDescription(null, null, null), 2, 48000);
    }
}
