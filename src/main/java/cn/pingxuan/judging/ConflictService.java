package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Declared conflicts of interest (回避): the assignment never pairs these judges and entries. */
@Singleton
public class ConflictService {

    private final RoundService rounds;
    private final JudgeConflictRepository conflicts;
    private final AssignmentRepository assignments;
    private final JudgingEntries entries;
    private final UserLookup users;
    private final AuditLog audit;

    ConflictService(RoundService rounds, JudgeConflictRepository conflicts, AssignmentRepository assignments,
                    JudgingEntries entries, UserLookup users, AuditLog audit) {
        this.rounds = rounds;
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.entries = entries;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ConflictView> list(Actor actor, long roundId) {
        rounds.requireManaged(actor, roundId);
        List<JudgeConflict> all = conflicts.findByRoundIdOrderById(roundId);
        Map<Long, UserSummary> judges = users.byIds(all.stream().map(JudgeConflict::judgeId).toList());
        Map<Long, EntryForJudging> works = entries.byIds(all.stream().map(JudgeConflict::entryId).toList()).stream()
                .collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
        return all.stream().map(c -> view(c, judges.get(c.judgeId()), works.get(c.entryId()))).toList();
    }

    @Transactional
    public ConflictView declare(Actor actor, long roundId, ConflictForm form, String ip) {
        RoundService.Managed managed = rounds.requireManaged(actor, roundId);
        if (managed.round().status() == RoundStatus.LOCKED || managed.round().status() == RoundStatus.FINALIZED) {
            throw ProblemException.conflict("本轮已锁定，不能再声明回避");
        }
        EntryForJudging entry = entries.byIds(List.of(form.entryId())).stream()
                .filter(e -> e.contestId() == managed.contest().id()).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("entryId", "作品不属于本比赛"));
        UserSummary judge = users.byIds(List.of(form.judgeId())).get(form.judgeId());
        if (judge == null) {
            throw ProblemException.invalidField("judgeId", "评委不存在");
        }
        if (conflicts.findByRoundIdAndJudgeIdAndEntryId(roundId, judge.id(), entry.id()).isPresent()) {
            throw ProblemException.conflict("已声明过该回避");
        }
        if (assignments.findByRoundIdAndEntryIdAndJudgeId(roundId, entry.id(), judge.id())
                .filter(a -> a.status().active()).isPresent()) {
            throw ProblemException.conflict("该评委已被分配此作品，请先调换或移除这项分配");
        }
        JudgeConflict saved = conflicts.save(new JudgeConflict(null, roundId, judge.id(), entry.id(), form.reason().strip(),
                actor.id(), null));
        audit.record(actor.id(), "round.conflict", "round", roundId, judge.username() + " × " + entry.code() + "：" + saved.reason(), ip);
        return view(saved, judge, entry);
    }

    @Transactional
    public void remove(Actor actor, long roundId, long conflictId, String ip) {
        rounds.requireManaged(actor, roundId);
        JudgeConflict conflict = conflicts.findById(conflictId).filter(c -> c.roundId() == roundId)
                .orElseThrow(() -> ProblemException.notFound("回避记录不存在"));
        conflicts.delete(conflict);
        audit.record(actor.id(), "round.conflict.remove", "round", roundId, conflict.judgeId() + " × " + conflict.entryId(), ip);
    }

    private static ConflictView view(JudgeConflict conflict, UserSummary judge, EntryForJudging entry) {
        return new ConflictView(conflict.id(), conflict.judgeId(), judge.displayName(), conflict.entryId(), entry.code(),
                entry.title(), conflict.reason());
    }
}
