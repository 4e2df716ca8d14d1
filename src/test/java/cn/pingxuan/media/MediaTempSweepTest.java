package cn.pingxuan.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTempSweepTest {

    @Test
    void onlyWorkDirectoriesOlderThanTwiceTheTimeLimitAreRemoved(@TempDir Path tmp) throws Exception {
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        MediaProperties properties = new MediaProperties(720, 23, "veryfast", 100_000_000, 300, 100 << 20, Duration.ofMinutes(30));
        MediaTempSweep sweep = new MediaTempSweep(properties, Clock.fixed(now, ZoneOffset.UTC));
        Path abandoned = Files.createDirectories(tmp.resolve(MediaTempSweep.PREFIX + "1/out"));
        Files.writeString(abandoned.resolve("video.mp4"), "half");
        Path running = Files.createDirectory(tmp.resolve(MediaTempSweep.PREFIX + "2"));
        Path unrelated = Files.createDirectory(tmp.resolve("someone-else"));
        Files.setLastModifiedTime(abandoned.getParent(), FileTime.from(now.minus(Duration.ofHours(2))));
        Files.setLastModifiedTime(unrelated, FileTime.from(now.minus(Duration.ofDays(2))));
        Files.setLastModifiedTime(running, FileTime.from(now.minus(Duration.ofMinutes(10))));

        assertThat(sweep.sweep(tmp)).isEqualTo(1);

        assertThat(abandoned.getParent()).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }
}
