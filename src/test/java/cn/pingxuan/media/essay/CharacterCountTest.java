package cn.pingxuan.media.essay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expected number here was counted by hand, character by character. */
class CharacterCountTest {

    @Test
    void countsEachHanCharacterAndNoPunctuation() {
        // 春眠不觉晓 处处闻啼鸟: 10 汉字; ，。 do not count
        assertThat(CharacterCount.of("春眠不觉晓，处处闻啼鸟。")).isEqualTo(new CharacterCount(10, 0, 0, 10));
    }

    @Test
    void countsLettersAndDigitsOneByOneInMixedText() {
        // 汉字: 我 在 年 读 了 本 书 活 着 = 9; letters: W a l d e n = 6; digits: 2 0 2 4 3 = 5
        // not counted: ：《》、。 and the spaces
        CharacterCount count = CharacterCount.of("我在 2024 年读了 3 本书：《Walden》、《活着》。");

        assertThat(count).isEqualTo(new CharacterCount(9, 6, 5, 20));
    }

    @Test
    void countsFullWidthLettersAndDigitsButNoIdeographicSpace() {
        // Ａ Ｂ Ｃ = 3 letters, １ ２ ３ = 3 digits, 汉 字 = 2; U+3000 is a space
        assertThat(CharacterCount.of("ＡＢＣ１２３\u3000汉字")).isEqualTo(new CharacterCount(2, 3, 3, 8));
    }

    @Test
    void countsExtensionIdeographsButNotRadicalsOrSymbols() {
        // 𠀀 (extension B, two chars in Java), 㐀 (extension A), 〇, 々 = 4 汉字;
        // ⺀ ⼀ radicals, ① ℃ 😀 ——…… ★ are symbols or punctuation
        CharacterCount count = CharacterCount.of("\uD840\uDC00㐀〇々 ⺀⼀ ①℃\uD83D\uDE00——……★");

        assertThat(count).isEqualTo(new CharacterCount(4, 0, 0, 4));
    }

    @Test
    void countsLettersOfOtherScripts() {
        // Ω μ έ γ α = 5, П р и в е т = 6, か な = 2, 한 글 = 2: 15 letters
        assertThat(CharacterCount.of("Ωμ\u03ADγα Привет かな 한글")).isEqualTo(new CharacterCount(0, 15, 0, 15));
    }

    @Test
    void whitespaceOfAnyKindCountsNothing() {
        assertThat(CharacterCount.of(" \t\n\u00A0\u3000\u2003")).isEqualTo(new CharacterCount(0, 0, 0, 0));
    }

    @Test
    void summarySaysWhatWasCountedForTheUi() {
        assertThat(new CharacterCount(1180, 40, 14, 1234).summary())
                .isEqualTo("共 1,234 字（汉字 1,180，字母 40，数字 14；不计标点和空格）");
    }
}
