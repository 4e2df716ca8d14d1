package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A judge's rounds and, per round, the queue of entries to score in the order the panel walks them. */
@Singleton
public class JudgeQueueService {

    private final JudgeAccess access;
    private final AssignmentRepository assignments;
    private final JudgeFlagRepository flags;
    private final JudgingEntries entries;
    private final ContestService contests;
    private final JudgeRoundViews roundViews;

    JudgeQueueService(JudgeAccess access, AssignmentRepository assignments,
                      JudgeFlagRepository flags, JudgingEntries entries, ContestService contests,
                      JudgeRoundViews roundViews) {
        this.access = access;
        this.assignments = assignments;
        this.flags = flags;
        this.entries = entries;
        this.contests = contests;
        this.roundViews = roundViews;
    }

    /** Rounds past setup where the judge has work, newest first. */
    @Transactional(readOnly = true)
    public List<JudgeRoundView.Summary> rounds(Actor actor) {
        JudgeAccess.requireJudge(actor);
        Map<Long, List<Assignment>> byRound = assignments.findByJudgeIdOrderById(actor.id()).stream()
                .collect(Collectors.groupingBy(Assignment::roundId));
        return byRound.keySet().stream().map(access::round)
                .filter(round -> round.status() != RoundStatus.SETUP)
                .sorted(Comparator.comparing(JudgingRound::opensAt).reversed().thenComparing(JudgingRound::id))
                .map(round -> roundViews.summary(round, byRound.get(round.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public JudgeQueue queue(Actor actor, long roundId) {
        JudgingRound round = access.round(roundId);
        List<Assignment> own = access.assignmentsIn(actor, round);
        return new JudgeQueue(roundViews.of(round, own), items(round, own));
    }

    /** The judge's active assignments by category (in the contest's order), then entry code. */
    List<JudgeQueue.Item> items(JudgingRound round, List<Assignment> own) {
        List<Assignment> active = own.stream().filter(a -> a.status().active()).toList();
        Map<Long, EntryForJudging> entryById = entries.byIds(active.stream().map(Assignment::entryId).toList()).stream()
                .collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
        Map<Long, ContestCategory> categoryById = contests.categoriesOf(round.contestId()).stream()
                .collect(Collectors.toMap(ContestCategory::id, Function.identity()));
        Set<Long> flagged = flags.findByRoundIdOrderById(round.id()).stream()
                .map(JudgeFlag::assignmentId).collect(Collectors.toSet());
        Comparator<Assignment> order = Comparator
                .comparingInt((Assignment a) -> categoryById.get(entryById.get(a.entryId()).categoryId()).ordinal())
                .thenComparing(a -> entryById.get(a.entryId()).code(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Assignment::id);
        return active.stream().sorted(order).map(a -> {
            EntryForJudging entry = entryById.get(a.entryId());
            ContestCategory category = categoryById.get(entry.categoryId());
            return new JudgeQueue.Item(a.id(), entry.code(), entry.title(), category.name(), category.kind(), a.status(),
                    a.status().label(), a.total(), flagged.contains(a.id()));
        }).toList();
    }
}
