package cn.pingxuan.media;

import cn.pingxuan.jobs.JobType;
import cn.pingxuan.jobs.Jobs;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The files of entries: recording a finished upload as the original, replacing and removing originals. */
@Singleton
public class MediaAssets {

    private static final Logger LOG = LoggerFactory.getLogger(MediaAssets.class);

    private final AssetRepository assets;
    private final BlobStore blobs;
    private final Jobs jobs;

    MediaAssets(AssetRepository assets, BlobStore blobs, Jobs jobs) {
        this.assets = assets;
        this.blobs = blobs;
        this.jobs = jobs;
    }

    public List<Asset> of(long entryId) {
        return assets.findAllOfEntry(entryId);
    }

    public List<Asset> originals(long entryId) {
        return assets.findByEntryIdAndRoleOrderByOrdinal(entryId, AssetRole.ORIGINAL);
    }

    public Map<Long, List<Asset>> originalsOf(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return assets.findByEntryIdInAndRole(entryIds, AssetRole.ORIGINAL).stream()
                .collect(Collectors.groupingBy(Asset::entryId));
    }

    /**
     * Records a finished upload as the original at {@code ordinal}. An original already there is replaced
     * only now, once the new file is complete, and its file deleted. The media pipeline takes it from here.
     */
    public Asset recordOriginal(long entryId, int ordinal, String storageKey, @Nullable String fileName,
                                String contentType, long bytes, @Nullable String sha256) {
        List<Asset> previous = originals(entryId).stream().filter(a -> a.ordinal() == ordinal).toList();
        Asset recorded = assets.save(new Asset(null, entryId, AssetRole.ORIGINAL, ordinal, storageKey, fileName, contentType,
                bytes, sha256, null, null, null, AssetStatus.PROCESSING, null, null, null));
        previous.forEach(this::delete);
        jobs.enqueue(JobType.MEDIA_PROCESS, "asset-" + recorded.id(), new MediaJob(recorded.id()));
        return recorded;
    }

    public void remove(long entryId, long assetId) {
        assets.findById(assetId).filter(a -> a.entryId() == entryId).ifPresent(this::delete);
    }

    /** The row goes first: a file left behind by a failed delete is garbage, a row without its file would be a broken work. */
    private void delete(Asset asset) {
        assets.delete(asset);
        try {
            blobs.delete(asset.storageKey());
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the file of asset {} ({}): {}", asset.id(), asset.storageKey(), e.getMessage());
        }
    }
}
