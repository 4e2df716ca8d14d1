package cn.pingxuan.bench;

import cn.pingxuan.bench.BenchClient.Session;
import cn.pingxuan.bench.BenchJudges.Judge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load of bench/sustained-load.sh, all at once against one server for a fixed time: judges saving score drafts
 * as fast as the server answers (like {@link ScoreSavingLoad}), students' resumable tus uploads one after another,
 * and gallery readers pausing 1–3 s between requests ({@link GalleryReaders}). Prints per traffic class requests,
 * throughput, p50/p99 and errors by status, and the server's heap and RSS; then checks the acknowledged writes
 * ({@link AcknowledgedWrites}). Exits non-zero on any error, lost or extra write or mismatch.
 *   SustainedLoad BASE_URL SERVER_PID SECONDS JUDGES UPLOADS READERS UPLOAD_KIB_PER_S CHUNK_MIB JUDGE_PAUSE_MS
 */
public final class SustainedLoad {

    private SustainedLoad() {
    }

    public static void main(String[] args) throws Exception {
        BenchClient client = new BenchClient(args[0]);
        long pid = Long.parseLong(args[1]);
        long seconds = Long.parseLong(args[2]);
        int judges = Integer.parseInt(args[3]);
        int uploaders = Integer.parseInt(args[4]);
        int readers = Integer.parseInt(args[5]);
        long uploadRate = Long.parseLong(args[6]) * 1024;
        long chunk = Long.parseLong(args[7]) << 20;
        long judgePauseMs = Long.parseLong(args[8]);

        List<Judge> team = BenchJudges.signIn(client, judges);
        long roundId = BenchJudges.openRound(client, client.login("organizer", "Demo@2026"), team);
        ExecutorService judgePool = Executors.newFixedThreadPool(judges);
        ExecutorService uploadPool = Executors.newFixedThreadPool(uploaders);
        try {
            List<Future<?>> loading = new ArrayList<>();
            for (Judge judge : team) {
                loading.add(judgePool.submit(() -> judge.loadSheets(client, roundId)));
            }
            for (Future<?> sheets : loading) {
                sheets.get();
            }
            GalleryReaders gallery = GalleryReaders.discover(client);
            Session student = client.login("student", "Demo@2026");
            ResumableUploads uploads = new ResumableUploads(client.base(), student, chunk, uploadRate);
            LatencyRecorder saves = new LatencyRecorder("score draft save (PUT, with version)", s -> s == 200);
            ServerMemory memory = new ServerMemory(client, pid);
            System.out.printf("%d judges on %d sheets each (%s), %d upload slots (8–20 MiB files, %s), "
                            + "%d gallery readers (1–3 s between requests, %d works), %d s, loopback%n", judges,
                    team.get(0).assignments.size(), judgePauseMs == 0 ? "no pause between saves" : judgePauseMs + " ms between saves",
                    uploaders, uploadRate == 0 ? "unthrottled" : "each ≤ " + (uploadRate >> 10) + " KiB/s",
                    readers, gallery.works(), seconds);

            memory.start(5);
            long started = System.nanoTime();
            long deadline = started + seconds * 1_000_000_000L;
            List<Future<?>> running = new ArrayList<>();
            for (Judge judge : team) {
                running.add(judgePool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = judge.save(client);
                        } catch (RuntimeException e) {
                            status = LatencyRecorder.IO_ERROR;
                        }
                        saves.record(System.nanoTime() - t0, status);
                        if (judgePauseMs > 0) {
                            Thread.sleep(judgePauseMs);
                        }
                    }
                    return null;
                }));
            }
            for (int slot = 0; slot < uploaders; slot++) {
                int s = slot;
                running.add(uploadPool.submit(() -> uploads.slot(s, deadline)));
            }
            gallery.run(readers, deadline);
            for (Future<?> load : running) {
                load.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            memory.stop();

            System.out.println(LatencyRecorder.header());
            List<LatencyRecorder> classes = List.of(saves, uploads.creations, uploads.patches, gallery.galleryPages,
                    gallery.workPages, gallery.mediaRanges);
            for (LatencyRecorder traffic : classes) {
                boolean upload = traffic == uploads.creations || traffic == uploads.patches;
                System.out.println(traffic.row(upload ? elapsed : seconds));
            }
            System.out.printf("uploads: %d completed, %d abandoned, %.1f MiB/s acknowledged in all (over %.0f s: the last files "
                    + "started before the deadline are finished)%n", uploads.completed.size(), uploads.abandoned.get(),
                    uploads.bytesAcknowledged.get() / 1048576.0 / elapsed, elapsed);
            System.out.println(memory.report());

            AcknowledgedWrites check = new AcknowledgedWrites(client);
            check.checkSheets(roundId, team);
            check.checkUploads(uploads.completed);
            long errors = classes.stream().mapToLong(LatencyRecorder::errors).sum() + uploads.abandoned.get();
            check.problems().stream().limit(20).forEach(p -> System.out.println("  " + p));
            if (errors > 0 || !check.problems().isEmpty()) {
                // an exception, not System.exit: the pools still shut down, and the JVM exits non-zero all the same
                throw new IllegalStateException(String.format("FAILED: %d errors, %d lost, extra or mismatched writes",
                        errors, check.problems().size()));
            }
            System.out.println("OK: 0 errors, 0 lost or duplicated writes, every completed upload matches its source");
        } finally {
            judgePool.shutdownNow();
            uploadPool.shutdownNow();
        }
    }
}
