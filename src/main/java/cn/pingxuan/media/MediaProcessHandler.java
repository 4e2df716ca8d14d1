package cn.pingxuan.media;

import cn.pingxuan.jobs.JobHandler;
import cn.pingxuan.jobs.JobType;
import cn.pingxuan.storage.BlobInfo;
import cn.pingxuan.storage.BlobStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Processes a student's original: checks the stored file is whole and records its SHA-256, then marks it
 * usable. The upload already proved its type from the content.
 */
@Singleton
class MediaProcessHandler implements JobHandler<MediaJob> {

    private static final Logger LOG = LoggerFactory.getLogger(MediaProcessHandler.class);

    private final AssetRepository assets;
    private final BlobStore blobs;

    MediaProcessHandler(AssetRepository assets, BlobStore blobs) {
        this.assets = assets;
        this.blobs = blobs;
    }

    @Override
    public JobType type() {
        return JobType.MEDIA_PROCESS;
    }

    @Override
    public Class<MediaJob> payloadType() {
        return MediaJob.class;
    }

    @Override
    public void handle(MediaJob job) throws Exception {
        Optional<Asset> found = assets.findById(job.assetId());
        if (found.isEmpty() || found.get().status() != AssetStatus.PROCESSING) {
            return; // replaced or removed meanwhile, or already done by an earlier attempt
        }
        Asset asset = found.get();
        Optional<BlobInfo> stored = blobs.stat(asset.storageKey());
        if (stored.isEmpty()) {
            assets.update(asset.failed("文件丢失，请重新上传"));
            return;
        }
        if (stored.get().size() != asset.bytes()) {
            assets.update(asset.failed("文件不完整，请重新上传"));
            return;
        }
        String digest = asset.sha256() != null ? asset.sha256() : sha256(asset.storageKey());
        assets.update(asset.ready(digest));
    }

    @Override
    public void gaveUp(MediaJob job, Throwable lastFailure) {
        LOG.warn("Giving up processing asset {}", job.assetId(), lastFailure);
        assets.findById(job.assetId()).filter(a -> a.status() == AssetStatus.PROCESSING)
                .ifPresent(a -> assets.update(a.failed("文件处理失败，请重新上传；多次失败请联系比赛组织者")));
    }

    private String sha256(String key) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = blobs.get(key)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
