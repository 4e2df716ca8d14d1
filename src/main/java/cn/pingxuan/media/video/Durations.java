package cn.pingxuan.media.video;

/** Durations as players show them: whole seconds, "7:12" or "1:02:03". */
final class Durations {

    private Durations() {
    }

    static String clock(long millis) {
        long seconds = millis / 1000;
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0
                ? "%d:%02d:%02d".formatted(hours, minutes, seconds % 60)
                : "%d:%02d".formatted(minutes, seconds % 60);
    }
}
