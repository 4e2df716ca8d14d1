package cn.pingxuan.entry;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.WorkFile;
import cn.pingxuan.originality.Originality;
import cn.pingxuan.originality.SimilarWork;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Near-duplicates in the eligibility review: which other entries — of any contest — look like an entry, and both
 * works side by side. The organizer of the entry's contest may view the other work's web renditions (never its
 * original file, its authors or its unit) because the pipeline found the two alike.
 */
@Singleton
public class SimilarityReview {

    private final Originality originality;
    private final EntryRepository entries;
    private final ContestService contests;
    private final MediaAssets assets;

    SimilarityReview(Originality originality, EntryRepository entries, ContestService contests, MediaAssets assets) {
        this.originality = originality;
        this.entries = entries;
        this.contests = contests;
        this.assets = assets;
    }

    /** One side of a pair: an entry's file and its renditions. */
    @Serdeable
    public record Side(long entryId, String code, String title, String contestTitle, String statusLabel, EntryView.FileRef file) {
    }

    @Serdeable
    public record Pair(int percent, String kind, Side mine, Side other) {
    }

    /** The closest other entries of each entry, best first, one hint per other entry. */
    Map<Long, List<EntryView.SimilarHint>> hints(Collection<Long> entryIds) {
        List<SimilarWork> rows = originality.of(entryIds);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Entry> others = load(rows.stream().map(SimilarWork::otherEntryId).collect(Collectors.toSet()));
        Map<Long, String> contestTitles = new LinkedHashMap<>();
        return rows.stream().filter(row -> others.containsKey(row.otherEntryId()))
                .collect(Collectors.groupingBy(SimilarWork::entryId, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream()
                                .collect(Collectors.toMap(SimilarWork::otherEntryId, Function.identity(),
                                        (a, b) -> a.percent() >= b.percent() ? a : b, LinkedHashMap::new))
                                .values().stream().map(row -> {
                                    Entry other = others.get(row.otherEntryId());
                                    return new EntryView.SimilarHint(other.id(), other.code(), other.title(),
                                            contestTitles.computeIfAbsent(other.contestId(), id -> contests.require(id).title()),
                                            row.percent());
                                }).toList())));
    }

    /** Every similar pair of an entry's files, for its contest's organizers. */
    public List<Pair> pairs(Actor actor, long contestId, long entryId) {
        Entry entry = requireManagedEntry(actor, contestId, entryId);
        List<SimilarWork> rows = originality.of(List.of(entry.id()));
        Map<Long, Entry> others = load(rows.stream().map(SimilarWork::otherEntryId).collect(Collectors.toSet()));
        return rows.stream().filter(row -> others.containsKey(row.otherEntryId())).flatMap(row -> {
            Optional<WorkFile> mine = assets.work(row.assetId());
            Optional<WorkFile> theirs = assets.work(row.otherAssetId());
            if (mine.isEmpty() || theirs.isEmpty()) {
                return java.util.stream.Stream.empty();
            }
            WorkFile otherWork = new WorkFile(theirs.get().original().withoutFileName(), theirs.get().derivatives());
            return java.util.stream.Stream.of(new Pair(row.percent(), row.kind().name(),
                    side(entry, mine.get()), side(others.get(row.otherEntryId()), otherWork)));
        }).toList();
    }

    /** A web rendition of a work found similar to one of the actor's contest's entries. */
    public Asset otherRendition(Actor actor, long contestId, long entryId, long otherEntryId, long assetId) {
        Entry entry = requireManagedEntry(actor, contestId, entryId);
        Set<Long> similarOriginals = originality.of(List.of(entry.id())).stream()
                .filter(row -> row.otherEntryId() == otherEntryId).map(SimilarWork::otherAssetId).collect(Collectors.toSet());
        return assets.find(assetId)
                .filter(asset -> asset.entryId() == otherEntryId && !asset.isOriginal() && similarOriginals.contains(asset.sourceId()))
                .orElseThrow(() -> ProblemException.notFound("文件不存在"));
    }

    private Entry requireManagedEntry(Actor actor, long contestId, long entryId) {
        Contest contest = contests.require(contestId);
        if (!contests.manages(actor, contest)) {
            throw ProblemException.forbidden("只有比赛的组织者可以查看相似作品");
        }
        return entries.findById(entryId).filter(e -> e.contestId() == contestId)
                .orElseThrow(() -> ProblemException.notFound("作品不存在"));
    }

    private Side side(Entry entry, WorkFile work) {
        return new Side(entry.id(), entry.code(), entry.title(), contests.require(entry.contestId()).title(),
                entry.status().label(), EntryViews.fileRef(work));
    }

    private Map<Long, Entry> load(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : entries.findByIdIn(ids).stream()
                .filter(e -> e.status() != EntryStatus.DRAFT)
                .collect(Collectors.toMap(Entry::id, Function.identity()));
    }
}
