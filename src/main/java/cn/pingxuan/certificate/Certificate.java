package cn.pingxuan.certificate;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one certificate prints, already worded: the body has its placeholders filled in. {@code sample} marks
 * the organizer's preview, which is stamped as such.
 */
record Certificate(String heading, String body, List<String> names, String workTitle, String tier, String contestTitle,
                   String issuer, String issueDate, @Nullable String signatory, String serial, String verificationUrl,
                   boolean sample) {

    /** Every string the page draws, for the font coverage check. */
    Stream<String> printedTexts() {
        return Stream.of(heading, body, issuer, issueDate, signatory == null ? "" : signatory,
                CertificatePdf.SERIAL_LABEL + serial, CertificatePdf.SCAN_HINT, sample ? CertificatePdf.SAMPLE_STAMP : "");
    }

    /** How the file of this certificate is named in downloads: 编号-作品-奖项.pdf. */
    String fileName() {
        return serial + "-" + workTitle + "-" + tier + ".pdf";
    }
}
