package cn.pingxuan.media.video;

/**
 * The web video's frame grid: a constant rate, whatever the source's timing (phones record at a variable rate), so
 * every source frame lands on the slot nearest its timestamp.
 *
 * @param fps         output frames per second
 * @param startMicros the source's start time: slot 0
 */
record ConstantFrameRate(double fps, long startMicros) {

    static final double MAX_FPS = 30;
    private static final double[] STANDARD_RATES = {24000 / 1001.0, 24, 25, 30000 / 1001.0, 30};
    private static final double SNAP_TOLERANCE = 0.01;

    /** The source's average rate capped at 30; near a standard rate it becomes that rate, else whole frames per second. */
    static ConstantFrameRate forSource(double averageFps, long startMicros) {
        if (!(averageFps > 0) || averageFps > 1000) {
            return new ConstantFrameRate(MAX_FPS, startMicros); // unknown or nonsense
        }
        double capped = Math.min(averageFps, MAX_FPS);
        double nearest = STANDARD_RATES[0];
        for (double rate : STANDARD_RATES) {
            if (Math.abs(capped - rate) < Math.abs(capped - nearest)) {
                nearest = rate;
            }
        }
        double fps = Math.abs(capped - nearest) <= nearest * SNAP_TOLERANCE ? nearest : Math.max(1, Math.round(capped));
        return new ConstantFrameRate(fps, startMicros);
    }

    /** The slot a source frame shown at this timestamp belongs in; negative before the start. */
    long slotOf(long timestampMicros) {
        return Math.round((timestampMicros - startMicros) * fps / 1_000_000);
    }

    long millisOf(long slots) {
        return Math.round(slots * 1000 / fps);
    }
}
