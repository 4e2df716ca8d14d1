package cn.pingxuan.bench;

import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProgressListener;
import cn.pingxuan.media.image.ImageProcessor;
import cn.pingxuan.media.image.TestPictures;
import cn.pingxuan.media.image.ThumbnailPath;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The Java side of bench/thumbnails.sh.
 *
 * <pre>
 * ThumbnailBench photos DIR COUNT       a 24 MP phone photo (6000×4000 stored sideways, EXIF Orientation 6, GPS)
 *                                       as DIR/photo-24mp.jpg, a 16×16 DIR/tiny.jpg (the peers' start-up cost)
 *                                       and COUNT 12 MP photos (4000×3000) in DIR/batch
 * ThumbnailBench thumbnails FILE EDGE   our thumbnail path: warms up, prints "ready", then makes one thumbnail
 *                                       per line read and prints its milliseconds (the script runs the other
 *                                       tools between, so all share the machine's ups and downs)
 * ThumbnailBench process DIR THREADS ROUNDS  ImageProcessor.process over every file in DIR on THREADS threads,
 *                                       one round to warm up, then ROUNDS timed: prints "images_per_second"
 * </pre>
 */
public final class ThumbnailBench {

    private ThumbnailBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "photos" -> photos(Path.of(args[1]), Integer.parseInt(args[2]));
            case "thumbnails" -> thumbnails(Path.of(args[1]), Integer.parseInt(args[2]));
            case "process" -> process(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("photos, thumbnail or process, not " + args[0]);
        }
    }

    private static void photos(Path dir, int count) throws Exception {
        // stored landscape, shown portrait: the orientation step has work to do, as with a phone held upright
        Files.write(dir.resolve("photo-24mp.jpg"), TestPictures.jpegWithExif(TestPictures.photo(6000, 4000, 24), 6, true));
        Files.write(dir.resolve("tiny.jpg"), TestPictures.jpeg(TestPictures.photo(16, 16, 16), 0.92f));
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < count; i++) {
            Files.write(batch.resolve("photo-" + i + ".jpg"), TestPictures.jpeg(TestPictures.photo(4000, 3000, 100 + i), 0.92f));
        }
    }

    private static void thumbnails(Path original, int edge) throws Exception {
        Path out = Files.createTempFile("thumbnail", ".jpg");
        try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 5; i++) {
                ThumbnailPath.thumbnail(original, edge, out);
            }
            System.out.println("ready");
            System.out.flush();
            while (commands.readLine() != null) {
                long started = System.nanoTime();
                ThumbnailPath.thumbnail(original, edge, out);
                System.out.printf(Locale.ROOT, "%.0f%n", (System.nanoTime() - started) / 1e6);
                System.out.flush();
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void process(Path dir, int threads, int rounds) throws Exception {
        List<Path> photos;
        try (Stream<Path> files = Files.list(dir)) {
            photos = files.sorted().toList();
        }
        ImageProcessor processor = new ImageProcessor(new MediaProperties(720, 23, "veryfast", 100_000_000L, 300,
                104_857_600L, Duration.ofMinutes(30)));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            processAll(processor, photos, pool);
            long started = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                processAll(processor, photos, pool);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%.2f%n", photos.size() * rounds / seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static void processAll(ImageProcessor processor, List<Path> photos, ExecutorService pool) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (Path photo : photos) {
            done.add(pool.submit(() -> {
                Path work = Files.createTempDirectory("process");
                try {
                    processor.process(photo, new MediaWork(work, MediaLimits.NONE, ProgressListener.IGNORE,
                            Instant.MAX, Clock.systemUTC()));
                } finally {
                    try (Stream<Path> outputs = Files.list(work)) {
                        for (Path output : outputs.toList()) {
                            Files.delete(output);
                        }
                    }
                    Files.delete(work);
                }
                return null;
            }));
        }
        for (Future<?> task : done) {
            task.get();
        }
    }
}
