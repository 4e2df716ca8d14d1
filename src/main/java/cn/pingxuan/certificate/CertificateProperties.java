package cn.pingxuan.certificate;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param fontPath a TrueType-outline CJK font (.ttf, or .ttc with {@code fontName}); PDFBox cannot embed CFF
 *                 outlines, so Noto CJK does not work. Debian: fonts-wqy-zenhei.
 * @param fontName the font to take from a collection (.ttc); the first one when it is not there
 */
@ConfigurationProperties("pingxuan.certificate")
record CertificateProperties(
        @Bindable(defaultValue = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") String fontPath,
        @Bindable(defaultValue = "WenQuanYiZenHei") String fontName) {
}
