package cn.pingxuan.originality;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate detection across all entries of all contests. Each processed original leaves a fingerprint;
 * a new one is compared with every other entry's (images and poster frames: a scan of 64-bit hashes; texts:
 * candidates that share a MinHash band, then the full signature), and pairs above the threshold are stored
 * both ways for the organizers' eligibility review.
 */
@Singleton
public class Originality {

    /** ≤ 9 of 64 perceptual-hash bits differ: the same picture re-encoded, resized, lightly edited. */
    static final double VISUAL_THRESHOLD = 0.86;
    /** 40 % shared character 4-grams: far above what two essays on the same theme share by chance (a few %). */
    static final double TEXT_THRESHOLD = 0.40;
    /** 32 bands of 2 minima: a pair at the threshold shares a band with probability 1 − (1 − 0.4²)³² ≈ 99.6 %. */
    static final int BANDS = 32;

    private final WorkFingerprintRepository fingerprints;
    private final SimilarWorkRepository similar;

    Originality(WorkFingerprintRepository fingerprints, SimilarWorkRepository similar) {
        this.fingerprints = fingerprints;
        this.similar = similar;
    }

    /** Stores the fingerprint of a processed original (replacing an earlier one) and its similar works. */
    @Transactional
    public List<SimilarWork> record(long entryId, long assetId, Fingerprint fingerprint) {
        forget(assetId);
        fingerprints.save(new WorkFingerprint(assetId, entryId, fingerprint.kind(), fingerprint.encoded(), null));
        List<WorkFingerprint> candidates = candidates(entryId, fingerprint);
        if (fingerprint.kind() == Fingerprint.Kind.TEXT) {
            long[] values = fingerprint.values();
            for (int band = 0; band < BANDS; band++) {
                fingerprints.insertBand(assetId, band, bandHash(values, band));
            }
        }
        double threshold = fingerprint.kind() == Fingerprint.Kind.VISUAL ? VISUAL_THRESHOLD : TEXT_THRESHOLD;
        List<SimilarWork> found = new ArrayList<>();
        for (WorkFingerprint other : candidates) {
            double similarity = fingerprint.similarity(other.fingerprint());
            if (similarity >= threshold) {
                int percent = (int) Math.round(similarity * 100);
                found.add(similar.save(new SimilarWork(null, assetId, entryId, other.assetId(), other.entryId(),
                        fingerprint.kind(), percent, null)));
                similar.save(new SimilarWork(null, other.assetId(), other.entryId(), assetId, entryId, fingerprint.kind(),
                        percent, null));
            }
        }
        return found;
    }

    /** Drops an original's fingerprint and every pair it is part of (the work was replaced or removed). */
    @Transactional
    public void forget(long assetId) {
        similar.deleteInvolving(assetId);
        fingerprints.deleteBands(assetId);
        fingerprints.deleteById(assetId);
    }

    /** The similar works of these entries, most similar first. */
    public List<SimilarWork> of(Collection<Long> entryIds) {
        return entryIds.isEmpty() ? List.of() : similar.findByEntryIdInOrderByPercentDesc(entryIds);
    }

    private List<WorkFingerprint> candidates(long entryId, Fingerprint fingerprint) {
        if (fingerprint.kind() == Fingerprint.Kind.VISUAL) {
            return fingerprints.findByKindAndEntryIdNotEqual(Fingerprint.Kind.VISUAL, entryId);
        }
        Set<Long> assetIds = new LinkedHashSet<>();
        for (int band = 0; band < BANDS; band++) {
            assetIds.addAll(fingerprints.findCandidates(band, bandHash(fingerprint.values(), band), entryId));
        }
        return assetIds.isEmpty() ? List.of() : fingerprints.findByAssetIdIn(assetIds);
    }

    private static long bandHash(long[] values, int band) {
        int rows = values.length / BANDS;
        long hash = 17;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            hash = hash * 31 + values[i];
        }
        return hash;
    }
}
