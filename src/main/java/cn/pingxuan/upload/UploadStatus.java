package cn.pingxuan.upload;

/** Where an upload stands. Only {@link #RECEIVING} uploads accept bytes. */
enum UploadStatus {
    /** Bytes are arriving; the upload expires if they stop for too long. */
    RECEIVING,
    /** The file is complete and was handed to its purpose. */
    COMPLETED,
    /** The file is complete but its purpose refused it; the reason is recorded and the file kept. */
    FAILED,
    /** Expired (or claimed for cleanup): its parts are being removed. */
    EXPIRED
}
