package cn.pingxuan.media.essay;

import java.util.Locale;

/**
 * An essay's length the way Chinese writing contests count it ("字数"), which is what a category's
 * {@code minChars}/{@code maxChars} mean:
 * <ul>
 *   <li>each 汉字 counts 1: Han ideographs of every block (the basic block, extensions A to I and beyond,
 *       compatibility ideographs), plus 〇 and the iteration mark 々;</li>
 *   <li>each letter counts 1, of any script (Latin, Greek, Cyrillic, kana, Hangul…), full-width ones (Ａ) too:
 *       "Hello" is 5, not 1 word;</li>
 *   <li>each decimal digit counts 1, full-width ones (０) too: "2024" is 4;</li>
 *   <li>punctuation (，。“”——…), symbols (①, ℃, emoji, radicals ⺀) and whitespace of any kind do not count.</li>
 * </ul>
 * Word's 字数统计 counts an English word as one and full-width punctuation as characters, so its number differs from
 * ours; the UI shows the breakdown ({@link #summary()}) so a student can see why.
 */
public record CharacterCount(int han, int letters, int digits, int total) {

    public CharacterCount {
        if (han < 0 || letters < 0 || digits < 0 || total != han + letters + digits) {
            throw new IllegalArgumentException("inconsistent count: " + han + "+" + letters + "+" + digits + "≠" + total);
        }
    }

    public static CharacterCount of(CharSequence text) {
        int han = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (isHan(c)) {
                han++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        return new CharacterCount(han, letters, digits, han + letters + digits);
    }

    /**
     * Han script and a letter or ideograph (the Kangxi and CJK radicals are symbols), or a code point of the blocks
     * Unicode reserves for ideographs: Java 17 knows Unicode 13, and ideographs added later (extensions H and I,
     * the last of the basic block) are still 汉字 a student may type.
     */
    private static boolean isHan(int c) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return Character.isIdeographic(c) || Character.isLetter(c);
        }
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x3FFFF);
    }

    /** "共 1,234 字（汉字 1,180，字母 40，数字 14；不计标点和空格）" */
    public String summary() {
        return "共 " + grouped(total) + " 字（汉字 " + grouped(han) + "，字母 " + grouped(letters) + "，数字 "
                + grouped(digits) + "；不计标点和空格）";
    }

    static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
