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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Organizers reading and answering judges' flags (suspected plagiarism, off-topic, ineligible). */
@Singleton
public class FlagReviewService {

    private final RoundService rounds;
    private final JudgeFlagRepository flags;
    private final JudgingEntries entries;
    private final UserLookup users;
    private final AuditLog audit;
    private final Clock clock;

    FlagReviewService(RoundService rounds, JudgeFlagRepository flags, JudgingEntries entries, UserLookup users,
                      AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.flags = flags;
        this.entries = entries;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FlagView> list(Actor actor, long roundId) {
        rounds.requireManaged(actor, roundId);
        return views(flags.findByRoundIdOrderById(roundId));
    }

    @Transactional
    public FlagView resolve(Actor actor, long roundId, long flagId, FlagView.Resolution resolution, String ip) {
        rounds.requireManaged(actor, roundId);
        JudgeFlag flag = flags.findById(flagId).filter(f -> f.roundId() == roundId)
                .orElseThrow(() -> ProblemException.notFound("标记不存在"));
        JudgeFlag resolved = flags.update(flag.resolved(resolution.resolution().strip(), actor.id(), Instant.now(clock)));
        audit.record(actor.id(), "round.flag.resolve", "flag", flagId, resolved.resolution(), ip);
        return views(List.of(resolved)).get(0);
    }

    private List<FlagView> views(List<JudgeFlag> list) {
        Map<Long, UserSummary> judges = users.byIds(list.stream().map(JudgeFlag::judgeId).toList());
        Map<Long, EntryForJudging> works = entries.byIds(list.stream().map(JudgeFlag::entryId).distinct().toList()).stream()
                .collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
        return list.stream().map(f -> new FlagView(f.id(), f.entryId(), works.get(f.entryId()).code(),
                works.get(f.entryId()).title(), judges.get(f.judgeId()).displayName(), f.kind(), f.kind().label(), f.note(),
                f.createdAt(), f.resolvedAt() != null, f.resolution())).toList();
    }
}
