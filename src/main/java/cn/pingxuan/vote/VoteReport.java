package cn.pingxuan.vote;

import cn.pingxuan.account.Actor;
import cn.pingxuan.contest.ContestService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The anomaly report: totals, bursts, addresses and user agents shared by many accounts, and new accounts voting. */
@Singleton
class VoteReport {

    private final VoteReportRepository report;
    private final CandidateRepository entries;
    private final VoteSettingRepository settings;
    private final ContestService contests;

    VoteReport(VoteReportRepository report, CandidateRepository entries, VoteSettingRepository settings,
               ContestService contests) {
        this.report = report;
        this.entries = entries;
        this.settings = settings;
        this.contests = contests;
    }

    @Transactional(readOnly = true)
    public VoteReportView report(Actor actor, long contestId, VoteReportView.Thresholds limits) {
        contests.requireManagedBy(actor, contestId);
        Map<Long, Candidate> works = entries.allEntries(contestId).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        List<VoteReportView.WorkTotal> totals = report.totals(contestId).stream()
                .map(t -> new VoteReportView.WorkTotal(t.entryId(), code(works, t.entryId()), title(works, t.entryId()),
                        t.votes(), t.voters()))
                .toList();
        long total = totals.stream().mapToLong(VoteReportView.WorkTotal::votes).sum();
        return new VoteReportView(total, report.countVoters(contestId), limits, totals, bursts(contestId, works, limits),
                shared(report.sharedAddresses(contestId, limits.addressUsers()), report.addressEntries(contestId), works),
                shared(report.sharedAgents(contestId, limits.agentUsers()), report.agentEntries(contestId), works),
                newAccounts(contestId, works, limits));
    }

    private List<VoteReportView.Burst> bursts(long contestId, Map<Long, Candidate> works, VoteReportView.Thresholds limits) {
        Map<Long, List<Instant>> times = report.moments(contestId).stream().collect(Collectors.groupingBy(
                VoteRows.Moment::entryId, LinkedHashMap::new,
                Collectors.mapping(VoteRows.Moment::createdAt, Collectors.toList())));
        Duration window = Duration.ofMinutes(limits.burstMinutes());
        List<VoteReportView.Burst> found = new ArrayList<>();
        times.forEach((entryId, list) -> Bursts.find(list, window, limits.burstVotes(), limits.burstFactor())
                .ifPresent(p -> found.add(new VoteReportView.Burst(entryId, code(works, entryId), title(works, entryId),
                        p.votes(), p.from(), p.to(), p.medianPerWindow()))));
        found.sort(Comparator.comparingInt(VoteReportView.Burst::votes).reversed());
        return found;
    }

    private static List<VoteReportView.SharedSource> shared(List<VoteRows.Source> flagged, List<VoteRows.SourceEntry> perEntry,
                                                            Map<Long, Candidate> works) {
        Set<String> values = flagged.stream().map(VoteRows.Source::source).collect(Collectors.toSet());
        Map<String, List<VoteReportView.EntryVotes>> entriesOf = perEntry.stream()
                .filter(e -> values.contains(e.source()))
                .collect(Collectors.groupingBy(VoteRows.SourceEntry::source, Collectors.mapping(
                        e -> entryVotes(works, e.entryId(), e.votes()), Collectors.toList())));
        return flagged.stream().map(s -> new VoteReportView.SharedSource(s.source(), s.users(), s.votes(),
                sorted(entriesOf.getOrDefault(s.source(), List.of())))).toList();
    }

    private List<VoteReportView.NewAccount> newAccounts(long contestId, Map<Long, Candidate> works,
                                                        VoteReportView.Thresholds limits) {
        Optional<VoteSetting> setting = settings.findById(contestId);
        if (setting.isEmpty()) {
            return List.of();
        }
        Instant since = setting.get().opensAt().minus(Duration.ofDays(limits.newAccountDays()));
        Map<Long, List<VoteRows.NewVoter>> byUser = report.newVoters(contestId, since).stream()
                .collect(Collectors.groupingBy(VoteRows.NewVoter::userId, LinkedHashMap::new, Collectors.toList()));
        return byUser.values().stream().map(rows -> {
            VoteRows.NewVoter first = rows.get(0);
            List<VoteReportView.EntryVotes> voted = sorted(rows.stream()
                    .map(r -> entryVotes(works, r.entryId(), r.votes())).toList());
            return new VoteReportView.NewAccount(first.userId(), first.username(), first.createdAt(),
                    voted.stream().mapToLong(VoteReportView.EntryVotes::votes).sum(), voted);
        }).sorted(Comparator.comparingLong(VoteReportView.NewAccount::votes).reversed()).limit(200).toList();
    }

    private static List<VoteReportView.EntryVotes> sorted(List<VoteReportView.EntryVotes> list) {
        return list.stream().sorted(Comparator.comparingLong(VoteReportView.EntryVotes::votes).reversed()).toList();
    }

    private static VoteReportView.EntryVotes entryVotes(Map<Long, Candidate> works, long entryId, long votes) {
        return new VoteReportView.EntryVotes(entryId, code(works, entryId), title(works, entryId), votes);
    }

    private static String code(Map<Long, Candidate> works, long entryId) {
        Candidate c = works.get(entryId);
        return c == null ? null : c.code();
    }

    private static String title(Map<Long, Candidate> works, long entryId) {
        Candidate c = works.get(entryId);
        return c == null ? "" : c.title();
    }
}
