package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.Role;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Who judges a round, and in which categories. */
@Singleton
public class JudgePoolService {

    private static final int CANDIDATE_LIMIT = 50;

    private final RoundService rounds;
    private final RoundJudgeRepository judges;
    private final AssignmentRepository assignments;
    private final UserLookup users;
    private final OrgUnitService units;
    private final AuditLog audit;

    JudgePoolService(RoundService rounds, RoundJudgeRepository judges, AssignmentRepository assignments, UserLookup users,
                     OrgUnitService units, AuditLog audit) {
        this.rounds = rounds;
        this.judges = judges;
        this.assignments = assignments;
        this.users = users;
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<JudgeView.Candidate> candidates(Actor actor, long roundId, @Nullable String text) {
        rounds.requireManaged(actor, roundId);
        UnitDirectory directory = units.directory();
        return users.activeWithRole(Role.JUDGE, text, CANDIDATE_LIMIT).stream()
                .map(u -> new JudgeView.Candidate(u.id(), u.username(), u.displayName(), directory.pathName(u.unitId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<JudgeView> pool(Actor actor, long roundId) {
        rounds.requireManaged(actor, roundId);
        return views(roundId);
    }

    /** Replaces the pool; a judge with assignments in the round must keep the categories of those entries' work. */
    @Transactional
    public List<JudgeView> replace(Actor actor, long roundId, PoolForm form, String ip) {
        JudgingRound round = rounds.requireManaged(actor, roundId).round();
        if (round.status() != RoundStatus.SETUP && round.status() != RoundStatus.OPEN) {
            throw ProblemException.conflict("本轮已锁定，不能再调整评委");
        }
        Set<Long> roundCategories = rounds.categoryIds(roundId);
        Map<Long, UserSummary> found = users.byIds(form.judges().stream().map(PoolForm.Member::userId).toList());
        Map<Long, Set<Long>> wanted = new LinkedHashMap<>();
        for (int i = 0; i < form.judges().size(); i++) {
            PoolForm.Member member = form.judges().get(i);
            UserSummary user = found.get(member.userId());
            if (user == null || !user.active() || !user.roles().contains(Role.JUDGE)) {
                throw ProblemException.invalidField("judges[" + i + "].userId", "只能选择具有评委角色的有效用户");
            }
            if (!roundCategories.containsAll(member.categoryIds())) {
                throw ProblemException.invalidField("judges[" + i + "].categoryIds", "评委的评审类别必须是本轮的类别");
            }
            wanted.computeIfAbsent(member.userId(), id -> new TreeSet<>()).addAll(member.categoryIds());
        }
        for (Assignment assignment : assignments.findByRoundIdOrderById(roundId)) {
            if (assignment.status().active() && !wanted.containsKey(assignment.judgeId())) {
                UserSummary judge = users.byIds(List.of(assignment.judgeId())).get(assignment.judgeId());
                throw ProblemException.conflict("评委“" + judge.displayName() + "”已有分配的作品，请先移除或调换这些分配");
            }
        }
        judges.deleteByRoundId(roundId);
        wanted.forEach((userId, categories) -> categories.forEach(c -> judges.save(new RoundJudge(null, roundId, userId, c))));
        audit.record(actor.id(), "round.judges", "round", roundId, wanted.size() + " 位评委：" + wanted, ip);
        return views(roundId);
    }

    /** Judge id → the categories they judge in the round. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> categoriesByJudge(long roundId) {
        return judges.findByRoundId(roundId).stream().collect(Collectors.groupingBy(RoundJudge::userId, LinkedHashMap::new,
                Collectors.mapping(RoundJudge::categoryId, Collectors.toCollection(TreeSet::new))));
    }

    private List<JudgeView> views(long roundId) {
        Map<Long, Set<Long>> pool = categoriesByJudge(roundId);
        Map<Long, UserSummary> people = users.byIds(new HashSet<>(pool.keySet()));
        List<Assignment> all = assignments.findByRoundIdOrderById(roundId);
        UnitDirectory directory = units.directory();
        return pool.entrySet().stream().map(e -> {
            UserSummary user = people.get(e.getKey());
            List<Assignment> own = all.stream().filter(a -> a.judgeId() == e.getKey() && a.status().active()).toList();
            int submitted = (int) own.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED).count();
            return new JudgeView(user.id(), user.username(), user.displayName(), directory.pathName(user.unitId()),
                    List.copyOf(e.getValue()), own.size(), submitted);
        }).toList();
    }
}
