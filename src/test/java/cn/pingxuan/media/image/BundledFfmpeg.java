package cn.pingxuan.media.image;

import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ffmpeg program bundled with JavaCV, for making test files Java cannot write (HEVC, WebP, AV1). */
public final class BundledFfmpeg {

    private BundledFfmpeg() {
    }

    public static void run(String... arguments) throws IOException, InterruptedException {
        String program = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        List<String> command = new ArrayList<>(List.of(program, "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the extracted libraries find each other only through the library path
        builder.environment().put("LD_LIBRARY_PATH", Path.of(program).getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }
}
