package cn.pingxuan.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTest {

    @Test
    void wildcardsInSearchTextAreTakenLiterally() {
        assertThat(LikePatterns.containing(" 100%_好\\ ")).isEqualTo("%100\\%\\_好\\\\%");
    }

    @Test
    void noTextMatchesEverything() {
        assertThat(LikePatterns.containing(null)).isEqualTo("%");
        assertThat(LikePatterns.containing("  ")).isEqualTo("%");
    }
}
