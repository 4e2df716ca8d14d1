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
import java.util.Optional;
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

    public List<Asset> originals(long entryId) {
        return assets.findByEntryIdAndRoleOrderByOrdinal(entryId, AssetRole.ORIGINAL);
    }

    /** An original with its derivatives. */
    public Optional<WorkFile> work(long originalId) {
        return assets.findById(originalId).filter(Asset::isOriginal)
                .map(original -> new WorkFile(original, assets.findBySourceId(originalId)));
    }

    public Optional<Asset> find(long assetId) {
        return assets.findById(assetId);
    }

    /** Each entry's works in order: every original with the derivatives made from it. */
    public Map<Long, List<WorkFile>> worksOf(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        List<Asset> all = assets.findByEntryIdIn(entryIds);
        Map<Long, List<Asset>> derivatives = all.stream().filter(a -> a.sourceId() != null)
                .collect(Collectors.groupingBy(Asset::sourceId));
        return all.stream().filter(Asset::isOriginal)
                .sorted(java.util.Comparator.comparingInt(Asset::ordinal))
                .map(original -> new WorkFile(original, derivatives.getOrDefault(original.id(), List.of())))
                .collect(Collectors.groupingBy(work -> work.original().entryId()));
    }

    /**
     * Records a finished upload as the original at {@code ordinal}. An original already there is replaced
     * only now, once the new file is complete, and its file deleted. The media pipeline takes it from here.
     */
    public Asset recordOriginal(long entryId, int ordinal, String storageKey, @Nullable String fileName,
                                String contentType, long bytes, @Nullable String sha256) {
        List<Asset> previous = originals(entryId).stream().filter(a -> a.ordinal() == ordinal).toList();
        Asset recorded = assets.save(Asset.original(entryId, ordinal, storageKey, fileName, contentType, bytes, sha256));
        previous.forEach(this::delete);
        jobs.enqueue(JobType.MEDIA_PROCESS, "asset-" + recorded.id(), new MediaJob(recorded.id()));
        return recorded;
    }

    /** Removes the entry's original {@code assetId}; false when the entry has no such original. */
    public boolean remove(long entryId, long assetId) {
        Optional<Asset> original = assets.findById(assetId).filter(a -> a.entryId() == entryId && a.isOriginal());
        original.ifPresent(this::delete);
        return original.isPresent();
    }

    /**
     * An original goes with its derivatives (and, by foreign key, its fingerprint and similar pairs). The rows go
     * first: a file left behind by a failed delete is garbage, a row without its file would be a broken work.
     */
    private void delete(Asset original) {
        List<Asset> gone = new java.util.ArrayList<>(assets.findBySourceId(original.id()));
        gone.add(original);
        assets.deleteAll(gone);
        for (Asset asset : gone) {
            try {
                blobs.delete(asset.storageKey());
            } catch (RuntimeException e) {
                LOG.warn("Could not delete the file of asset {} ({}): {}", asset.id(), asset.storageKey(), e.getMessage());
            }
        }
    }
}
