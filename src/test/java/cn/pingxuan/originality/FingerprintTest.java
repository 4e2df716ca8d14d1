package cn.pingxuan.originality;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintTest {

    private static final String ESSAY = "网络文明是网络空间的底色，我们每个人都是网络空间的参与者，也是网络文明的建设者。";

    @Test
    void aStoredSignatureDecodesToTheSameFingerprint() {
        Fingerprint text = Fingerprint.text(ESSAY);
        Fingerprint visual = Fingerprint.visual(picture(Color.RED));

        assertThat(Fingerprint.decode(Fingerprint.Kind.TEXT, text.encoded())).isEqualTo(text);
        assertThat(Fingerprint.decode(Fingerprint.Kind.VISUAL, visual.encoded())).isEqualTo(visual);
        assertThat(text.encoded()).hasSize(64 * 16);
    }

    @Test
    void aTextTooShortToJudgeHasNoFingerprint() {
        assertThat(Fingerprint.text("太短了。")).isNull();
    }

    @Test
    void aPictureScaledDownStaysAlikeAndAnotherPictureDoesNot() {
        BufferedImage poster = picture(Color.RED);
        BufferedImage smaller = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        smaller.createGraphics().drawImage(poster, 0, 0, 200, 150, null);
        BufferedImage other = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = other.createGraphics();
        for (int x = 0; x < 800; x += 40) {
            g.setColor(x % 80 == 0 ? Color.BLACK : Color.WHITE);
            g.fillRect(x, 0, 40, 600);
        }

        assertThat(Fingerprint.visual(poster).similarity(Fingerprint.visual(smaller))).isGreaterThanOrEqualTo(0.9);
        assertThat(Fingerprint.visual(poster).similarity(Fingerprint.visual(other))).isLessThan(Originality.VISUAL_THRESHOLD);
    }

    @Test
    void fingerprintsOfDifferentKindsCannotBeCompared() {
        Fingerprint text = Fingerprint.text(ESSAY);
        assertThatThrownBy(() -> text.similarity(Fingerprint.visual(picture(Color.BLUE))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage picture(Color accent) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(accent);
        g.fillOval(100, 100, 300, 300);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(450, 200, 250, 300);
        g.dispose();
        return image;
    }
}
