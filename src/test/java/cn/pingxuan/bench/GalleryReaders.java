package cn.pingxuan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Visitors of the published gallery, each a browser with its own cache of ETags: the gallery page, a work page,
 * then a slice of that work's video (a Range request, as a player seeks), with a pause of 1–3 s between requests
 * as a person reading takes. Requests are asynchronous, so hundreds of readers need a few threads, not hundreds.
 */
final class GalleryReaders {

    record Work(String path, List<String> media) {
    }

    private static final long MIN_THINK_MS = 1000;
    private static final long MAX_THINK_MS = 3000;
    private static final int RANGE_BYTES = 256 * 1024;

    private final String base;
    private final String galleryPath;
    private final List<Work> works;
    private final long mediaBytes;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final LatencyRecorder galleryPages = new LatencyRecorder("gallery page (If-None-Match)", s -> s == 200 || s == 304);
    final LatencyRecorder workPages = new LatencyRecorder("work page (If-None-Match)", s -> s == 200 || s == 304);
    final LatencyRecorder mediaRanges = new LatencyRecorder("video Range 256 KiB (If-None-Match)", s -> s == 206 || s == 304);

    GalleryReaders(String base, String galleryPath, List<Work> works, long mediaBytes) {
        this.base = base;
        this.galleryPath = galleryPath;
        this.works = works;
        this.mediaBytes = mediaBytes;
    }

    /** The published contest's works and their video renditions, read once as the readers' map of the site. */
    @SuppressWarnings("unchecked")
    static GalleryReaders discover(BenchClient client) {
        List<Object> contests = BenchClient.jsonList(BenchClient.expect(client.send(null, "GET", "/api/gallery", null), 200));
        String slug = (String) ((Map<String, Object>) contests.get(0)).get("slug");
        String galleryPath = "/api/gallery/" + slug;
        Map<String, Object> page = BenchClient.json(BenchClient.expect(client.send(null, "GET", galleryPath, null), 200));
        List<Work> works = new ArrayList<>();
        for (Map<String, Object> category : (List<Map<String, Object>>) page.get("categories")) {
            for (Map<String, Object> tier : (List<Map<String, Object>>) category.get("tiers")) {
                for (Map<String, Object> work : (List<Map<String, Object>>) tier.get("works")) {
                    String path = galleryPath + "/works/" + work.get("code");
                    Map<String, Object> detail = BenchClient.json(BenchClient.expect(client.send(null, "GET", path, null), 200));
                    List<String> media = new ArrayList<>();
                    for (Map<String, Object> file : (List<Map<String, Object>>) detail.get("files")) {
                        for (Map<String, Object> rendition : (List<Map<String, Object>>) file.get("renditions")) {
                            if (String.valueOf(rendition.get("contentType")).startsWith("video/")) {
                                media.add(URI.create((String) rendition.get("url")).getPath());
                            }
                        }
                    }
                    works.add(new Work(path, media));
                }
            }
        }
        if (works.stream().allMatch(w -> w.media().isEmpty())) {
            throw new IllegalStateException("no video in the gallery of " + slug);
        }
        return new GalleryReaders(client.base(), galleryPath, works, GalleryBenchSeed.VIDEO_BYTES);
    }

    int works() {
        return works.size();
    }

    /** Runs {@code readers} visitors until {@code deadline} (System.nanoTime); returns when the last has stopped. */
    void run(int readers, long deadline) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(readers);
        for (int r = 0; r < readers; r++) {
            Reader reader = new Reader(new Random(r), deadline, stopped);
            // arrivals spread over the first think time rather than all in the same millisecond
            timer.schedule(reader::next, reader.random.nextLong(MAX_THINK_MS), TimeUnit.MILLISECONDS);
        }
        stopped.await();
        timer.shutdown();
        callbacks.shutdown();
    }

    private final class Reader {
        final Random random;
        final long deadline;
        final CountDownLatch stopped;
        final Map<String, String> etags = new HashMap<>();
        int step;
        Work work;

        Reader(Random random, long deadline, CountDownLatch stopped) {
            this.random = random;
            this.deadline = deadline;
            this.stopped = stopped;
        }

        void next() {
            if (System.nanoTime() >= deadline) {
                stopped.countDown();
                return;
            }
            String path;
            LatencyRecorder recorder;
            HttpRequest.Builder request;
            switch (step++ % 3) {
                case 0 -> {
                    path = galleryPath;
                    recorder = galleryPages;
                    request = get(path);
                }
                case 1 -> {
                    work = works.get(random.nextInt(works.size()));
                    path = work.path();
                    recorder = workPages;
                    request = get(path);
                }
                default -> {
                    if (work.media().isEmpty()) {
                        later();
                        return;
                    }
                    path = work.media().get(random.nextInt(work.media().size()));
                    recorder = mediaRanges;
                    long start = random.nextLong(mediaBytes - RANGE_BYTES);
                    request = get(path).header("Range", "bytes=" + start + "-" + (start + RANGE_BYTES - 1));
                }
            }
            String etag = etags.get(path);
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            long t0 = System.nanoTime();
            http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null) {
                    recorder.record(System.nanoTime() - t0, LatencyRecorder.IO_ERROR);
                } else {
                    recorder.record(System.nanoTime() - t0, response.statusCode());
                    response.headers().firstValue("ETag").ifPresent(e -> etags.put(path, e));
                }
                later();
            });
        }

        private void later() {
            timer.schedule(this::next, MIN_THINK_MS + random.nextLong(MAX_THINK_MS - MIN_THINK_MS), TimeUnit.MILLISECONDS);
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        }
    }
}
