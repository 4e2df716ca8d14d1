package cn.pingxuan.certificate;

import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The CJK font certificates embed. Opened per batch of certificates: a TrueTypeFont reads its file lazily and is
 * not safe to share between threads.
 */
@Singleton
class CertificateFont {

    private final CertificateProperties properties;

    CertificateFont(CertificateProperties properties) {
        this.properties = properties;
    }

    /** An open font; closing it releases the file. */
    static final class Open implements Closeable {

        private final TrueTypeFont font;
        private final Closeable file;

        private Open(TrueTypeFont font, Closeable file) {
            this.font = font;
            this.file = file;
        }

        TrueTypeFont font() {
            return font;
        }

        /** The characters of {@code texts} the font has no glyph for, in order of appearance. */
        Set<String> missing(Collection<String> texts) {
            Set<String> missing = new LinkedHashSet<>();
            try {
                var cmap = font.getUnicodeCmapLookup();
                for (String text : texts) {
                    text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cmap.getGlyphId(cp) == 0)
                            .forEach(cp -> missing.add(Character.toString(cp)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return missing;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    Open open() {
        File file = new File(properties.fontPath());
        if (!file.isFile()) {
            throw new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "certificate-font-missing",
                    "服务器缺少证书字体文件 " + file + "，无法生成证书。请安装 fonts-wqy-zenhei，或用 PINGXUAN_CERTIFICATE_FONT_PATH 指定一个 TrueType 中文字体");
        }
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont font = collection.getFontByName(properties.fontName());
                if (font == null) {
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    font = first[0];
                }
                return new Open(font, collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new Open(font, font);
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "certificate-font-unreadable",
                    "证书字体文件 " + file + " 无法读取（需要 TrueType 轮廓的中文字体）：" + e.getMessage());
        }
    }
}
