package cn.pingxuan.storage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * S3's multipart rules, checked the same way by both stores so they refuse the same part lists (some
 * S3-compatible servers, S3Proxy among them, accept out-of-order lists that AWS and MinIO refuse).
 */
final class MultipartRules {

    static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    static final int MAX_PART_NUMBER = 10_000;

    private MultipartRules() {
    }

    static void requirePartNumber(int partNumber) {
        if (partNumber < 1 || partNumber > MAX_PART_NUMBER) {
            throw new IllegalArgumentException(
                    "part number must be between 1 and " + MAX_PART_NUMBER + ": " + partNumber);
        }
    }

    static void requirePartLength(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("part length must not be negative: " + length);
        }
    }

    /** A part of the first {@code length} bytes of {@code bytes}. */
    static void requirePartOf(byte[] bytes, int length) {
        requirePartLength(length);
        if (length > bytes.length) {
            throw new IllegalArgumentException("part length " + length + " exceeds the array's " + bytes.length + " bytes");
        }
    }

    /**
     * The requested list must name parts 1..n in order, each as uploaded (same etag), and every part
     * but the last must be at least {@link #MIN_PART_SIZE}. Uploaded parts beyond n are ignored, as in S3.
     */
    static void requireCompletable(List<PartInfo> requested, List<PartInfo> uploaded) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidPartListException("a multipart upload needs at least one part to complete");
        }
        Map<Integer, PartInfo> uploadedByNumber = uploaded.stream()
                .collect(Collectors.toMap(PartInfo::partNumber, Function.identity()));
        for (int i = 0; i < requested.size(); i++) {
            int expectedNumber = i + 1;
            PartInfo part = requested.get(i);
            if (part.partNumber() != expectedNumber) {
                throw new InvalidPartListException("parts must be listed as 1.." + requested.size()
                        + " in ascending order, but position " + expectedNumber + " holds part " + part.partNumber());
            }
            PartInfo stored = uploadedByNumber.get(expectedNumber);
            if (stored == null) {
                throw new InvalidPartListException("part " + expectedNumber + " was not uploaded");
            }
            if (!stored.etag().equals(part.etag())) {
                throw new InvalidPartListException("part " + expectedNumber + " was uploaded again since etag "
                        + part.etag() + " (now " + stored.etag() + ")");
            }
            boolean last = expectedNumber == requested.size();
            if (!last && stored.size() < MIN_PART_SIZE) {
                throw new InvalidPartListException("part " + expectedNumber + " has " + stored.size()
                        + " bytes; every part but the last needs at least " + MIN_PART_SIZE);
            }
        }
    }
}
