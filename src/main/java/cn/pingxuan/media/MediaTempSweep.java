package cn.pingxuan.media;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A worker killed mid-job (power loss, {@code kill -9}, OOM) cannot clean its work directory. On start, a
 * worker removes the media work directories older than twice the time limit: no attempt can still be using them.
 */
@Singleton
@Requires(property = "pingxuan.role", notEquals = "web")
class MediaTempSweep implements ApplicationEventListener<StartupEvent> {

    static final String PREFIX = "pingxuan-media-";
    private static final Logger LOG = LoggerFactory.getLogger(MediaTempSweep.class);

    private final MediaProperties properties;
    private final Clock clock;

    MediaTempSweep(MediaProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        sweep(Path.of(System.getProperty("java.io.tmpdir")));
    }

    int sweep(Path tempRoot) {
        FileTime cutoff = FileTime.from(clock.instant().minus(properties.timeLimit().multipliedBy(2)));
        int removed = 0;
        try (Stream<Path> dirs = Files.list(tempRoot)) {
            for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p)).toList()) {
                if (Files.getLastModifiedTime(dir).compareTo(cutoff) < 0) {
                    deleteRecursively(dir);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not sweep old media work directories in {}: {}", tempRoot, e.getMessage());
        }
        if (removed > 0) {
            LOG.info("Removed {} media work directories left by interrupted jobs", removed);
        }
        return removed;
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the work directory {}: {}", dir, e.getMessage());
        }
    }
}
