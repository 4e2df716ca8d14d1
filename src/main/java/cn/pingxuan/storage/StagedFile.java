package cn.pingxuan.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written in full next to its target and then renamed over it, so readers see the old file or
 * the new one, never a partial one. Closing without {@link #commit()} throws the temporary file away.
 */
final class StagedFile implements AutoCloseable {

    /** Temporary names carry '~', which blob keys cannot contain, so they never collide with a blob. */
    static final String INTERNAL_MARK = "~";

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path temporary;
    private final Path target;
    private boolean committed;

    private StagedFile(Path temporary, Path target) {
        this.temporary = temporary;
        this.target = target;
    }

    static StagedFile write(Path target, Content content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + INTERNAL_MARK, ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            content.writeTo(out);
            out.flush();
            // on disk before the rename: after a power cut the name points at complete data
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new StagedFile(temporary, target);
    }

    /** Atomic rename; on POSIX (and Windows' MoveFileEx) it replaces an existing target. */
    void commit() throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
