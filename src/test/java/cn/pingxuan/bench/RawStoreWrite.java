package cn.pingxuan.bench;

import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.FileSystemBlobStore;
import cn.pingxuan.storage.FileSystemStorageConfig;
import cn.pingxuan.storage.PartInfo;
import cn.pingxuan.storage.S3BlobStore;
import cn.pingxuan.storage.S3StorageConfig;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Random;

/**
 * The store's own write speed, measured beside the tus benchmark on the same store: the multipart calls a tus
 * upload makes (parts from one in-memory buffer, then complete) and a plain streamed put. Prints two lines,
 * "multipart MB/s" and "put MB/s".
 *
 * <pre>
 * RawStoreWrite filesystem ROOT SIZE_MIB PART_MIB
 * RawStoreWrite s3 ENDPOINT ACCESS_KEY SECRET_KEY BUCKET SIZE_MIB PART_MIB
 * </pre>
 */
public final class RawStoreWrite {

    private static final int MIB = 1024 * 1024;

    private RawStoreWrite() {
    }

    public static void main(String[] args) {
        boolean s3 = args[0].equals("s3");
        BlobStore store = s3
                ? new S3BlobStore(new S3StorageConfig(args[1], null, args[2], args[3], args[4], "us-east-1", false,
                        Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(3)))
                : new FileSystemBlobStore(new FileSystemStorageConfig(args[1]));
        long size = Long.parseLong(args[s3 ? 5 : 2]) * MIB;
        int partSize = Integer.parseInt(args[s3 ? 6 : 3]) * MIB;
        byte[] part = new byte[partSize];
        new Random(1).nextBytes(part);

        long started = System.nanoTime();
        String key = "bench/raw-multipart";
        String uploadId = store.startMultipart(key, "video/mp4");
        List<PartInfo> parts = new ArrayList<>();
        for (long written = 0; written < size; written += partSize) {
            int length = (int) Math.min(partSize, size - written);
            parts.add(store.putPart(key, uploadId, parts.size() + 1, part, length));
        }
        store.completeMultipart(key, uploadId, parts);
        print("multipart", size, System.nanoTime() - started);

        started = System.nanoTime();
        store.put("bench/raw-put", new RepeatingStream(part, size), "video/mp4");
        print("put", size, System.nanoTime() - started);

        store.delete(key);
        store.delete("bench/raw-put");
    }

    private static void print(String label, long bytes, long nanos) {
        System.out.println(String.format(Locale.ROOT, "%s %.0f", label, bytes / (double) MIB / (nanos / 1e9)));
    }

    /** {@code size} bytes made of {@code block} over and over, with no length known in advance. */
    private static final class RepeatingStream extends InputStream {

        private final byte[] block;
        private final long size;
        private long position;

        RepeatingStream(byte[] block, long size) {
            this.block = block;
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? block[(int) (position++ % block.length)] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int start = (int) (position % block.length);
            int n = (int) Math.min(Math.min(len, block.length - start), size - position);
            System.arraycopy(block, start, b, off, n);
            position += n;
            return n;
        }
    }
}
