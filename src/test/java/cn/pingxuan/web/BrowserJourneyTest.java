package cn.pingxuan.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the Playwright journeys in {@code frontend/e2e} in Debian's Chromium against this very server: the
 * built front end in the jar, the API, and the demo data on a fresh database. A missing browser is a failure.
 */
@MicronautTest
@Tag("browser")
class BrowserJourneyTest {

    private static final long TIMEOUT_MINUTES = 15;

    @Inject
    EmbeddedServer server;

    @Test
    void theJourneysPassInChromium() throws IOException, InterruptedException {
        Path frontend = Path.of(System.getProperty("pingxuan.frontend.dir", "frontend"));
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("Chromium is needed for the browser tests and was not found at " + chromium
                    + ": install Debian's package (apt-get install chromium) or set CHROMIUM_PATH");
        }
        if (!Files.isDirectory(frontend.resolve("node_modules/@playwright/test"))) {
            fail("frontend/node_modules lacks @playwright/test: run the Maven build without -Dskip.frontend (it runs npm ci)");
        }
        Path log = Path.of("target", "playwright.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("npm", "run", "test:e2e"));
        // -Dpingxuan.e2e.grep=judging runs only the spec files whose name matches (Playwright's file filter); all by default
        String only = System.getProperty("pingxuan.e2e.grep", "").trim();
        if (!only.isEmpty()) {
            command.addAll(List.of("--", only));
        }
        ProcessBuilder playwright = new ProcessBuilder(command)
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().put("PINGXUAN_BASE_URL", server.getURL().toString());
        playwright.environment().put("CHROMIUM_PATH", chromium.toString());
        playwright.environment().put("CI", "true");

        Process process = playwright.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);

        assertThat(finished).as("Playwright finished within %d minutes; output:%n%s", TIMEOUT_MINUTES, output).isTrue();
        assertThat(process.exitValue()).as("Playwright's exit code; output:%n%s", output).isZero();
        assertThat(output).as("Playwright ran journeys").containsPattern("\\d+ passed");
    }
}
