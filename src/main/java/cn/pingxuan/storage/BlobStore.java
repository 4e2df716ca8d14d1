package cn.pingxuan.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Object storage for uploaded originals and their derivatives. Every method that takes a key checks it
 * with {@link BlobKeys#requireValid} first. Writes are all-or-nothing: a failed or interrupted write
 * leaves the previous blob (or none) under the key, never a partial one.
 *
 * <p>Multipart uploads follow S3: start, put parts (any order, a part may be put again), complete with
 * the list of parts 1..n. The blob appears only on completion; every part but the last needs at least
 * 5 MiB. Upload state survives restarts, so {@link #listParts} tells a resuming client exactly what is
 * stored.
 */
public interface BlobStore {

    /**
     * Stores a stream whose length is not known in advance, replacing any blob under the key.
     *
     * @param contentType null or blank means {@code application/octet-stream}
     */
    void put(String key, InputStream data, String contentType);

    /**
     * Opens the blob for reading; the caller closes the stream.
     *
     * @param offset first byte to read; must lie inside the blob unless the whole blob is read
     * @param length bytes to read (at least 1, clamped to the end), or null for the rest of the blob
     * @throws BlobNotFoundException            if there is no blob under the key
     * @throws BlobRangeNotSatisfiableException if {@code offset} is at or past the end of the blob
     */
    InputStream get(String key, long offset, Long length);

    default InputStream get(String key) {
        return get(key, 0, null);
    }

    Optional<BlobInfo> stat(String key);

    /**
     * Returns quietly when the store can serve requests now, and throws {@link BlobStoreUnavailableException}
     * otherwise, within a few seconds: the health check calls it.
     */
    void checkAvailable();

    /** Removes the blob; removing a missing blob is not an error. */
    void delete(String key);

    /**
     * A URL that lets a browser download the blob directly from the store for {@code ttl}, or empty when
     * the store cannot (or is configured not to) hand out such URLs and the caller must proxy the bytes.
     *
     * @param ttl              between 1 second and 7 days (S3's limit)
     * @param downloadFileName null, or the file name the browser should save the download as
     */
    Optional<URI> presignedReadUrl(String key, Duration ttl, String downloadFileName);

    /**
     * The origin (scheme, host and port) browsers fetch presigned URLs from, for the pages' Content-Security-Policy;
     * empty when the store hands out none.
     */
    default Optional<String> presignedReadOrigin() {
        return Optional.empty();
    }

    /** @return the upload id that the other multipart methods take */
    String startMultipart(String key, String contentType);

    /**
     * Stores exactly {@code length} bytes from {@code data} as part {@code partNumber} (1..10000),
     * replacing an earlier upload of the same part. A stream that ends early fails the call and stores
     * nothing.
     *
     * @throws MultipartUploadNotFoundException if the upload does not exist (S3Proxy does not detect this)
     */
    PartInfo putPart(String key, String uploadId, int partNumber, InputStream data, long length);

    /**
     * Stores {@code bytes[0, length)} as part {@code partNumber}, like the stream variant. A store that can
     * send the array as it is overrides this: a stream it would copy into buffers of its own first.
     */
    default PartInfo putPart(String key, String uploadId, int partNumber, byte[] bytes, int length) {
        MultipartRules.requirePartOf(bytes, length);
        return putPart(key, uploadId, partNumber, new ByteArrayInputStream(bytes, 0, length), length);
    }

    /**
     * Whether {@link #putPart(String, String, int, InputStream, long)} writes the bytes as it reads them, so
     * that a caller gains by handing it a stream that is still being filled. A store that collects a whole
     * part in memory first answers false and is better given an array.
     */
    default boolean writesPartsAsTheyArrive() {
        return false;
    }

    /**
     * Joins the parts into the blob under the key and ends the upload.
     *
     * @param parts parts 1..n in ascending order as returned by {@link #putPart} or {@link #listParts}
     * @throws InvalidPartListException         if the list is out of order, has gaps, names a part that
     *                                          was not uploaded (or was uploaded again since), or has a
     *                                          part under 5 MiB that is not the last; the upload stays
     *                                          open and can be completed with a corrected list
     * @throws MultipartUploadNotFoundException if the upload does not exist
     */
    void completeMultipart(String key, String uploadId, List<PartInfo> parts);

    /** Ends the upload and removes its parts; aborting an unknown or finished upload is not an error. */
    void abortMultipart(String key, String uploadId);

    /**
     * The parts stored so far, ascending by part number.
     *
     * @throws MultipartUploadNotFoundException if the upload does not exist (never started, completed or
     *                                          aborted)
     */
    List<PartInfo> listParts(String key, String uploadId);
}
