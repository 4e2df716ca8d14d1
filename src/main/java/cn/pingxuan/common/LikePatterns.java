package cn.pingxuan.common;

import io.micronaut.core.annotation.Nullable;

/** SQL LIKE patterns from what users type, with the wildcards in their text taken literally. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** "%text%" for a search box, or "%" (everything) when it is empty. */
    public static String containing(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
