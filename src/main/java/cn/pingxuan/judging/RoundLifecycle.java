package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.ranking.JudgeScore;
import cn.pingxuan.judging.ranking.RankedEntry;
import cn.pingxuan.judging.ranking.Ranking;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A round's steps after setup: open it to judges, lock it (scores become immutable and the ranking is kept), and
 * finalize it (the advance rule sends entries on or out).
 */
@Singleton
public class RoundLifecycle {

    private final RoundService rounds;
    private final RoundRepository roundRepository;
    private final RoundEntries roundEntries;
    private final RoundScores roundScores;
    private final AssignmentRepository assignments;
    private final RoundResultRepository results;
    private final JudgingEntries entries;
    private final AuditLog audit;

    RoundLifecycle(RoundService rounds, RoundRepository roundRepository, RoundEntries roundEntries, RoundScores roundScores,
                   AssignmentRepository assignments, RoundResultRepository results, JudgingEntries entries, AuditLog audit) {
        this.rounds = rounds;
        this.roundRepository = roundRepository;
        this.roundEntries = roundEntries;
        this.roundScores = roundScores;
        this.assignments = assignments;
        this.results = results;
        this.entries = entries;
        this.audit = audit;
    }

    /** Every entry of the round must have its k judges before anyone scores. */
    @Transactional
    public RoundView open(Actor actor, long roundId, String ip) {
        RoundService.Managed managed = rounds.requireManaged(actor, roundId);
        JudgingRound round = requireStatus(roundId, RoundStatus.SETUP, "本轮已开始评审");
        if (managed.contest().status() != ContestStatus.JUDGING) {
            throw ProblemException.conflict("比赛进入“评审中”状态后才能开始评审（当前：" + managed.contest().status().label() + "）");
        }
        if (rounds.rubric(roundId).criteria().isEmpty()) {
            throw ProblemException.conflict("请先设置评分标准");
        }
        List<EntryForJudging> works = roundEntries.of(round, managed.contest());
        Map<Long, Long> judgesPerEntry = assignments.findByRoundIdOrderById(roundId).stream()
                .filter(a -> a.status().active())
                .collect(Collectors.groupingBy(Assignment::entryId, Collectors.counting()));
        List<String> lacking = works.stream().filter(w -> judgesPerEntry.getOrDefault(w.id(), 0L) < round.judgesPerEntry())
                .map(EntryForJudging::label).toList();
        if (works.isEmpty() || !lacking.isEmpty()) {
            throw ProblemException.conflict(works.isEmpty() ? "本轮还没有可评审的作品" : "还有 " + lacking.size()
                    + " 件作品没有分配足够的评委（" + String.join("、", lacking.subList(0, Math.min(5, lacking.size())))
                    + (lacking.size() > 5 ? " 等" : "") + "），请先完成分配");
        }
        entries.startJudging(works.stream().map(EntryForJudging::id).toList(), actor.id(), ip);
        JudgingRound opened = roundRepository.update(round.withStatus(RoundStatus.OPEN));
        audit.record(actor.id(), "round.open", "round", roundId, works.size() + " 件作品", ip);
        return rounds.view(opened);
    }

    /**
     * Locks the scores and keeps the ranking by the round's method. Unsubmitted sheets block the lock unless the
     * organizer forces it; they are then left out (and the audit log says which), but every entry needs a score.
     */
    @Transactional
    public RoundView lock(Actor actor, long roundId, boolean force, String ip) {
        rounds.requireManaged(actor, roundId);
        JudgingRound round = requireStatus(roundId, RoundStatus.OPEN, "只有评审中的轮次可以锁定");
        List<Assignment> active = assignments.findByRoundIdOrderById(roundId).stream().filter(a -> a.status().active()).toList();
        List<Assignment> unsubmitted = active.stream().filter(a -> a.status() != AssignmentStatus.SUBMITTED).toList();
        if (!unsubmitted.isEmpty() && !force) {
            throw ProblemException.conflict("还有 " + unsubmitted.size() + " 份评分未提交；确认要锁定的话，未提交的评分将不计入成绩");
        }
        RoundScores.Sheets scored = roundScores.submitted(roundId);
        Set<Long> withScores = scored.scores().stream().map(JudgeScore::entryId).collect(Collectors.toSet());
        List<String> unscored = scored.entries().values().stream().filter(e -> !withScores.contains(e.id()))
                .map(EntryForJudging::label).sorted().toList();
        if (!unscored.isEmpty()) {
            throw ProblemException.conflict("作品 " + String.join("、", unscored) + " 还没有任何已提交的评分，不能锁定");
        }
        results.deleteByRoundId(roundId);
        scored.byCategory(Ranking.rank(round.aggregation(), scored.scores())).forEach((categoryId, ranking) -> {
            for (RankedEntry ranked : ranking) {
                results.save(new RoundResult(null, roundId, ranked.entryId(), categoryId, ranked.rank(), ranked.tied(),
                        decimal(ranked.score()), decimal(ranked.tieBreak()), ranked.judgeCount(), null));
            }
        });
        JudgingRound locked = roundRepository.update(round.withStatus(RoundStatus.LOCKED));
        audit.record(actor.id(), "round.lock", "round", roundId, "方法 " + round.aggregation() + (unsubmitted.isEmpty() ? ""
                : "，强制锁定，不计入的未提交评分：" + unsubmitted.stream().map(a -> a.id().toString())
                .collect(Collectors.joining(","))), ip);
        return rounds.view(locked);
    }

    /** Applies the advance rule per category to the kept ranking: advanced entries go on, the rest are out. */
    @Transactional
    public void advance(Actor actor, long roundId, String ip) {
        rounds.requireManaged(actor, roundId);
        JudgingRound round = requireStatus(roundId, RoundStatus.LOCKED, "请先锁定本轮，再确定晋级");
        List<RoundResult> kept = results.findByRoundIdInOrder(roundId);
        Set<Long> advancing = RoundResult.advancing(kept, round.advanceRule());
        List<Long> eliminated = new ArrayList<>();
        for (RoundResult result : kept) {
            boolean advances = advancing.contains(result.entryId());
            results.update(result.withOutcome(advances ? RoundOutcome.ADVANCED : RoundOutcome.ELIMINATED));
            if (!advances) {
                eliminated.add(result.entryId());
            }
        }
        entries.settle(advancing, eliminated, actor.id(), ip);
        roundRepository.update(round.withStatus(RoundStatus.FINALIZED));
        audit.record(actor.id(), "round.advance", "round", roundId, "晋级 " + advancing.size() + " 件，未晋级 "
                + eliminated.size() + " 件", ip);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private JudgingRound requireStatus(long roundId, RoundStatus expected, String otherwise) {
        JudgingRound round = roundRepository.findByIdForUpdate(roundId).orElseThrow();
        if (round.status() != expected) {
            throw ProblemException.conflict(otherwise + "（当前：" + round.status().label() + "）");
        }
        return round;
    }
}
