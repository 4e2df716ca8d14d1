package cn.pingxuan.media.video;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.media.ProgressListener;
import cn.pingxuan.originality.Fingerprint;
import cn.pingxuan.support.TickingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_H264_HIGH;

/** Clips of the kinds students upload go through the processor; what comes out is opened again and checked. */
class VideoProcessorTest {

    private static final Set<String> CONTAINER_BRANDS = Set.of("major_brand", "minor_version", "compatible_brands");

    @TempDir
    Path dir;

    private final VideoProcessor processor = TestVideos.processor();

    @Test
    void acceptsVideosOnly() {
        assertThat(processor.accepts("video/mp4")).isTrue();
        assertThat(processor.accepts("video/quicktime")).isTrue();
        assertThat(processor.accepts("image/jpeg")).isFalse();
        assertThat(processor.accepts("audio/mpeg")).isFalse();
    }

    @Test
    void mp4WithH264AndAacBecomesTheWebVideoItsPosterAndThumbnails() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.mp4"), TestVideos.patternWithTone()
                + " -c:v libx264 -preset ultrafast -colorspace bt709 -color_primaries bt709 -color_trc bt709"
                + " -c:a aac -ac 2");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("MP4 · H.264 320×180 · AAC · 0:02");
        assertThat(media.width()).isEqualTo(320);
        assertThat(media.height()).isEqualTo(180);
        assertThat(media.durationMs()).isCloseTo(2000L, within(100L));
        assertThat(media.characters()).isNull();
        ReadBack web = assertWebVideo(media, 320, 180);
        assertThat(web.audioCodec()).isEqualTo("aac");
        assertThat(web.audioChannels()).isEqualTo(2);
        assertThat(web.sampleRate()).isEqualTo(48000);
        assertThat(web.frameTimestamps()).hasSizeBetween(59, 61);
        assertThat(web.colorSpace()).as("the source's colour tags carried over").isEqualTo("bt709");
    }

    @Test
    void movWithHevcIsTranscodedToH264() throws Exception {
        // the bundled GPL build has libx265, so the HEVC original is made here rather than committed
        Path original = TestVideos.make(dir.resolve("clip.mov"), TestVideos.patternWithTone()
                + " -c:v libx265 -tag:v hvc1 -x265-params log-level=error -c:a aac");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("MOV · HEVC 320×180 · AAC · 0:02");
        assertThat(assertWebVideo(media, 320, 180).audioCodec()).isEqualTo("aac");
    }

    @Test
    void verticalPhoneVideoStaysUprightAt720By1280AndMeetsALandscapeMinimum() throws Exception {
        // a phone held upright records landscape pictures and a display matrix turning them 90° clockwise;
        // the white band along the top of the recorded picture is along the right edge of the upright one
        Path landscape = TestVideos.make(dir.resolve("landscape.mp4"),
                "-f lavfi -i testsrc2=size=1920x1080:rate=30:duration=1,drawbox=x=0:y=0:w=1920:h=120:color=white:t=fill "
                        + TestVideos.TONE + " -c:v libx264 -preset ultrafast -c:a aac -shortest");
        Path original = TestVideos.make(dir.resolve("phone.mov"), "-display_rotation -90 -i " + landscape + " -c copy");
        assertThat(ReadBack.of(original).displayRotation()).isEqualTo(-90);

        ProcessedMedia media = process(original, new MediaLimits(null, 1920, 1080, null, null), ProgressListener.IGNORE);

        assertThat(media.width()).isEqualTo(1080);
        assertThat(media.height()).isEqualTo(1920);
        assertThat(media.details()).isEqualTo("MOV · H.264 1080×1920 · AAC · 0:01");
        ReadBack web = assertWebVideo(media, 720, 1280);
        assertThat(web.displayRotation()).isEqualTo(-90);
        assertThat(web.codedWidth()).isEqualTo(1280);
        BufferedImage coded = web.firstPicture();
        assertThat(TestVideos.brightness(coded, 0, 0, coded.getWidth(), 60)).isGreaterThan(230);
        BufferedImage poster = ImageIO.read(derivative(media, AssetRole.POSTER).file().toFile());
        assertThat(TestVideos.brightness(poster, 720 - 60, 0, 60, 1280)).isGreaterThan(230);
        assertThat(TestVideos.brightness(poster, 0, 0, 60, 1280)).isLessThan(200);
    }

    @Test
    void aVerticalExportIsBoundOnItsWidthWithItsColoursIntact() throws Exception {
        // 720 is not a multiple of 64: the grabber pads its rows, which the packed copy must undo
        Path original = TestVideos.make(dir.resolve("vertical.mp4"),
                TestVideos.pattern("1080x1920", 30, 1) + " -c:v libx264 -preset ultrafast");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("MP4 · H.264 1080×1920 · 无音频 · 0:01");
        ReadBack web = assertWebVideo(media, 720, 1280);
        assertThat(web.displayRotation()).isZero();
        assertThat(TestVideos.colourDistance(ReadBack.of(original).firstPicture(), web.firstPicture())).isLessThan(8);
        BufferedImage poster = ImageIO.read(derivative(media, AssetRole.POSTER).file().toFile());
        assertThat(TestVideos.colourDistance(web.firstPicture(), poster)).isLessThan(40);
    }

    @Test
    void webmWithVp9AndOpus() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.webm"), TestVideos.patternWithTone()
                + " -c:v libvpx-vp9 -deadline realtime -cpu-used 8 -b:v 300k -c:a libopus");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("WebM · VP9 320×180 · Opus · 0:02");
        assertThat(assertWebVideo(media, 320, 180).sampleRate()).isEqualTo(48000);
    }

    @Test
    void mkvWithSurroundSoundIsMixedDownToStereo() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.mkv"),
                TestVideos.patternWithTone() + " -c:v libx264 -preset ultrafast -c:a ac3 -ac 6");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("MKV · H.264 320×180 · AC-3 · 0:02");
        assertThat(assertWebVideo(media, 320, 180).audioChannels()).isEqualTo(2);
    }

    @Test
    void aviWithMpeg4AndMp3() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.avi"),
                TestVideos.patternWithTone() + " -c:v mpeg4 -q:v 5 -c:a libmp3lame");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("AVI · MPEG-4 320×180 · MP3 · 0:02");
        assertThat(assertWebVideo(media, 320, 180).audioCodec()).isEqualTo("aac");
    }

    @Test
    void flvWithMonoSoundAt22kHzStaysMonoAt44kHz() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.flv"),
                TestVideos.patternWithTone() + " -c:v flv -q:v 5 -c:a libmp3lame -ar 22050");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("FLV · FLV1 320×180 · MP3 · 0:02");
        ReadBack web = assertWebVideo(media, 320, 180);
        assertThat(web.audioChannels()).isEqualTo(1);
        assertThat(web.sampleRate()).isEqualTo(44100);
    }

    @Test
    void videoWithoutSoundStaysWithoutSound() throws Exception {
        Path original = TestVideos.make(dir.resolve("silent.mp4"),
                TestVideos.pattern("320x180", 30, 2) + " -c:v libx264 -preset ultrafast");

        ProcessedMedia media = process(original);

        assertThat(media.details()).isEqualTo("MP4 · H.264 320×180 · 无音频 · 0:02");
        assertThat(assertWebVideo(media, 320, 180).audioCodec()).isNull();
    }

    @Test
    void variableFrameRateBecomesAConstant30FramesPerSecond() throws Exception {
        // 60 frames in the first second, 15 in the second: 37.5 on average
        Path original = TestVideos.make(dir.resolve("vfr.mp4"), TestVideos.pattern("320x180", 60, 2)
                + " -vf select=lt(t\\,1)+not(mod(n\\,4)) -fps_mode vfr -c:v libx264 -preset ultrafast");
        List<Long> sourceSteps = steps(ReadBack.of(original).frameTimestamps());
        assertThat(sourceSteps).contains(16_667L, 66_667L);

        ProcessedMedia media = process(original);

        ReadBack web = assertWebVideo(media, 320, 180);
        assertThat(web.frameTimestamps()).hasSizeBetween(59, 61);
        assertThat(steps(web.frameTimestamps())).allSatisfy(step -> assertThat(step).isCloseTo(33_333L, within(500L)));
    }

    @Test
    void nothingOfTheSourcesMetadataComesOut() throws Exception {
        Path original = TestVideos.make(dir.resolve("tagged.mp4"), TestVideos.patternWithTone()
                        + " -c:v libx264 -preset ultrafast -c:a aac",
                "-metadata", "title=秘密标题", "-metadata", "comment=secret-comment", "-metadata", "artist=张三",
                "-metadata", "location=+39.9+116.4/", "-metadata", "creation_time=2024-01-02T03:04:05Z",
                "-metadata:s:v", "handler_name=SecretCam", "-metadata:s:a", "handler_name=SecretMic");
        ReadBack source = ReadBack.of(original);
        assertThat(source.metadata()).containsKeys("title", "comment", "location", "creation_time", "encoder");

        ProcessedMedia media = process(original);

        ReadBack web = assertWebVideo(media, 320, 180);
        assertThat(web.metadata().keySet()).isSubsetOf(CONTAINER_BRANDS);
        for (var streamTags : List.of(web.videoMetadata(), web.audioMetadata())) {
            assertThat(streamTags).doesNotContainKeys("title", "comment", "location", "creation_time", "encoder");
            assertThat(streamTags.values()).noneMatch(value -> value.contains("Secret"));
        }
        String bytes = new String(Files.readAllBytes(derivative(media, AssetRole.VIDEO_WEB).file()),
                StandardCharsets.ISO_8859_1);
        for (String leak : List.of("秘密标题", "secret-comment", "张三", "+39.9", "2024-01-02", "Secret", "Lavf")) {
            assertThat(bytes).doesNotContain(new String(leak.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void posterSkipsABlackOpening() throws Exception {
        // black for two seconds, then one second of picture: only the candidate at 75 % shows something
        Path original = TestVideos.make(dir.resolve("fade.mp4"),
                "-f lavfi -i color=c=black:s=320x180:r=30:d=2 " + TestVideos.pattern("320x180", 30, 1)
                        + " -filter_complex [0:v][1:v]concat=n=2:v=1:a=0 -c:v libx264 -preset ultrafast");

        ProcessedMedia media = process(original);

        BufferedImage poster = ImageIO.read(derivative(media, AssetRole.POSTER).file().toFile());
        assertThat(TestVideos.brightness(poster)).isGreaterThan(60);
        assertThat(media.fingerprint()).isNotEqualTo(
                Fingerprint.visual(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB)));
    }

    @Test
    void aVideoLongerThanTheLimitIsRefusedBeforeTranscoding() throws Exception {
        Path original = TestVideos.make(dir.resolve("long.mp4"),
                TestVideos.pattern("160x90", 10, 3) + " -c:v libx264 -preset ultrafast");
        MediaWork work = TestVideos.work(dir, new MediaLimits(1, null, null, null, null), ProgressListener.IGNORE);

        assertThatThrownBy(() -> processor.process(original, work))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("视频时长 0:03 超过 0:01 的限制");
        try (var files = Files.list(work.workDir())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aVideoSmallerThanTheMinimumIsRefused() throws Exception {
        Path original = TestVideos.make(dir.resolve("small.mp4"),
                TestVideos.pattern("320x180", 10, 1) + " -c:v libx264 -preset ultrafast");

        assertThatThrownBy(() -> process(original, new MediaLimits(null, 1920, 1080, null, null), ProgressListener.IGNORE))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("视频画面 320×180 小于 1920×1080 的要求（横屏、竖屏均可）");
    }

    @Test
    void progressRisesStepByStepTo100() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.mp4"),
                TestVideos.patternWithTone() + " -c:v libx264 -preset ultrafast -c:a aac");
        List<Integer> reported = new ArrayList<>();

        process(original, MediaLimits.NONE, reported::add);

        assertThat(reported).hasSizeGreaterThan(10).isSorted().doesNotHaveDuplicates().endsWith(100);
        assertThat(reported.get(0)).isLessThan(10);
    }

    @Test
    void aDeadlineInThePastStopsBeforeAnythingIsDecoded() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.mp4"),
                TestVideos.pattern("160x90", 10, 1) + " -c:v libx264 -preset ultrafast");
        MediaWork work = TestVideos.work(dir, MediaLimits.NONE, ProgressListener.IGNORE, Clock.systemUTC(),
                Instant.now().minusSeconds(1));

        assertThatThrownBy(() -> processor.process(original, work))
                .isInstanceOf(MediaWork.MediaTimeLimitException.class)
                .hasMessage("文件处理超时，请压缩或转换后重新上传");
    }

    @Test
    void aDeadlinePassingWhileTranscodingStopsTheFrameLoop() throws Exception {
        Path original = TestVideos.make(dir.resolve("clip.mp4"),
                TestVideos.patternWithTone() + " -c:v libx264 -preset ultrafast -c:a aac");
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        List<Integer> reported = new ArrayList<>();
        // every look at the clock is a second later: the time is up at the 40th
        MediaWork work = TestVideos.work(dir, MediaLimits.NONE, reported::add, new TickingClock(start, Duration.ofSeconds(1)),
                start.plusSeconds(40));

        assertThatThrownBy(() -> processor.process(original, work)).isInstanceOf(MediaWork.MediaTimeLimitException.class);
        assertThat(reported).isNotEmpty().allSatisfy(percent -> assertThat(percent).isLessThan(100));
    }

    private ProcessedMedia process(Path original) throws IOException, MediaRejectedException {
        return process(original, MediaLimits.NONE, ProgressListener.IGNORE);
    }

    private ProcessedMedia process(Path original, MediaLimits limits, ProgressListener progress)
            throws IOException, MediaRejectedException {
        return processor.process(original, TestVideos.work(dir, limits, progress));
    }

    /** Checks what every web video must be, and returns it as read back. */
    private static ReadBack assertWebVideo(ProcessedMedia media, int width, int height) throws IOException {
        assertThat(media.derivatives()).extracting(Derivative::role).containsExactly(
                AssetRole.VIDEO_WEB, AssetRole.POSTER, AssetRole.THUMB_LARGE, AssetRole.THUMB_SMALL);
        Derivative video = derivative(media, AssetRole.VIDEO_WEB);
        assertThat(video.contentType()).isEqualTo("video/mp4");
        assertThat(video.width()).isEqualTo(width);
        assertThat(video.height()).isEqualTo(height);
        assertThat(video.durationMs()).isCloseTo(media.durationMs(), within(150L));

        ReadBack web = ReadBack.of(video.file());
        assertThat(web.videoCodec()).isEqualTo("h264");
        assertThat(web.profile()).isEqualTo(AV_PROFILE_H264_HIGH);
        assertThat(web.shownWidth()).isEqualTo(width);
        assertThat(web.shownHeight()).isEqualTo(height);
        assertThat(web.codedWidth() % 2).isZero();
        assertThat(web.codedHeight() % 2).isZero();
        assertThat(Math.min(width, height)).isLessThanOrEqualTo(720);
        assertThat(web.durationMs()).isCloseTo(media.durationMs(), within(150L));
        assertThat(web.metadata().keySet()).isSubsetOf(CONTAINER_BRANDS);
        String head = new String(Files.readAllBytes(video.file()), StandardCharsets.ISO_8859_1);
        assertThat(head.indexOf("moov")).as("+faststart: the index before the media data")
                .isPositive().isLessThan(head.indexOf("mdat"));

        assertImage(derivative(media, AssetRole.POSTER), "image/jpeg", width, height);
        assertImage(derivative(media, AssetRole.THUMB_LARGE), "image/jpeg",
                fitted(width, height, 640)[0], fitted(width, height, 640)[1]);
        assertImage(derivative(media, AssetRole.THUMB_SMALL), "image/jpeg",
                fitted(width, height, 240)[0], fitted(width, height, 240)[1]);
        assertThat(media.fingerprint()).isNotNull();
        assertThat(media.fingerprint().kind()).isEqualTo(Fingerprint.Kind.VISUAL);
        return web;
    }

    private static void assertImage(Derivative image, String contentType, int width, int height) throws IOException {
        assertThat(image.contentType()).isEqualTo(contentType);
        BufferedImage read = ImageIO.read(image.file().toFile());
        assertThat(read.getWidth()).isCloseTo(width, within(1));
        assertThat(read.getHeight()).isCloseTo(height, within(1));
        assertThat(image.width()).isEqualTo(read.getWidth());
        assertThat(image.height()).isEqualTo(read.getHeight());
    }

    private static int[] fitted(int width, int height, int maxEdge) {
        double scale = Math.min(1, (double) maxEdge / Math.max(width, height));
        return new int[] {(int) Math.round(width * scale), (int) Math.round(height * scale)};
    }

    private static Derivative derivative(ProcessedMedia media, AssetRole role) {
        return media.derivatives().stream().filter(d -> d.role() == role).findFirst().orElseThrow();
    }

    private static List<Long> steps(List<Long> timestamps) {
        List<Long> steps = new ArrayList<>();
        for (int i = 1; i < timestamps.size(); i++) {
            steps.add(timestamps.get(i) - timestamps.get(i - 1));
        }
        return steps;
    }
}
