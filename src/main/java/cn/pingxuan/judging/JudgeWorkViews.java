package cn.pingxuan.judging;

import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.EntryView;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetStatus;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.WorkFile;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;

/**
 * The work as a judge gets it. Only what the pipeline made (metadata-free renditions) is offered: never the
 * student's original, its file name or the pipeline's technical {@code details}, which can echo encoder tags.
 * Authors only in open rounds.
 */
@Singleton
class JudgeWorkViews {

    private final JudgingEntries entries;
    private final ContestService contests;
    private final MediaAssets media;

    JudgeWorkViews(JudgingEntries entries, ContestService contests, MediaAssets media) {
        this.entries = entries;
        this.contests = contests;
        this.media = media;
    }

    ScoringView.Work of(JudgingRound round, long entryId) {
        EntryForJudging entry = entries.byIds(List.of(entryId)).get(0);
        ContestCategory category = contests.categoriesOf(entry.contestId()).stream()
                .filter(c -> c.id() == entry.categoryId()).findFirst().orElseThrow();
        List<ScoringView.File> files = media.worksOf(List.of(entryId)).getOrDefault(entryId, List.of()).stream()
                .map(JudgeWorkViews::file).toList();
        List<Integer> counts = files.stream().map(ScoringView.File::characters).filter(Objects::nonNull).toList();
        Integer characters = counts.isEmpty() ? null : counts.stream().mapToInt(Integer::intValue).sum();
        return new ScoringView.Work(entry.code(), entry.title(), entry.summary(), category.kind(), category.name(),
                characters, files, round.blind() ? null : authors(entryId));
    }

    /** A rendition of the entry that a judge may load; never an original. */
    Asset rendition(long entryId, long assetId) {
        return media.find(assetId)
                .filter(a -> a.entryId() == entryId && !a.isOriginal() && a.sourceId() != null
                        && a.status() == AssetStatus.READY)
                .orElseThrow(() -> ProblemException.notFound("文件不存在"));
    }

    private static ScoringView.File file(WorkFile work) {
        Asset original = work.original();
        List<EntryView.Rendition> renditions = work.derivatives().stream()
                .filter(d -> d.status() == AssetStatus.READY)
                .map(d -> new EntryView.Rendition(d.id(), d.role(), d.contentType(), d.width(), d.height())).toList();
        return new ScoringView.File(original.id(), original.ordinal(), original.status().name(), original.width(),
                original.height(), original.durationMs(), original.characters(), renditions);
    }

    private ScoringView.Authors authors(long entryId) {
        JudgingEntries.Authors authors = entries.authorsOf(entryId);
        return new ScoringView.Authors(authors.names(), authors.unitName(), authors.advisorName());
    }
}
