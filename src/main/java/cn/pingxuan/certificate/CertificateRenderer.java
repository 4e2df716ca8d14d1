package cn.pingxuan.certificate;

import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Certificates as PDF bytes or a ZIP of PDFs, refusing any text the font cannot draw (no tofu boxes on paper). */
@Singleton
class CertificateRenderer {

    private static final int MAX_REPORTED_WORKS = 5;

    private final CertificateFont fonts;

    CertificateRenderer(CertificateFont fonts) {
        this.fonts = fonts;
    }

    byte[] pdf(List<Certificate> certificates) {
        try (CertificateFont.Open font = fonts.open()) {
            requireGlyphs(font, certificates);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CertificatePdf.write(certificates, font.font(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checked before a download starts, so a ZIP does not break off halfway. */
    void requireGlyphs(List<Certificate> certificates) {
        try (CertificateFont.Open font = fonts.open()) {
            requireGlyphs(font, certificates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PDF per certificate, named 编号-作品-奖项.pdf. */
    void zip(List<Certificate> certificates, OutputStream out) throws IOException {
        try (CertificateFont.Open font = fonts.open(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Certificate certificate : certificates) {
                zip.putNextEntry(new ZipEntry(safeFileName(certificate.fileName())));
                CertificatePdf.write(List.of(certificate), font.font(), zip);
                zip.closeEntry();
            }
        }
    }

    static String safeFileName(String name) {
        return name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
    }

    private static void requireGlyphs(CertificateFont.Open font, List<Certificate> certificates) {
        List<FieldError> problems = new ArrayList<>();
        for (Certificate certificate : certificates) {
            Set<String> missing = font.missing(certificate.printedTexts().toList());
            if (!missing.isEmpty() && problems.size() < MAX_REPORTED_WORKS) {
                problems.add(new FieldError(certificate.serial(), "《" + certificate.workTitle() + "》的证书中有字体缺少的字符："
                        + String.join(" ", missing)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "certificate-glyphs-missing",
                    "证书字体中没有部分字符，生成的证书会出现空白方框：" + problems.get(0).message()
                            + "。请修改相关文字，或用 PINGXUAN_CERTIFICATE_FONT_PATH 换用包含这些字符的 TrueType 字体",
                    problems, null);
        }
    }
}
