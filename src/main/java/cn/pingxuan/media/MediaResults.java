package cn.pingxuan.media;

import cn.pingxuan.originality.Originality;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records the outcome of processing an original. Derivatives are stored under keys fixed by the original and
 * the role, so a repeated attempt overwrites rather than adds; their rows replace any earlier attempt's in the
 * one transaction that marks the original ready, so an entry never shows half a set.
 */
@Singleton
class MediaResults {

    private static final Logger LOG = LoggerFactory.getLogger(MediaResults.class);

    private final AssetRepository assets;
    private final BlobStore blobs;
    private final Originality originality;

    MediaResults(AssetRepository assets, BlobStore blobs, Originality originality) {
        this.assets = assets;
        this.blobs = blobs;
        this.originality = originality;
    }

    void fail(Asset original, String reason) {
        assets.findById(original.id()).filter(a -> a.status() == AssetStatus.PROCESSING)
                .ifPresent(current -> assets.update(current.failed(reason)));
    }

    void succeed(Asset original, String digest, ProcessedMedia processed) throws IOException {
        List<Asset> derivatives = new ArrayList<>();
        for (Derivative derivative : processed.derivatives()) {
            String key = derivativeKey(original, derivative);
            try (InputStream in = Files.newInputStream(derivative.file())) {
                blobs.put(key, in, derivative.contentType());
            }
            derivatives.add(Asset.derivative(original, derivative, key, Files.size(derivative.file())));
        }
        if (!record(original, digest, processed, derivatives)) {
            derivatives.forEach(d -> deleteQuietly(d.storageKey()));
        }
    }

    /** False when the original was removed or replaced while it was processed. */
    @Transactional
    boolean record(Asset original, String digest, ProcessedMedia processed, List<Asset> derivatives) {
        Optional<Asset> current = assets.findByIdForUpdate(original.id()).filter(a -> a.status() == AssetStatus.PROCESSING);
        if (current.isEmpty()) {
            return false;
        }
        List<Asset> earlier = assets.findBySourceId(original.id());
        assets.deleteAll(earlier);
        assets.saveAll(derivatives);
        assets.update(current.get().ready(digest, processed));
        if (processed.fingerprint() != null) {
            originality.record(original.entryId(), original.id(), processed.fingerprint());
        }
        return true;
    }

    static String derivativeKey(Asset original, Derivative derivative) {
        String name = derivative.role().name().toLowerCase(Locale.ROOT);
        return "entries/" + original.entryId() + "/derived/" + original.id() + "/" + name + extension(derivative.contentType());
    }

    private static String extension(String contentType) {
        return switch (contentType.split(";")[0].strip()) {
            case "video/mp4" -> ".mp4";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "text/plain" -> ".txt";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete {}: {}", key, e.getMessage());
        }
    }
}
