package cn.pingxuan.originality;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A compact signature of a work for near-duplicate search. Two of the same kind give a similarity in [0, 1]:
 * for {@link Kind#VISUAL} the share of equal bits of two 64-bit perceptual hashes, for {@link Kind#TEXT} the
 * share of equal MinHash minima, which estimates the Jaccard similarity of the texts' character shingles.
 */
public record Fingerprint(Kind kind, long[] values) {

    public enum Kind { VISUAL, TEXT }

    public Fingerprint {
        values = values.clone();
    }

    public static Fingerprint visual(java.awt.image.BufferedImage image) {
        return new Fingerprint(Kind.VISUAL, new long[] {PerceptualHash.of(image)});
    }

    /** Null when the text is too short to have a meaningful signature. */
    public static Fingerprint text(String text) {
        long[] signature = TextMinHash.of(text);
        return signature == null ? null : new Fingerprint(Kind.TEXT, signature);
    }

    public double similarity(Fingerprint other) {
        if (kind != other.kind || values.length != other.values.length) {
            throw new IllegalArgumentException("fingerprints of different kinds: " + kind + ", " + other.kind);
        }
        if (kind == Kind.VISUAL) {
            return 1.0 - Long.bitCount(values[0] ^ other.values[0]) / 64.0;
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return (double) equal / values.length;
    }

    /** Hex of the values, 16 digits each: how the database stores a signature. */
    public String encoded() {
        StringBuilder hex = new StringBuilder(values.length * 16);
        for (long value : values) {
            hex.append(HexFormat.of().toHexDigits(value));
        }
        return hex.toString();
    }

    public static Fingerprint decode(Kind kind, String encoded) {
        long[] values = new long[encoded.length() / 16];
        for (int i = 0; i < values.length; i++) {
            values[i] = HexFormat.fromHexDigitsToLong(encoded, i * 16, i * 16 + 16);
        }
        return new Fingerprint(kind, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.kind == kind && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return kind + ":" + encoded();
    }
}
