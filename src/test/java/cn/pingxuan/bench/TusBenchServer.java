package cn.pingxuan.bench;

import cn.pingxuan.Application;
import io.micronaut.runtime.Micronaut;

/**
 * The application as {@code java -jar} runs it, plus the test upload purpose (active in the {@code bench}
 * environment): the real app has no purpose yet that a benchmark could upload for. Configured through the
 * usual PINGXUAN_* environment variables. Used by the bench/ scripts that need a server and by UploadCrashTest,
 * which kills it.
 */
public final class TusBenchServer {

    private TusBenchServer() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).environments("bench").start();
    }
}
