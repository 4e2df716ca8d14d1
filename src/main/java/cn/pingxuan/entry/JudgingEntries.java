package cn.pingxuan.entry;

import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The entries side of judging: which entries a round takes, and the statuses judging moves them through. */
@Singleton
public class JudgingEntries {

    private final EntryRepository entries;
    private final EntryMemberRepository members;
    private final UserLookup users;
    private final OrgUnitService units;
    private final AuditLog audit;
    private final EntryUpdates updates;

    JudgingEntries(EntryRepository entries, EntryMemberRepository members, UserLookup users, OrgUnitService units,
                   AuditLog audit, EntryUpdates updates) {
        this.updates = updates;
        this.entries = entries;
        this.members = members;
        this.users = users;
        this.units = units;
        this.audit = audit;
    }

    /** Authors as an open (not blind) round shows them to judges. */
    public record Authors(List<String> names, String unitName, @Nullable String advisorName) {
    }

    /**
     * The entries a first round takes: eligible or recommended ones, or only the recommended ones when the contest
     * has its units forward entries (择优推荐).
     */
    @Transactional(readOnly = true)
    public List<EntryForJudging> firstRoundCandidates(long contestId, Collection<Long> categoryIds, boolean recommendedOnly) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        Set<EntryStatus> statuses = recommendedOnly ? EnumSet.of(EntryStatus.RECOMMENDED)
                : EnumSet.of(EntryStatus.ELIGIBLE, EntryStatus.RECOMMENDED);
        return entries.findByContestIdAndCategoryIdInAndStatusInOrderById(contestId, categoryIds, statuses).stream()
                .map(EntryForJudging::of).toList();
    }

    @Transactional(readOnly = true)
    public List<EntryForJudging> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entries.findByIdIn(ids).stream().map(EntryForJudging::of).toList();
    }

    @Transactional(readOnly = true)
    public Authors authorsOf(long entryId) {
        return authorsOf(List.of(entryId)).get(entryId);
    }

    /** Authors of many entries with one query per table (results lists and certificate batches). */
    @Transactional(readOnly = true)
    public Map<Long, Authors> authorsOf(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        List<Entry> found = entries.findByIdIn(entryIds);
        Map<Long, UserSummary> submitters = users.byIds(found.stream().map(Entry::submitterId).distinct().toList());
        Map<Long, List<EntryMember>> team = members.findByEntryIdInOrderByOrdinal(entryIds).stream()
                .collect(Collectors.groupingBy(EntryMember::entryId));
        UnitDirectory directory = units.directory();
        Map<Long, Authors> authors = new HashMap<>();
        for (Entry entry : found) {
            List<String> names = new ArrayList<>();
            UserSummary submitter = submitters.get(entry.submitterId());
            names.add(submitter == null ? "" : submitter.displayName());
            team.getOrDefault(entry.id(), List.of()).forEach(m -> names.add(m.name()));
            authors.put(entry.id(), new Authors(List.copyOf(names), directory.pathName(entry.unitId()), entry.advisorName()));
        }
        return authors;
    }

    /** Opening a round: its entries are now being judged. */
    @Transactional
    public void startJudging(Collection<Long> entryIds, long actorId, String ip) {
        move(entryIds, EntryStatus.IN_JUDGING, actorId, ip);
    }

    /** Finalizing a round: advanced entries go on, the others are out. */
    @Transactional
    public void settle(Collection<Long> advanced, Collection<Long> eliminated, long actorId, String ip) {
        move(advanced, EntryStatus.ADVANCED, actorId, ip);
        move(eliminated, EntryStatus.ELIMINATED, actorId, ip);
    }

    /**
     * Publication: the winning entries become 获奖 — {@code tierByEntry} names each one's tier (e.g. 一等奖) so the
     * students' notices can say it — and the other works still in judging did not win. Works that left judging
     * (withdrawn, say) keep their status.
     */
    @Transactional
    public void publishOutcomes(Map<Long, String> tierByEntry, Collection<Long> notAwarded, long actorId, String ip) {
        Set<EntryStatus> judged = EnumSet.of(EntryStatus.IN_JUDGING, EntryStatus.ADVANCED, EntryStatus.ELIMINATED);
        for (Entry entry : tierByEntry.isEmpty() ? List.<Entry>of() : entries.findByIdIn(tierByEntry.keySet())) {
            if (judged.contains(entry.status())) {
                String tier = tierByEntry.get(entry.id());
                updates.save(entry, entry.withStatus(EntryStatus.AWARDED, null), tier, actorId);
                audit.record(actorId, "entry.award", "entry", entry.id(), entry.status() + " → AWARDED " + tier, ip);
            }
        }
        move(inStatus(notAwarded, judged), EntryStatus.ELIMINATED, actorId, ip);
    }

    /** An award revoked after publication: the work no longer counts as awarded. */
    @Transactional
    public void awardRevoked(long entryId, long actorId, String ip) {
        move(inStatus(List.of(entryId), EnumSet.of(EntryStatus.AWARDED)), EntryStatus.ELIMINATED, actorId, ip);
    }

    private List<Long> inStatus(Collection<Long> entryIds, Set<EntryStatus> statuses) {
        return entryIds.isEmpty() ? List.of() : entries.findByIdIn(entryIds).stream()
                .filter(e -> statuses.contains(e.status())).map(Entry::id).toList();
    }

    private void move(Collection<Long> entryIds, EntryStatus next, long actorId, String ip) {
        if (entryIds.isEmpty()) {
            return;
        }
        for (Entry entry : entries.findByIdIn(entryIds)) {
            if (entry.status() != next) {
                updates.moveTo(entry, next, null, actorId);
                audit.record(actorId, "entry.judging", "entry", entry.id(), entry.status() + " → " + next, ip);
            }
        }
    }
}
