package cn.pingxuan.gallery;

import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetDelivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * The bytes of a published work's renditions, with Range support for video seeking.
 * <p>
 * Caching: a rendition never changes under its asset id (the pipeline writes a new asset for new content), so the
 * id is a strong validator. Yet the address is guessable and an award can be revoked, so media get the same short
 * {@code max-age} as the JSON instead of a year: after a revocation every cache asks again within a minute and then
 * gets the 404. A revalidation is cheap — one indexed query and a 304, no bytes. When the object store hands out
 * presigned URLs the answer is {@link AssetDelivery}'s short-lived, uncached redirect, checked on every request.
 */
@Singleton
class GalleryMedia {

    private final GalleryService gallery;
    private final AssetDelivery delivery;

    GalleryMedia(GalleryService gallery, AssetDelivery delivery) {
        this.gallery = gallery;
        this.delivery = delivery;
    }

    MutableHttpResponse<?> deliver(String slug, String code, long assetId, @Nullable String ifNoneMatch,
                                   @Nullable String range) {
        Asset asset = gallery.shownAsset(slug, code, assetId);
        String etag = "\"a" + asset.id() + "-" + asset.bytes() + '"';
        if (Revalidation.matches(ifNoneMatch, etag)) {
            return Revalidation.notModified(etag);
        }
        MutableHttpResponse<?> response = delivery.deliver(asset, range);
        if (response.code() < 300) {
            // set, not add: the delivery's own "private, no-store" is meant for judges' and students' files
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, Revalidation.POLICY);
            response.getHeaders().set(HttpHeaders.ETAG, etag);
        }
        return response;
    }
}
