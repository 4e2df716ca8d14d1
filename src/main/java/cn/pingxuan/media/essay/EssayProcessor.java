package cn.pingxuan.media.essay;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProcessor;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.originality.Fingerprint;
import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Essays and book reviews (TXT, DOCX, PDF): takes out the text judges read, counts it the contest way
 * ({@link CharacterCount}), checks the category's length limits, and makes two derivatives that carry nothing of the
 * document's metadata: the text as UTF-8 ({@link AssetRole#TEXT}) and the first page as a PNG
 * ({@link AssetRole#PDF_PREVIEW}). The fingerprint finds copies of the same essay across entries.
 * <p>
 * {@link #process} is not told the content type, so it sniffs the file again ({@link EssayFormat#sniff}).
 */
@Singleton
public class EssayProcessor implements MediaProcessor {

    static final String TEXT_CONTENT_TYPE = "text/plain; charset=utf-8";
    static final String TEXT_FILE = "essay.txt";
    static final String PREVIEW_FILE = "first-page.png";

    private final TextFileDecoder textFiles;
    private final DocxText docx;
    private final PdfText pdf;
    private final FirstPagePreview preview = new FirstPagePreview();

    public EssayProcessor(MediaProperties properties) {
        this.textFiles = new TextFileDecoder(properties.maxDocumentBytes());
        this.docx = new DocxText(properties.maxDocumentBytes());
        this.pdf = new PdfText(properties.maxDocumentPages());
    }

    @Override
    public boolean accepts(String contentType) {
        return EssayFormat.of(contentType).isPresent();
    }

    @Override
    public ProcessedMedia process(Path original, MediaWork work) throws IOException, MediaRejectedException {
        EssayFormat format = EssayFormat.sniff(original);
        work.progress().percent(5);
        if (format == EssayFormat.PDF) {
            try (PDDocument document = pdf.open(original)) {
                ExtractedText extracted = pdf.read(document, work);
                CharacterCount count = counted(extracted, format, work.limits());
                work.checkTime();
                return processed(format, extracted, count, preview.ofPdf(document, work.file(PREVIEW_FILE)), work);
            }
        }
        ExtractedText extracted = format == EssayFormat.DOCX ? docx.read(original, work) : textFiles.read(original);
        CharacterCount count = counted(extracted, format, work.limits());
        work.checkTime();
        return processed(format, extracted, count, preview.ofText(extracted.text(), work.file(PREVIEW_FILE)), work);
    }

    private static CharacterCount counted(ExtractedText extracted, EssayFormat format, MediaLimits limits)
            throws MediaRejectedException {
        CharacterCount count = CharacterCount.of(extracted.text());
        // page numbers alone are digits: a PDF needs letters or 汉字 to have text
        if (format == EssayFormat.PDF && count.han() + count.letters() == 0) {
            throw new MediaRejectedException("PDF 中没有可提取的文字（可能是扫描件），请上传可复制文字的 PDF 或 Word 文档");
        }
        if (count.total() == 0) {
            throw new MediaRejectedException("文件中没有文字，请检查是否上传错了文件");
        }
        if (limits.minChars() != null && count.total() < limits.minChars()) {
            throw new MediaRejectedException("文章字数 " + CharacterCount.grouped(count.total()) + " 字，少于要求的 "
                    + CharacterCount.grouped(limits.minChars()) + " 字");
        }
        if (limits.maxChars() != null && count.total() > limits.maxChars()) {
            throw new MediaRejectedException("文章字数 " + CharacterCount.grouped(count.total()) + " 字，超过上限 "
                    + CharacterCount.grouped(limits.maxChars()) + " 字");
        }
        return count;
    }

    private static ProcessedMedia processed(EssayFormat format, ExtractedText extracted, CharacterCount count,
                                            Derivative firstPage, MediaWork work) throws IOException {
        Path textFile = work.file(TEXT_FILE);
        Files.writeString(textFile, extracted.text(), StandardCharsets.UTF_8);
        Derivative text = new Derivative(AssetRole.TEXT, textFile, TEXT_CONTENT_TYPE, null, null, null);
        work.progress().percent(100);
        return new ProcessedMedia(null, null, null, count.total(), details(format, extracted, count),
                List.of(text, firstPage), Fingerprint.text(extracted.text()));
    }

    /** "DOCX · 3 页 · 2,345 字" */
    private static String details(EssayFormat format, ExtractedText extracted, CharacterCount count) {
        String pages = extracted.pages() == null ? "" : " · " + CharacterCount.grouped(extracted.pages()) + " 页";
        return format.label() + pages + " · " + CharacterCount.grouped(count.total()) + " 字";
    }
}
