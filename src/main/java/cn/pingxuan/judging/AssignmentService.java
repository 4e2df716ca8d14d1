package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.assignment.AssignmentPlanner;
import cn.pingxuan.judging.assignment.AssignmentRequest;
import cn.pingxuan.judging.assignment.EntryToJudge;
import cn.pingxuan.judging.assignment.JudgeEntry;
import cn.pingxuan.judging.assignment.PlanResult;
import cn.pingxuan.judging.assignment.PoolJudge;
import cn.pingxuan.judging.assignment.Replacement;
import cn.pingxuan.judging.assignment.ReplacementRequest;
import cn.pingxuan.judging.assignment.UnitRelation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who scores which entry: the automatic plan (k judges each, balanced, conflict-free), the organizer's manual
 * changes, and a replacement when a judge recuses. Every change is audited.
 */
@Singleton
public class AssignmentService implements ReplacementJudges {

    private final RoundService rounds;
    private final RoundRepository roundRepository;
    private final RoundEntries roundEntries;
    private final JudgePoolService pool;
    private final AssignmentRepository assignments;
    private final JudgeConflictRepository conflicts;
    private final UserLookup users;
    private final OrgUnitService units;
    private final JudgingEntries judgingEntries;
    private final AuditLog audit;

    AssignmentService(RoundService rounds, RoundRepository roundRepository, RoundEntries roundEntries, JudgePoolService pool,
                      AssignmentRepository assignments, JudgeConflictRepository conflicts, UserLookup users,
                      OrgUnitService units, JudgingEntries judgingEntries, AuditLog audit) {
        this.judgingEntries = judgingEntries;
        this.rounds = rounds;
        this.roundRepository = roundRepository;
        this.roundEntries = roundEntries;
        this.pool = pool;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.users = users;
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AssignmentView> list(Actor actor, long roundId) {
        JudgingRound round = rounds.requireManaged(actor, roundId).round();
        return views(assignments.findByRoundIdOrderById(round.id()));
    }

    /**
     * Replaces the round's assignments with a fresh plan. Nothing is stored when some entry cannot get its k judges:
     * the organizer gets every such entry with the reason instead.
     */
    @Transactional
    public AssignmentView.Report assign(Actor actor, long roundId, AssignmentView.Run run, String ip) {
        RoundService.Managed managed = rounds.requireManaged(actor, roundId);
        JudgingRound round = roundRepository.findByIdForUpdate(roundId).orElseThrow();
        if (round.status() != RoundStatus.SETUP) {
            throw ProblemException.conflict("评审已开始，只能手动调整分配");
        }
        List<EntryForJudging> works = roundEntries.of(round, managed.contest());
        if (works.isEmpty()) {
            throw ProblemException.conflict("本轮还没有可评审的作品（需审查通过" + (managed.contest().requiresRecommendation()
                    ? "并经单位推荐" : "") + "）");
        }
        Inputs inputs = inputs(round, works);
        if (inputs.judges().isEmpty()) {
            throw ProblemException.conflict("请先为本轮添加评委");
        }
        int calibration = run.calibrationSize() == null ? 0 : Math.max(0, run.calibrationSize());
        PlanResult result = AssignmentPlanner.plan(new AssignmentRequest(inputs.entries(), inputs.judges(),
                round.judgesPerEntry(), inputs.conflicts(), inputs.relation(), calibration, round.id(), Set.of()));
        if (result instanceof PlanResult.Infeasible infeasible) {
            Map<Long, EntryForJudging> byId = index(works);
            List<AssignmentView.Shortfall> shortfalls = infeasible.shortfalls().stream().map(s -> new AssignmentView.Shortfall(
                    s.entryId(), byId.get(s.entryId()).code(), byId.get(s.entryId()).title(), s.missing(), s.reason())).toList();
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "assignment-infeasible",
                    shortfalls.size() + " 件作品无法分配到 " + round.judgesPerEntry() + " 位评委，未做任何分配", List.of(),
                    Map.of("shortfalls", shortfalls));
        }
        PlanResult.Planned planned = (PlanResult.Planned) result;
        assignments.deleteByIdIn(assignments.findByRoundIdOrderById(roundId).stream().map(Assignment::id).toList());
        Set<Long> calibrationEntries = new HashSet<>(planned.plan().calibrationEntries());
        for (JudgeEntry pair : planned.plan().pairs()) {
            assignments.save(Assignment.of(roundId, pair.entryId(), pair.judgeId(), calibrationEntries.contains(pair.entryId())));
        }
        audit.record(actor.id(), "round.assign", "round", roundId, planned.plan().pairs().size() + " 项分配，"
                + works.size() + " 件作品，校准 " + calibrationEntries.size() + " 件", ip);
        Map<Long, UserSummary> names = users.byIds(planned.plan().loads().keySet());
        List<AssignmentView.Load> loads = planned.plan().loads().entrySet().stream()
                .map(e -> new AssignmentView.Load(e.getKey(), names.get(e.getKey()).displayName(), e.getValue()))
                .sorted(java.util.Comparator.comparing(AssignmentView.Load::judgeId)).toList();
        return new AssignmentView.Report(planned.plan().pairs().size(), List.copyOf(planned.plan().calibrationEntries()),
                loads, planned.plan().loadNote());
    }

    @Transactional
    public AssignmentView add(Actor actor, long roundId, AssignmentView.Pair pair, String ip) {
        RoundService.Managed managed = rounds.requireManaged(actor, roundId);
        JudgingRound round = requireChangeable(roundId);
        boolean alreadyInRound = !assignments.findByRoundIdAndEntryId(roundId, pair.entryId()).isEmpty();
        EntryForJudging entry = (alreadyInRound ? judgingEntries.byIds(List.of(pair.entryId()))
                : roundEntries.of(round, managed.contest())).stream().filter(e -> e.id() == pair.entryId())
                .findFirst().orElseThrow(() -> ProblemException.invalidField("entryId", "该作品不在本轮评审范围内"));
        requireEligible(round, entry, pair.judgeId());
        Assignment saved = assignments.save(Assignment.of(roundId, entry.id(), pair.judgeId(), false));
        if (round.status() == RoundStatus.OPEN && !alreadyInRound) {
            judgingEntries.startJudging(List.of(entry.id()), actor.id(), ip);
        }
        audit.record(actor.id(), "round.assignment.add", "assignment", saved.id(), "作品 " + entry.code() + " ← 评委 "
                + pair.judgeId(), ip);
        return views(List.of(saved)).get(0);
    }

    /** Removes an assignment (its scores go with it, kept in the audit log). */
    @Transactional
    public void remove(Actor actor, long roundId, long assignmentId, @Nullable String reason, String ip) {
        rounds.requireManaged(actor, roundId);
        requireChangeable(roundId);
        Assignment assignment = requireInRound(roundId, assignmentId);
        if (assignment.hasScores() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "该评委已保存评分，移除时请填写原因");
        }
        assignments.delete(assignment);
        audit.record(actor.id(), "round.assignment.remove", "assignment", assignmentId, "作品 " + assignment.entryId()
                + " × 评委 " + assignment.judgeId() + "，状态 " + assignment.status() + "，总分 " + assignment.total()
                + (reason == null || reason.isBlank() ? "" : "：" + reason.strip()), ip);
    }

    @Transactional
    public AssignmentView swap(Actor actor, long roundId, long assignmentId, AssignmentView.Swap swap, String ip) {
        rounds.requireManaged(actor, roundId);
        JudgingRound round = requireChangeable(roundId);
        Assignment current = requireInRound(roundId, assignmentId);
        if (current.hasScores()) {
            throw ProblemException.conflict("该评委已保存评分，不能调换；如确需更换，请先移除这项分配再添加");
        }
        EntryForJudging entry = work(current.entryId());
        assignments.delete(current);
        requireEligible(round, entry, swap.judgeId());
        Assignment saved = assignments.save(Assignment.of(roundId, entry.id(), swap.judgeId(), current.calibration()));
        audit.record(actor.id(), "round.assignment.swap", "assignment", saved.id(), "作品 " + entry.code() + "：评委 "
                + current.judgeId() + " → " + swap.judgeId(), ip);
        return views(List.of(saved)).get(0);
    }

    /** After a recusal: the least-loaded judge who may take the entry and has not had it; false when none may. */
    @Override
    @Transactional
    public boolean replace(JudgingRound round, Assignment recused, long actorId, String ip) {
        EntryForJudging entry = work(recused.entryId());
        Inputs inputs = inputs(round, List.of(entry));
        List<Assignment> all = assignments.findByRoundIdOrderById(round.id());
        Set<JudgeEntry> live = all.stream().filter(a -> a.status().active())
                .map(a -> new JudgeEntry(a.judgeId(), a.entryId())).collect(Collectors.toSet());
        // a judge who recused from this entry before may not be handed it again
        Set<JudgeEntry> excluded = new HashSet<>(inputs.conflicts());
        all.stream().filter(a -> !a.status().active()).forEach(a -> excluded.add(new JudgeEntry(a.judgeId(), a.entryId())));
        Replacement replacement = AssignmentPlanner.replacementFor(new ReplacementRequest(inputs.entries().get(0),
                recused.judgeId(), inputs.judges(), live, excluded, inputs.relation(), round.id() ^ recused.id()));
        Optional<Long> judge = replacement instanceof Replacement.Found found ? Optional.of(found.judgeId()) : Optional.empty();
        judge.ifPresent(id -> {
            Assignment saved = assignments.save(Assignment.of(round.id(), entry.id(), id, recused.calibration()));
            audit.record(actorId, "round.assignment.replace", "assignment", saved.id(), "作品 " + entry.code()
                    + "：评委 " + recused.judgeId() + " 回避，由评委 " + id + " 接替", ip);
        });
        return judge.isPresent();
    }

    private void requireEligible(JudgingRound round, EntryForJudging entry, long judgeId) {
        Inputs inputs = inputs(round, List.of(entry));
        PoolJudge judge = inputs.judges().stream().filter(j -> j.judgeId() == judgeId).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("judgeId", "该用户不在本轮评委名单中"));
        if (!judge.categoryIds().contains(entry.categoryId())) {
            throw ProblemException.invalidField("judgeId", "该评委不评审这件作品的类别");
        }
        if (judge.unitId() != null && inputs.relation().related(judge.unitId(), entry.unitId())) {
            throw ProblemException.invalidField("judgeId", "评委与作品同单位或为上下级单位，须回避");
        }
        if (inputs.conflicts().contains(new JudgeEntry(judgeId, entry.id()))) {
            throw ProblemException.invalidField("judgeId", "该评委已声明回避这件作品");
        }
        if (assignments.findByRoundIdAndEntryIdAndJudgeId(round.id(), entry.id(), judgeId).isPresent()) {
            throw ProblemException.conflict("该评委已分配过（或回避过）这件作品");
        }
    }

    private record Inputs(List<EntryToJudge> entries, List<PoolJudge> judges, Set<JudgeEntry> conflicts,
                          UnitRelation relation) {
    }

    private Inputs inputs(JudgingRound round, List<EntryForJudging> works) {
        Map<Long, Set<Long>> categories = pool.categoriesByJudge(round.id());
        Map<Long, UserSummary> people = users.byIds(categories.keySet());
        List<PoolJudge> judges = categories.entrySet().stream()
                .map(e -> new PoolJudge(e.getKey(), people.get(e.getKey()).unitId(), e.getValue())).toList();
        List<EntryToJudge> entries = works.stream().map(w -> new EntryToJudge(w.id(), w.categoryId(), w.unitId())).toList();
        Set<JudgeEntry> declared = conflicts.findByRoundIdOrderById(round.id()).stream()
                .map(c -> new JudgeEntry(c.judgeId(), c.entryId())).collect(Collectors.toSet());
        Map<Long, String> paths = units.directory().all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::path));
        return new Inputs(entries, judges, declared, UnitRelation.byPaths(paths));
    }

    private JudgingRound requireChangeable(long roundId) {
        JudgingRound round = roundRepository.findByIdForUpdate(roundId).orElseThrow();
        if (round.status() != RoundStatus.SETUP && round.status() != RoundStatus.OPEN) {
            throw ProblemException.conflict("本轮已锁定，不能再调整分配");
        }
        return round;
    }

    private Assignment requireInRound(long roundId, long assignmentId) {
        return assignments.findById(assignmentId).filter(a -> a.roundId() == roundId)
                .orElseThrow(() -> ProblemException.notFound("分配不存在"));
    }

    private EntryForJudging work(long entryId) {
        return judgingEntries.byIds(List.of(entryId)).get(0);
    }

    private static Map<Long, EntryForJudging> index(List<EntryForJudging> works) {
        return works.stream().collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
    }

    List<AssignmentView> views(List<Assignment> list) {
        Map<Long, UserSummary> judges = users.byIds(list.stream().map(Assignment::judgeId).toList());
        Map<Long, EntryForJudging> works = index(judgingEntries.byIds(list.stream().map(Assignment::entryId).distinct().toList()));
        List<AssignmentView> views = new ArrayList<>();
        for (Assignment a : list) {
            EntryForJudging work = works.get(a.entryId());
            views.add(new AssignmentView(a.id(), a.entryId(), work.code(), work.title(), a.judgeId(),
                    judges.get(a.judgeId()).displayName(), a.status(), a.status().label(), a.total(), a.calibration(),
                    a.recuseReason()));
        }
        return views;
    }
}
