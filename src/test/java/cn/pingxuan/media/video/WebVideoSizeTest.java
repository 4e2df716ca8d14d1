package cn.pingxuan.media.video;

import org.junit.jupiter.api.Test;

import static cn.pingxuan.media.video.VideoFixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

/** The web video's frame: short edge bound, shape kept, even sides, never enlarged. */
class WebVideoSizeTest {

    @Test
    void landscapeIsBoundOnItsHeight() {
        assertThat(WebVideoSize.of(video(1920, 1080, 0), 720)).isEqualTo(new WebVideoSize(1280, 720));
        assertThat(WebVideoSize.of(video(3840, 2160, 0), 720)).isEqualTo(new WebVideoSize(1280, 720));
        assertThat(WebVideoSize.of(video(2560, 1080, 0), 720)).isEqualTo(new WebVideoSize(1706, 720));
    }

    @Test
    void verticalIsBoundOnItsWidth() {
        assertThat(WebVideoSize.of(video(1080, 1920, 0), 720)).isEqualTo(new WebVideoSize(720, 1280));
    }

    @Test
    void aRotatedPhoneVideoKeepsItsRecordedShapeAndIsShownTurned() {
        VideoInfo phone = video(1920, 1080, 270);

        WebVideoSize size = WebVideoSize.of(phone, 720);

        assertThat(size).isEqualTo(new WebVideoSize(1280, 720));
        assertThat(size.shown(phone)).isEqualTo(new WebVideoSize(720, 1280));
        assertThat(size.shown(video(1920, 1080, 180))).isEqualTo(size);
    }

    @Test
    void smallerVideosAreNotEnlargedButMadeEven() {
        assertThat(WebVideoSize.of(video(640, 360, 0), 720)).isEqualTo(new WebVideoSize(640, 360));
        assertThat(WebVideoSize.of(video(853, 480, 0), 720)).isEqualTo(new WebVideoSize(852, 480));
        assertThat(WebVideoSize.of(video(15, 9, 0), 720)).isEqualTo(new WebVideoSize(14, 8));
        assertThat(WebVideoSize.of(video(1, 1, 0), 720)).isEqualTo(new WebVideoSize(2, 2));
    }

    @Test
    void anamorphicPixelsBecomeSquare() {
        assertThat(WebVideoSize.of(video(1440, 1080, 4 / 3.0, 0, 1000), 720)).isEqualTo(new WebVideoSize(1280, 720));
        assertThat(WebVideoSize.of(video(720, 576, 64 / 45.0, 0, 1000), 720)).isEqualTo(new WebVideoSize(1024, 576));
    }
}
