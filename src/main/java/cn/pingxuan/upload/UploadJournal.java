package cn.pingxuan.upload;

import cn.pingxuan.storage.PartInfo;

/**
 * Where a PATCH records each step that changed the store, so that the stored offset never runs ahead of the
 * stored bytes. Every call may throw when the request no longer holds the upload's lease.
 */
interface UploadJournal {

    /** Renews the lease when due; called after reads and before every write to the store. */
    void keepAlive();

    void detected(FileType type);

    void startedMultipart(String multipartId);

    /** A part is stored; the tail is empty again and {@code receivedBytes} is the bytes in parts. */
    void storedPart(PartInfo part, long receivedBytes);

    /** The bytes after the last part are stored as the tail. */
    void storedTail(long receivedBytes, int tailBytes);
}
