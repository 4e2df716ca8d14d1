package cn.pingxuan.vote;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryView;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.AssetStatus;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.WorkFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What anyone may see of a contest's vote: the candidates, their renditions, and counts once they are shown. */
@Singleton
class PublicVote {

    /** Renditions the public may load: web video and poster, display images, essay text, and card thumbnails. */
    private static final Set<AssetRole> PUBLIC_ROLES = EnumSet.of(AssetRole.VIDEO_WEB, AssetRole.POSTER,
            AssetRole.DISPLAY, AssetRole.TEXT, AssetRole.THUMB_SMALL, AssetRole.THUMB_LARGE);
    private static final List<AssetRole> THUMBNAIL_PREFERENCE = List.of(AssetRole.THUMB_LARGE, AssetRole.THUMB_SMALL,
            AssetRole.POSTER, AssetRole.DISPLAY);

    private final VoteContexts contexts;
    private final CandidateRepository candidates;
    private final VoteTally tally;
    private final VoteRepository votes;
    private final VoteQuota quota;
    private final ContestService contests;
    private final MediaAssets media;
    private final Clock clock;

    PublicVote(VoteContexts contexts, CandidateRepository candidates, VoteTally tally, VoteRepository votes,
               VoteQuota quota, ContestService contests, MediaAssets media, Clock clock) {
        this.contexts = contexts;
        this.candidates = candidates;
        this.tally = tally;
        this.votes = votes;
        this.quota = quota;
        this.contests = contests;
        this.media = media;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VoteBoard board(String slugOrId, @Nullable Actor viewer) {
        VoteContext context = contexts.require(slugOrId);
        Instant now = clock.instant();
        boolean countsVisible = context.countsVisibleAt(now);
        List<Candidate> works = candidates.candidates(context.contestId());
        Map<Long, List<WorkFile>> files = media.worksOf(works.stream().map(Candidate::id).toList());
        Map<Long, Long> counts = countsVisible ? tally.counts(context.contestId()) : Map.of();
        Map<Long, List<Candidate>> byCategory = works.stream().collect(Collectors.groupingBy(Candidate::categoryId));
        List<VoteBoard.Category> categories = contests.categoriesOf(context.contestId()).stream()
                .filter(c -> byCategory.containsKey(c.id()))
                .map(c -> new VoteBoard.Category(c.id(), c.name(), c.kind(), byCategory.get(c.id()).stream()
                        .map(w -> new VoteBoard.Work(w.id(), w.code(), w.title(),
                                thumbnail(files.getOrDefault(w.id(), List.of())).orElse(null),
                                countsVisible ? counts.getOrDefault(w.id(), 0L) : null))
                        .toList()))
                .toList();
        VoteSetting setting = context.setting();
        Integer remaining = null;
        List<Long> votedToday = List.of();
        if (viewer != null) {
            LocalDate day = context.dayAt(now);
            remaining = Math.max(0, setting.dailyVotes() - quota.used(context.contestId(), viewer.id(), day));
            votedToday = votes.findEntryIdByContestIdAndUserIdAndVoteDay(context.contestId(), viewer.id(), day);
        }
        return new VoteBoard(context.contest().slug(), context.contest().title(), setting.opensAt(), setting.closesAt(),
                VoteBoard.phaseOf(setting, now), setting.dailyVotes(), countsVisible, viewer != null, remaining,
                votedToday, categories);
    }

    @Transactional(readOnly = true)
    public VoteBoard.WorkPage work(String slugOrId, long entryId) {
        VoteContext context = contexts.require(slugOrId);
        Candidate work = requireCandidate(context, entryId);
        ContestCategory category = contests.categoriesOf(context.contestId()).stream()
                .filter(c -> c.id() == work.categoryId()).findFirst().orElseThrow();
        List<VoteBoard.File> files = media.worksOf(List.of(entryId)).getOrDefault(entryId, List.of()).stream()
                .map(f -> new VoteBoard.File(f.original().ordinal(), f.derivatives().stream()
                        .filter(PublicVote::publicRendition)
                        .map(d -> new EntryView.Rendition(d.id(), d.role(), d.contentType(), d.width(), d.height()))
                        .toList()))
                .filter(f -> !f.renditions().isEmpty())
                .toList();
        Instant now = clock.instant();
        Long count = context.countsVisibleAt(now) ? tally.counts(context.contestId()).getOrDefault(entryId, 0L) : null;
        return new VoteBoard.WorkPage(work.id(), work.code(), work.title(), work.summary(), category.name(),
                category.kind(), VoteBoard.phaseOf(context.setting(), now), files, count);
    }

    /** A rendition of a candidate while its contest's vote is enabled; 404 for anything else. */
    @Transactional(readOnly = true)
    public Asset rendition(String slugOrId, long entryId, long assetId) {
        VoteContext context = contexts.require(slugOrId);
        requireCandidate(context, entryId);
        return media.find(assetId).filter(a -> a.entryId() == entryId && publicRendition(a))
                .orElseThrow(() -> ProblemException.notFound("文件不存在"));
    }

    private Candidate requireCandidate(VoteContext context, long entryId) {
        return candidates.candidate(context.contestId(), entryId)
                .orElseThrow(() -> ProblemException.notFound("作品不存在或不在投票范围内"));
    }

    private static boolean publicRendition(Asset asset) {
        return !asset.isOriginal() && asset.sourceId() != null && asset.status() == AssetStatus.READY
                && PUBLIC_ROLES.contains(asset.role());
    }

    private static Optional<Long> thumbnail(List<WorkFile> files) {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        WorkFile first = files.get(0);
        return THUMBNAIL_PREFERENCE.stream().map(first::derivative).flatMap(Optional::stream)
                .filter(a -> a.status() == AssetStatus.READY).map(Asset::id).findFirst();
    }
}
