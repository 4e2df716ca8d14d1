package cn.pingxuan.media;

import cn.pingxuan.jobs.JobHandler;
import cn.pingxuan.jobs.JobType;
import cn.pingxuan.storage.BlobInfo;
import cn.pingxuan.storage.BlobStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Processes a student's original: copies it to a private temp directory under a generated name, lets the
 * processor of its kind check it against the category and make the derivatives, and records the outcome.
 * A rejected file fails for good with the processor's reason; anything else is retried by the job queue,
 * and a retry (or another worker taking over a dead one's job) simply does the work again.
 */
@Singleton
class MediaProcessHandler implements JobHandler<MediaJob> {

    private static final Logger LOG = LoggerFactory.getLogger(MediaProcessHandler.class);

    private final AssetRepository assets;
    private final BlobStore blobs;
    private final List<MediaProcessor> processors;
    private final MediaLimitsSource limits;
    private final MediaResults results;
    private final MediaProperties properties;
    private final Clock clock;

    MediaProcessHandler(AssetRepository assets, BlobStore blobs, List<MediaProcessor> processors, MediaLimitsSource limits,
                        MediaResults results, MediaProperties properties, Clock clock) {
        this.assets = assets;
        this.blobs = blobs;
        this.processors = processors;
        this.limits = limits;
        this.results = results;
        this.properties = properties;
        this.clock = clock;
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
        if (found.isEmpty() || found.get().status() != AssetStatus.PROCESSING || !found.get().isOriginal()) {
            return; // replaced or removed meanwhile, or already done by an earlier attempt
        }
        Asset asset = found.get();
        Optional<BlobInfo> stored = blobs.stat(asset.storageKey());
        if (stored.isEmpty()) {
            results.fail(asset, "文件丢失，请重新上传");
            return;
        }
        if (stored.get().size() != asset.bytes()) {
            results.fail(asset, "文件不完整，请重新上传");
            return;
        }
        Optional<MediaProcessor> processor = processors.stream().filter(p -> p.accepts(asset.contentType())).findFirst();
        if (processor.isEmpty()) {
            results.fail(asset, "暂不支持处理这种文件，请换用比赛允许的格式重新上传");
            return;
        }
        Path workDir = Files.createTempDirectory(MediaTempSweep.PREFIX);
        try {
            // a generated name: nothing the student chose (name, extension) reaches the decoders
            Path original = workDir.resolve("original");
            String digest = copy(asset.storageKey(), original);
            if (asset.sha256() != null && !asset.sha256().equals(digest)) {
                throw new IOException("stored file of asset " + asset.id() + " does not match its upload digest");
            }
            MediaWork work = new MediaWork(Files.createDirectory(workDir.resolve("out")), limits.limitsOf(asset.entryId()),
                    new StoredProgress(asset.id(), assets, clock), clock.instant().plus(properties.timeLimit()), clock);
            ProcessedMedia processed;
            try {
                processed = processor.get().process(original, work);
            } catch (MediaRejectedException rejected) {
                results.fail(asset, rejected.getMessage());
                return;
            }
            results.succeed(asset, digest, processed);
        } finally {
            MediaTempSweep.deleteRecursively(workDir);
        }
    }

    @Override
    public void gaveUp(MediaJob job, Throwable lastFailure) {
        LOG.warn("Giving up processing asset {}", job.assetId(), lastFailure);
        assets.findById(job.assetId()).filter(a -> a.status() == AssetStatus.PROCESSING)
                .ifPresent(a -> results.fail(a, "文件处理失败，请重新上传；多次失败请联系比赛组织者"));
    }

    private String copy(String key, Path target) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(blobs.get(key), digest); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
