package cn.pingxuan.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.pingxuan.common.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TusHeadersTest {

    @Test
    void datesAreImfFixdateWithTwoDigitDays() {
        assertThat(TusHeaders.httpDate(Instant.parse("2026-03-05T07:08:09.123Z"))).isEqualTo("Thu, 05 Mar 2026 07:08:09 GMT");
    }

    @Test
    void numbersAreNonNegativeIntegersThatFitALong() {
        assertThat(TusHeaders.nonNegative("Upload-Length", " 4294967296 ")).isEqualTo(4_294_967_296L);
        assertThat(TusHeaders.nonNegative("Upload-Offset", "0")).isZero();
        for (String bad : new String[] {"", "-1", "+1", "1.5", "1e3", "99999999999999999999", "０"}) {
            assertThatThrownBy(() -> TusHeaders.nonNegative("Upload-Offset", bad)).as(bad).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void thePatchContentTypeMayCarryParameters() {
        assertThat(TusHeaders.isOffsetOctetStream("application/offset+octet-stream")).isTrue();
        assertThat(TusHeaders.isOffsetOctetStream("Application/Offset+Octet-Stream; charset=binary")).isTrue();
        assertThat(TusHeaders.isOffsetOctetStream("application/octet-stream")).isFalse();
        assertThat(TusHeaders.isOffsetOctetStream(null)).isFalse();
    }

    @Test
    void sizesReadLikeAFileManagerShowsThem() {
        assertThat(ByteSizes.format(800)).isEqualTo("800 字节");
        assertThat(ByteSizes.format(12 * 1024)).isEqualTo("12 KB");
        assertThat(ByteSizes.format(1536L * 1024 * 1024)).isEqualTo("1.5 GB");
        assertThat(ByteSizes.format(300L * 1024 * 1024)).isEqualTo("300 MB");
    }
}
