package cn.pingxuan.media.essay;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.util.List;

/**
 * POI's zip-bomb guards ({@link ZipSecureFile}) check what is really inflated, so they catch entries whose declared
 * sizes lie. POI keeps them process-wide, not per file; they are only ever tightened here, never loosened, so the
 * user import's workbooks (read by the same POI) stay at least as safe as before.
 */
final class PoiZipLimits {

    /** POI throws plain IOExceptions for these; only their messages tell them apart from a broken file. */
    private static final List<String> POI_REFUSALS = List.of("Zip bomb detected", "potentially malicious");

    private PoiZipLimits() {
    }

    static void tightenTo(long maxEntryBytes, int maxEntries, double minInflateRatio) {
        synchronized (ZipSecureFile.class) {
            if (ZipSecureFile.getMaxEntrySize() > maxEntryBytes) {
                ZipSecureFile.setMaxEntrySize(maxEntryBytes);
            }
            if (ZipSecureFile.getMaxFileCount() > maxEntries) {
                ZipSecureFile.setMaxFileCount(maxEntries);
            }
            if (ZipSecureFile.getMinInflateRatio() < minInflateRatio) {
                ZipSecureFile.setMinInflateRatio(minInflateRatio);
            }
        }
    }

    /** Whether POI refused to inflate a part of the file (somewhere in the cause chain). */
    static boolean refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && POI_REFUSALS.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
