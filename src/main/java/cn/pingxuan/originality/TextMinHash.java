package cn.pingxuan.originality;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * MinHash over character 4-grams of an essay, ignoring whitespace, punctuation and letter case, so reflowed or
 * re-punctuated copies still match. 64 minima estimate the Jaccard similarity within about ±6 %.
 */
final class TextMinHash {

    static final int HASHES = 64;
    private static final int SHINGLE = 4;
    private static final int MIN_SHINGLES = 20;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private TextMinHash() {
    }

    static long[] of(String text) {
        int[] chars = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= chars.length; i++) {
            shingles.add(hash(new String(chars, i, SHINGLE)));
        }
        if (shingles.size() < MIN_SHINGLES) {
            return null;
        }
        long[] minima = new long[HASHES];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                // one independent hash function per position: the shingle mixed with a fixed per-position seed;
                // fixed, so signatures stored years ago stay comparable with new ones
                long h = mix(shingle ^ mix((i + 1) * GOLDEN));
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return minima;
    }

    /** SplitMix64's finaliser: a bijection that spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the shingle's UTF-8 bytes: stable across JVMs, unlike String.hashCode's 32 bits. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
