package cn.pingxuan.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a file from its first bytes (magic numbers, container headers, text markers). The file name
 * and the browser's MIME type are never consulted: both are chosen by the sender.
 *
 * <p>Recognition is deliberately shallow: it decides which pipeline may open the file; the media pipeline
 * then probes the file completely (codecs, duration, the entries of a DOCX).
 */
public final class FileTypeSniffer {

    /** Enough for every signature, a few ZIP entry names and a fair look at text. */
    public static final int SNIFF_LENGTH = 4096;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1", "mif2");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final Set<String> M4V_BRANDS = Set.of("M4V ", "M4VH", "M4VP");
    /** Top-level atoms that old QuickTime files (without an ftyp box) start with. */
    private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");
    private static final int TS_PACKET = 188;
    private static final int M2TS_PACKET = 192;
    /** The tags browsers treat as HTML when a document starts with them (WHATWG MIME sniffing). */
    private static final List<String> HTML_TAGS = List.of("<!doctype html", "<html", "<head", "<script", "<iframe",
            "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p");

    private FileTypeSniffer() {
    }

    /**
     * @param data      the file's first bytes
     * @param length    how many bytes of {@code data} are valid
     * @param wholeFile whether those bytes are the whole file (otherwise text may end in a cut character)
     */
    public static FileType sniff(byte[] data, int length, boolean wholeFile) {
        Bytes bytes = new Bytes(data, Math.min(length, data.length));
        if (bytes.length == 0) {
            return FileType.UNKNOWN;
        }
        FileType binary = binaryType(bytes);
        if (binary != null) {
            return binary;
        }
        return textType(bytes, wholeFile);
    }

    private static FileType binaryType(Bytes b) {
        if (b.startsWith(0x4D, 0x5A) && b.containsNul(0, 512)) {
            return FileType.EXECUTABLE;
        }
        if (b.startsWith(0x7F, 'E', 'L', 'F')) {
            return FileType.ELF;
        }
        if (b.startsWith(0xFE, 0xED, 0xFA, 0xCE) || b.startsWith(0xFE, 0xED, 0xFA, 0xCF)
                || b.startsWith(0xCE, 0xFA, 0xED, 0xFE) || b.startsWith(0xCF, 0xFA, 0xED, 0xFE)
                || b.startsWith(0xCA, 0xFE, 0xBA, 0xBE)) {
            return FileType.EXECUTABLE;
        }
        if (b.startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return FileType.PNG;
        }
        if (b.startsWith(0xFF, 0xD8, 0xFF)) {
            return FileType.JPEG;
        }
        if (b.startsWithAscii(0, "GIF87a") || b.startsWithAscii(0, "GIF89a")) {
            return FileType.GIF;
        }
        if (b.startsWith('I', 'I', 0x2A, 0x00) || b.startsWith('M', 'M', 0x00, 0x2A)) {
            return FileType.TIFF;
        }
        if (isBmp(b)) {
            return FileType.BMP;
        }
        if (b.startsWithAscii(0, "RIFF") && b.startsWithAscii(8, "WEBP")) {
            return FileType.WEBP;
        }
        if (b.startsWithAscii(0, "RIFF") && b.startsWithAscii(8, "AVI ")) {
            return FileType.AVI;
        }
        if (b.startsWithAscii(0, "%PDF-")) {
            return FileType.PDF;
        }
        if (b.startsWith('F', 'L', 'V', 0x01)) {
            return FileType.FLV;
        }
        if (b.startsWith(0x1A, 0x45, 0xDF, 0xA3)) {
            return matroskaType(b);
        }
        if (b.startsWithAscii(4, "ftyp")) {
            return isoMediaType(b);
        }
        // the size must be below 16 MiB (or 1: a 64-bit size follows), so that text like "The wide river" is no MOV
        if (b.length >= 8 && b.at(0) == 0 && QUICKTIME_ATOMS.contains(b.ascii(4, 4))) {
            return FileType.MOV;
        }
        if (isTransportStream(b, 0, TS_PACKET) || isTransportStream(b, 4, M2TS_PACKET)) {
            return FileType.MPEG_TS;
        }
        if (b.startsWith('P', 'K', 0x03, 0x04)) {
            return zipType(b);
        }
        if (b.startsWith('P', 'K', 0x05, 0x06)) {
            return FileType.ZIP;
        }
        return null;
    }

    private static boolean isBmp(Bytes b) {
        if (!b.startsWith('B', 'M') || b.length < 18) {
            return false;
        }
        long dibHeaderSize = b.uint32le(14);
        boolean reservedZero = b.at(6) == 0 && b.at(7) == 0 && b.at(8) == 0 && b.at(9) == 0;
        return reservedZero && Set.of(12L, 40L, 52L, 56L, 64L, 108L, 124L).contains(dibHeaderSize);
    }

    /** WebM is Matroska with the "webm" doc type; the EBML header is short, so the doc type is near the start. */
    private static FileType matroskaType(Bytes b) {
        int headerEnd = Math.min(b.length, 64);
        if (b.indexOfAscii("webm", 4, headerEnd) >= 0) {
            return FileType.WEBM;
        }
        if (b.indexOfAscii("matroska", 4, headerEnd) >= 0) {
            return FileType.MKV;
        }
        return FileType.UNKNOWN;
    }

    /** ISO base media files (MP4, MOV, HEIF, AVIF) name their flavour in the ftyp box's brands. */
    private static FileType isoMediaType(Bytes b) {
        if (b.length < 12) {
            return FileType.UNKNOWN;
        }
        String major = b.ascii(8, 4);
        List<String> brands = new ArrayList<>();
        brands.add(major);
        long boxEnd = Math.min(b.uint32be(0), b.length);
        for (int i = 16; i + 4 <= boxEnd; i += 4) {
            brands.add(b.ascii(i, 4));
        }
        if (brands.stream().anyMatch(AVIF_BRANDS::contains) && !brands.contains("qt  ")) {
            return FileType.AVIF;
        }
        if (HEIC_BRANDS.contains(major) || (HEIF_BRANDS.contains(major) && brands.stream().anyMatch(HEIC_BRANDS::contains))) {
            return FileType.HEIC;
        }
        if (HEIF_BRANDS.contains(major)) {
            return FileType.HEIF;
        }
        if (major.equals("qt  ")) {
            return FileType.MOV;
        }
        if (M4V_BRANDS.contains(major)) {
            return FileType.M4V;
        }
        // isom, mp41, mp42, avc1, 3gp…: the MP4 family; the media pipeline checks the streams inside
        return FileType.MP4;
    }

    /** At least two packets' sync bytes must line up in binary data; one 0x47 ('G') alone proves nothing. */
    private static boolean isTransportStream(Bytes b, int first, int packetLength) {
        if (!b.containsNul(0, first + packetLength)) {
            return false;
        }
        int syncBytes = 0;
        for (int i = first; i < b.length && syncBytes < 3; i += packetLength) {
            if (b.at(i) != 0x47) {
                return false;
            }
            syncBytes++;
        }
        return syncBytes >= 2;
    }

    /**
     * A DOCX is a ZIP whose entries are Office Open XML parts. Only entry names in the sniffed bytes are seen;
     * a ZIP without such names stays a ZIP.
     */
    private static FileType zipType(Bytes b) {
        boolean openXml = false;
        for (String name : zipEntryNames(b)) {
            if (name.startsWith("word/")) {
                return FileType.DOCX;
            }
            if (name.startsWith("xl/") || name.startsWith("ppt/")) {
                return FileType.ZIP;
            }
            openXml |= name.equals("[Content_Types].xml");
        }
        return openXml ? FileType.DOCX : FileType.ZIP;
    }

    private static List<String> zipEntryNames(Bytes b) {
        List<String> names = new ArrayList<>();
        for (int i = b.indexOf(0, 'P', 'K', 0x03, 0x04); i >= 0; i = b.indexOf(i + 4, 'P', 'K', 0x03, 0x04)) {
            if (i + 30 > b.length) {
                break;
            }
            int nameLength = b.uint16le(i + 26);
            if (i + 30 + nameLength > b.length) {
                break;
            }
            names.add(new String(b.data, i + 30, nameLength, StandardCharsets.UTF_8));
        }
        return names;
    }

    private static FileType textType(Bytes b, boolean wholeFile) {
        int start = b.startsWith(0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (b.startsWithAscii(start, "#!")) {
            return FileType.SCRIPT;
        }
        int content = start;
        while (content < b.length && isWhitespace(b.at(content))) {
            content++;
        }
        String head = b.ascii(content, Math.min(b.length - content, 64)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<?php") || head.startsWith("<%")) {
            return FileType.SCRIPT;
        }
        if (head.startsWith("<svg")) {
            return FileType.SVG;
        }
        if (head.startsWith("<?xml")) {
            String document = b.ascii(content, b.length - content).toLowerCase(Locale.ROOT);
            if (document.contains("<svg")) {
                return FileType.SVG;
            }
            return document.contains("<html") ? FileType.HTML : FileType.XML;
        }
        if (head.startsWith("<!--") || HTML_TAGS.stream().anyMatch(tag -> startsWithTag(head, tag))) {
            return FileType.HTML;
        }
        if (hasBinaryControlCharacters(b)) {
            return FileType.UNKNOWN;
        }
        if (decodes(b, start, StandardCharsets.UTF_8, wholeFile) || decodes(b, start, GB18030, wholeFile)) {
            return FileType.TEXT;
        }
        return FileType.UNKNOWN;
    }

    private static boolean startsWithTag(String head, String tag) {
        if (!head.startsWith(tag)) {
            return false;
        }
        if (head.length() == tag.length()) {
            return true;
        }
        char next = head.charAt(tag.length());
        return next == ' ' || next == '>' || next == '\t' || next == '\n' || next == '\r' || next == '/';
    }

    private static boolean isWhitespace(int value) {
        return value == ' ' || value == '\t' || value == '\n' || value == '\r' || value == '\f';
    }

    /** Text has no NUL and no control characters other than tab, line breaks, form feed and DOS end-of-file. */
    private static boolean hasBinaryControlCharacters(Bytes b) {
        for (int i = 0; i < b.length; i++) {
            int value = b.at(i);
            if ((value < 0x20 && !isWhitespace(value) && value != 0x1A) || value == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Strict decoding; a prefix of a longer file may end inside a multi-byte character. */
    private static boolean decodes(Bytes b, int start, Charset charset, boolean wholeFile) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(b.data, start, b.length - start);
        CharBuffer output = CharBuffer.allocate(b.length - start + 1);
        CoderResult result = decoder.decode(input, output, wholeFile);
        if (result.isError()) {
            return false;
        }
        if (wholeFile) {
            return !decoder.flush(output).isError() && !input.hasRemaining();
        }
        // what is left must be the start of one character: at most 3 bytes for UTF-8 and GB18030
        return input.remaining() < 4;
    }

    /** Bounds-checked reads over the valid part of the sniffed bytes. */
    private record Bytes(byte[] data, int length) {

        int at(int index) {
            return index < length ? data[index] & 0xFF : -1;
        }

        boolean startsWith(int... expected) {
            for (int i = 0; i < expected.length; i++) {
                if (at(i) != expected[i]) {
                    return false;
                }
            }
            return true;
        }

        boolean startsWithAscii(int offset, String expected) {
            if (offset + expected.length() > length) {
                return false;
            }
            for (int i = 0; i < expected.length(); i++) {
                if (at(offset + i) != expected.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        String ascii(int offset, int count) {
            int end = Math.min(length, offset + count);
            return offset >= end ? "" : new String(data, offset, end - offset, StandardCharsets.ISO_8859_1);
        }

        int indexOfAscii(String needle, int from, int to) {
            int found = ascii(from, to - from).indexOf(needle);
            return found < 0 ? -1 : from + found;
        }

        int indexOf(int from, int... pattern) {
            outer:
            for (int i = from; i + pattern.length <= length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (at(i + j) != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        boolean containsNul(int from, int to) {
            for (int i = from; i < Math.min(to, length); i++) {
                if (data[i] == 0) {
                    return true;
                }
            }
            return false;
        }

        int uint16le(int offset) {
            return at(offset) | (at(offset + 1) << 8);
        }

        long uint32le(int offset) {
            return (at(offset) | (at(offset + 1) << 8) | (at(offset + 2) << 16) | ((long) at(offset + 3) << 24));
        }

        long uint32be(int offset) {
            return ((long) at(offset) << 24) | (at(offset + 1) << 16) | (at(offset + 2) << 8) | at(offset + 3);
        }
    }
}
