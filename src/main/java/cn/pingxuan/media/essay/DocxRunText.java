package cn.pingxuan.media.essay;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.xmlbeans.XmlCursor;

/**
 * The visible text of a paragraph's runs. POI's own {@code getText()} is not used: it writes markers into the text
 * ("[footnoteRef:1]", footnote bodies, "|X|" for check boxes) that would be counted as letters and digits, and it
 * upper-cases small-caps runs. Here only typed text, tabs and breaks come out; hidden runs, deleted revisions, field
 * codes and the pinyin (ruby) over characters are left out. Content controls (form fields of a template, rare in
 * essays) still go through POI's text.
 */
final class DocxRunText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxRunText() {
    }

    static void append(XWPFParagraph paragraph, StringBuilder text) {
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run && !run.isVanish()) {
                appendRun(run, text);
            } else if (element instanceof XWPFSDT contentControl) {
                text.append(contentControl.getContent().getText());
            }
        }
    }

    private static void appendRun(XWPFRun run, StringBuilder text) {
        try (XmlCursor child = run.getCTR().newCursor()) {
            child.selectPath("./*");
            while (child.toNextSelection()) {
                if (!W.equals(child.getName().getNamespaceURI())) {
                    continue;
                }
                switch (child.getName().getLocalPart()) {
                    case "t" -> text.append(child.getTextValue());
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    case "ruby" -> appendRubyBase(child, text);
                    default -> {
                        // delText, instrText, footnote and comment references, drawings: not body text
                    }
                }
            }
        }
    }

    private static void appendRubyBase(XmlCursor ruby, StringBuilder text) {
        try (XmlCursor base = ruby.getObject().newCursor()) {
            base.selectPath("declare namespace w='" + W + "' ./w:rubyBase//w:t");
            while (base.toNextSelection()) {
                text.append(base.getTextValue());
            }
        }
    }
}
