package cn.pingxuan.storage;

/**
 * One uploaded part of a multipart upload.
 *
 * @param partNumber 1-based position of the part in the finished blob
 * @param etag       identifies this upload of the part; completing requires it
 * @param size       bytes in the part
 */
public record PartInfo(int partNumber, String etag, long size) {
}
