package cn.pingxuan.storage;

import com.google.common.collect.ImmutableMultimap;
import io.micronaut.context.annotation.Requires;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.http.HttpUtils;
import io.minio.http.Method;
import io.minio.messages.ListMultipartUploadsResult;
import io.minio.messages.ListPartsResult;
import io.minio.messages.Part;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Blobs as objects in one S3 bucket (MinIO in production), created at startup if missing. The MinIO SDK
 * holds each part in memory while it signs and sends it: one {@value #STREAM_PART_SIZE}-byte part for
 * {@link #put}, a copy of the whole part for a streamed {@link #putPart} (an array is sent as it is).
 */
@Singleton
@Requires(property = "pingxuan.storage.type", value = "s3")
public class S3BlobStore implements BlobStore {

    /** 10 MiB × S3's 10,000 parts bounds {@link #put} at about 97 GiB. */
    private static final long STREAM_PART_SIZE = 10L * 1024 * 1024;
    private static final int PAGE_SIZE = 1000;

    private final MinioAsyncClient client;
    private final MinioAsyncClient presigner;
    /** Gives up on the whole call after the probe timeout, where the others bound only each wait. */
    private final MinioAsyncClient prober;
    private final String bucket;
    private final boolean presignedReads;
    private final String presignOrigin;

    public S3BlobStore(S3StorageConfig config) {
        // shared: each new HTTP client loads the JDK trust store again (about 0.2 s)
        // bounded waits: a store that is down or unreachable fails requests in seconds (503) instead of holding
        // them for the SDK's default of 5 minutes
        OkHttpClient http = HttpUtils.newDefaultHttpClient(config.connectTimeout().toMillis(),
                config.ioTimeout().toMillis(), config.ioTimeout().toMillis());
        this.client = clientFor(config.endpoint(), config, http);
        this.presigner = clientFor(config.presignEndpoint(), config, http);
        // newBuilder() shares the connection pool and the trust store
        this.prober = clientFor(config.endpoint(), config, http.newBuilder()
                .callTimeout(config.probeTimeout().toMillis(), TimeUnit.MILLISECONDS).build());
        this.bucket = config.bucket();
        this.presignedReads = config.presignedReads();
        URI presignEndpoint = URI.create(config.presignEndpoint());
        this.presignOrigin = presignEndpoint.getScheme() + "://" + presignEndpoint.getAuthority();
        createBucketIfMissing(config.region());
    }

    @Override
    public void put(String key, InputStream data, String contentType) {
        BlobKeys.requireValid(key);
        String type = ContentTypes.normalize(contentType);
        S3Calls.await(key, null, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(key).stream(data, -1, STREAM_PART_SIZE).contentType(type).build()));
    }

    @Override
    public InputStream get(String key, long offset, Long length) {
        BlobKeys.requireValid(key);
        ByteRange range = new ByteRange(offset, length);
        GetObjectArgs.Builder args = GetObjectArgs.builder().bucket(bucket).object(key);
        // a Range header on an empty object is unsatisfiable, so whole-blob reads send none
        if (!range.isWholeBlob()) {
            args.offset(range.offset()).length(range.length());
        }
        try {
            return S3Calls.await(key, null, () -> client.getObject(args.build()));
        } catch (BlobStoreException e) {
            if (S3Calls.hasErrorCode(e.getCause(), "InvalidRange")) {
                throw new BlobRangeNotSatisfiableException(key, offset);
            }
            throw e;
        }
    }

    @Override
    public Optional<BlobInfo> stat(String key) {
        BlobKeys.requireValid(key);
        try {
            StatObjectResponse object = S3Calls.await(key, null,
                    () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()));
            return Optional.of(new BlobInfo(key, object.size(), object.contentType(), object.etag(),
                    object.lastModified().toInstant()));
        } catch (BlobNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        BlobKeys.requireValid(key);
        S3Calls.await(key, null,
                () -> client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public void checkAvailable() {
        boolean exists = S3Calls.await(null, null,
                () -> prober.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
        if (!exists) {
            throw new BlobStoreUnavailableException("bucket '" + bucket + "' does not exist", null);
        }
    }

    @Override
    public Optional<String> presignedReadOrigin() {
        return presignedReads ? Optional.of(presignOrigin) : Optional.empty();
    }

    @Override
    public Optional<URI> presignedReadUrl(String key, Duration ttl, String downloadFileName) {
        BlobKeys.requireValid(key);
        PresignRules.requireValidTtl(ttl);
        if (!presignedReads) {
            return Optional.empty();
        }
        Map<String, String> responseHeaders = downloadFileName == null ? Map.of()
                : Map.of("response-content-disposition", ContentDisposition.attachment(downloadFileName));
        GetPresignedObjectUrlArgs args = GetPresignedObjectUrlArgs.builder()
                .method(Method.GET).bucket(bucket).object(key)
                .expiry((int) ttl.toSeconds()).extraQueryParams(responseHeaders).build();
        String url = S3Calls.await(key, null,
                () -> CompletableFuture.completedFuture(presigner.getPresignedObjectUrl(args)));
        return Optional.of(URI.create(url));
    }

    @Override
    public String startMultipart(String key, String contentType) {
        BlobKeys.requireValid(key);
        var headers = ImmutableMultimap.of("Content-Type", ContentTypes.normalize(contentType));
        return S3Calls.await(key, null, () -> client.createMultipartUploadAsync(bucket, null, key, headers, null))
                .result().uploadId();
    }

    @Override
    public PartInfo putPart(String key, String uploadId, int partNumber, InputStream data, long length) {
        return uploadPart(key, uploadId, partNumber, data, length);
    }

    /** The SDK signs and sends an array as it is, where it copies a stream into a part buffer of its own. */
    @Override
    public PartInfo putPart(String key, String uploadId, int partNumber, byte[] bytes, int length) {
        MultipartRules.requirePartOf(bytes, length);
        return uploadPart(key, uploadId, partNumber, bytes, length);
    }

    /** @param data an InputStream or a byte[], as the SDK takes them */
    private PartInfo uploadPart(String key, String uploadId, int partNumber, Object data, long length) {
        BlobKeys.requireValid(key);
        requireUploadId(uploadId);
        MultipartRules.requirePartNumber(partNumber);
        MultipartRules.requirePartLength(length);
        String etag = S3Calls.await(key, uploadId, () -> client.uploadPartAsync(
                bucket, null, key, data, length, uploadId, partNumber, null, null)).etag();
        return new PartInfo(partNumber, etag, length);
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<PartInfo> parts) {
        MultipartRules.requireCompletable(parts, listParts(key, uploadId));
        Part[] s3Parts = parts.stream().map(part -> new Part(part.partNumber(), part.etag())).toArray(Part[]::new);
        S3Calls.await(key, uploadId,
                () -> client.completeMultipartUploadAsync(bucket, null, key, uploadId, s3Parts, null, null));
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        BlobKeys.requireValid(key);
        requireUploadId(uploadId);
        try {
            S3Calls.await(key, uploadId,
                    () -> client.abortMultipartUploadAsync(bucket, null, key, uploadId, null, null));
        } catch (MultipartUploadNotFoundException alreadyGone) {
            // aborting is idempotent
        }
    }

    @Override
    public List<PartInfo> listParts(String key, String uploadId) {
        BlobKeys.requireValid(key);
        requireUploadId(uploadId);
        List<PartInfo> parts = new ArrayList<>();
        ListPartsResult page = null;
        do {
            Integer marker = page == null ? null : page.nextPartNumberMarker();
            page = S3Calls.await(key, uploadId, () -> client.listPartsAsync(
                    bucket, null, key, PAGE_SIZE, marker, uploadId, null, null)).result();
            page.partList().forEach(part -> parts.add(new PartInfo(part.partNumber(), part.etag(), part.partSize())));
        } while (page.isTruncated());
        // S3Proxy lists no parts for an unknown upload where AWS and MinIO answer NoSuchUpload
        if (parts.isEmpty() && !uploadExists(key, uploadId)) {
            throw new MultipartUploadNotFoundException(key, uploadId);
        }
        return parts;
    }

    private boolean uploadExists(String key, String uploadId) {
        ListMultipartUploadsResult page = null;
        do {
            String keyMarker = page == null ? null : page.nextKeyMarker();
            String uploadIdMarker = page == null ? null : page.nextUploadIdMarker();
            page = S3Calls.await(key, uploadId, () -> client.listMultipartUploadsAsync(
                    bucket, null, null, null, keyMarker, PAGE_SIZE, key, uploadIdMarker, null, null)).result();
            boolean listed = page.uploads().stream()
                    .anyMatch(upload -> key.equals(upload.objectName()) && uploadId.equals(upload.uploadId()));
            if (listed) {
                return true;
            }
        } while (page.isTruncated());
        return false;
    }

    private void createBucketIfMissing(String region) {
        boolean exists = S3Calls.await(null, null,
                () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
        if (exists) {
            return;
        }
        try {
            S3Calls.await(null, null,
                    () -> client.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(region).build()));
        } catch (BlobStoreException e) {
            // another node may have created it since we looked
            if (!S3Calls.hasErrorCode(e.getCause(), "BucketAlreadyOwnedByYou")) {
                throw e;
            }
        }
    }

    private static void requireUploadId(String uploadId) {
        if (uploadId == null || uploadId.isBlank()) {
            throw new IllegalArgumentException("upload id must not be blank");
        }
    }

    private static MinioAsyncClient clientFor(String endpoint, S3StorageConfig config, OkHttpClient http) {
        return MinioAsyncClient.builder()
                .endpoint(endpoint)
                .region(config.region())
                .credentials(config.accessKey(), config.secretKey())
                .httpClient(http)
                .build();
    }
}
