package cn.pingxuan.storage;

import java.time.Instant;

/**
 * What a store knows about a stored blob.
 *
 * @param etag opaque; changes whenever the content is replaced
 */
public record BlobInfo(String key, long size, String contentType, String etag, Instant lastModified) {
}
