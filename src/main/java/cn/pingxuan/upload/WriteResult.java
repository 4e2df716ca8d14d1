package cn.pingxuan.upload;

import io.micronaut.core.annotation.Nullable;

/** What one PATCH achieved. */
sealed interface WriteResult {

    /** The upload goes on; {@code receivedBytes} are stored (even when the connection broke). */
    record Stored(long receivedBytes) implements WriteResult {
    }

    /**
     * Every byte is stored and the file is complete in the store.
     *
     * @param sha256 the file's digest when this PATCH saw every byte, else null
     */
    record Finished(FileType type, @Nullable String sha256) implements WriteResult {
    }
}
