package cn.pingxuan.media;

import cn.pingxuan.common.ProblemException;
import cn.pingxuan.storage.BlobInfo;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.ContentDisposition;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends an asset's bytes to a browser that may read it: with HTTP Range support, so video seeking works,
 * or as a redirect to a short-lived presigned URL when the store hands those out.
 */
@Singleton
public class AssetDelivery {

    private static final Duration PRESIGNED_FOR = Duration.ofMinutes(15);

    private final AssetRepository assets;
    private final BlobStore blobs;

    AssetDelivery(AssetRepository assets, BlobStore blobs) {
        this.assets = assets;
        this.blobs = blobs;
    }

    public Asset require(long entryId, long assetId) {
        return assets.findById(assetId).filter(a -> a.entryId() == entryId)
                .orElseThrow(() -> ProblemException.notFound("文件不存在"));
    }

    /**
     * The student's original downloads ({@code attachment}, under its own name) — organizers keep it, browsers
     * should not render it; the pipeline's derivatives display inline.
     */
    public MutableHttpResponse<?> deliver(Asset asset, String rangeHeader) {
        String downloadName = downloadName(asset);
        Optional<URI> presigned = blobs.presignedReadUrl(asset.storageKey(), PRESIGNED_FOR, downloadName);
        if (presigned.isPresent()) {
            return HttpResponse.redirect(presigned.get()).header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        BlobInfo info = blobs.stat(asset.storageKey()).orElseThrow(() -> ProblemException.notFound("文件不存在或已被删除"));
        long size = info.size();
        MediaType type = MediaType.of(asset.contentType());
        Optional<HttpRange> range;
        try {
            range = HttpRange.parse(rangeHeader, size);
        } catch (HttpRange.Unsatisfiable e) {
            return HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).header(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
        }
        MutableHttpResponse<StreamedFile> response;
        if (range.isPresent()) {
            InputStream in = blobs.get(asset.storageKey(), range.get().first(), range.get().length());
            response = HttpResponse.<StreamedFile>status(HttpStatus.PARTIAL_CONTENT)
                    .body(new StreamedFile(in, type, info.lastModified().toEpochMilli(), range.get().length()))
                    .header(HttpHeaders.CONTENT_RANGE, range.get().contentRange(size));
        } else {
            InputStream in = blobs.get(asset.storageKey());
            response = HttpResponse.ok(new StreamedFile(in, type, info.lastModified().toEpochMilli(), size));
        }
        return response.header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, asset.isOriginal()
                        ? ContentDisposition.attachment(downloadName) : ContentDisposition.inline(downloadName));
    }

    private static String downloadName(Asset asset) {
        if (asset.isOriginal()) {
            return asset.fileName() == null || asset.fileName().isBlank() ? "作品" : asset.fileName();
        }
        String key = asset.storageKey();
        return "作品-" + key.substring(key.lastIndexOf('/') + 1);
    }
}
