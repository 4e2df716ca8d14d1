package cn.pingxuan.media.video;

import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import org.junit.jupiter.api.Test;

import static cn.pingxuan.media.video.VideoFixtures.video;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The category's limits, with the reasons a student reads. */
class VideoRequirementsTest {

    private static final MediaLimits FIVE_MINUTES = limits(300, null, null);
    private static final MediaLimits FULL_HD = limits(null, 1920, 1080);
    private static final MediaLimits AT_LEAST_1080P = limits(null, null, 1080);

    @Test
    void aVideoOverTheDurationLimitIsRefusedWithBothDurations() {
        assertThatThrownBy(() -> VideoRequirements.check(video(1920, 1080, 1, 0, 432_000), FIVE_MINUTES))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("视频时长 7:12 超过 5:00 的限制");
        assertThatThrownBy(() -> VideoRequirements.check(video(1920, 1080, 1, 0, 3_723_000), FIVE_MINUTES))
                .hasMessage("视频时长 1:02:03 超过 5:00 的限制");
    }

    @Test
    void aVideoThatShowsAsTheLimitPasses() {
        assertThatCode(() -> VideoRequirements.check(video(1920, 1080, 1, 0, 300_999), FIVE_MINUTES))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VideoRequirements.check(video(1920, 1080, 1, 0, 301_000), FIVE_MINUTES))
                .hasMessage("视频时长 5:01 超过 5:00 的限制");
    }

    @Test
    void theDecodedDurationIsCheckedWhenTheHeaderSaysNothingOrLies() {
        assertThatCode(() -> VideoRequirements.check(video(1920, 1080, 1, 0, 0), FIVE_MINUTES))
                .doesNotThrowAnyException();
        assertThatCode(() -> VideoRequirements.checkPlayed(300_500, FIVE_MINUTES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VideoRequirements.checkPlayed(301_000, FIVE_MINUTES))
                .hasMessage("视频时长超过 5:00 的限制");
    }

    @Test
    void aResolutionBoxAdmitsBothOrientations() throws MediaRejectedException {
        VideoRequirements.check(video(1920, 1080, 0), FULL_HD);
        VideoRequirements.check(video(1080, 1920, 0), FULL_HD);
        VideoRequirements.check(video(1920, 1080, 90), FULL_HD);
        VideoRequirements.check(video(3840, 2160, 0), FULL_HD);
        assertThatThrownBy(() -> VideoRequirements.check(video(1280, 720, 0), FULL_HD))
                .hasMessage("视频画面 1280×720 小于 1920×1080 的要求（横屏、竖屏均可）");
        assertThatThrownBy(() -> VideoRequirements.check(video(1920, 1000, 0), FULL_HD))
                .hasMessage("视频画面 1920×1000 小于 1920×1080 的要求（横屏、竖屏均可）");
    }

    @Test
    void aMinimumHeightAloneBoundsTheShortEdge() throws MediaRejectedException {
        VideoRequirements.check(video(1920, 1080, 0), AT_LEAST_1080P);
        VideoRequirements.check(video(1080, 1920, 0), AT_LEAST_1080P);
        assertThatThrownBy(() -> VideoRequirements.check(video(720, 1280, 0), AT_LEAST_1080P))
                .hasMessage("视频画面 720×1280 的短边小于 1080 像素的要求");
        assertThatThrownBy(() -> VideoRequirements.check(video(1280, 720, 270), AT_LEAST_1080P))
                .hasMessage("视频画面 720×1280 的短边小于 1080 像素的要求");
    }

    @Test
    void aMinimumWidthAloneBoundsTheLongEdge() throws MediaRejectedException {
        VideoRequirements.check(video(720, 1280, 0), limits(null, 1280, null));
        assertThatThrownBy(() -> VideoRequirements.check(video(640, 360, 0), limits(null, 1280, null)))
                .hasMessage("视频画面 640×360 的长边小于 1280 像素的要求");
    }

    @Test
    void theShownShapeCountsForAnamorphicVideo() throws MediaRejectedException {
        VideoRequirements.check(video(1440, 1080, 4 / 3.0, 0, 1000), FULL_HD);
    }

    private static MediaLimits limits(Integer maxDurationSec, Integer minWidth, Integer minHeight) {
        return new MediaLimits(maxDurationSec, minWidth, minHeight, null, null);
    }
}
