package cn.pingxuan.entry;

import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.WorkFile;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns entries into views, loading what they refer to in a few queries for a whole page. */
@Singleton
class EntryViews {

    private final ContestService contests;
    private final EntryMemberRepository members;
    private final MediaAssets assets;
    private final UserLookup users;
    private final OrgUnitService units;
    private final Clock clock;

    EntryViews(ContestService contests, EntryMemberRepository members, MediaAssets assets, UserLookup users,
               OrgUnitService units, Clock clock) {
        this.contests = contests;
        this.members = members;
        this.assets = assets;
        this.users = users;
        this.units = units;
        this.clock = clock;
    }

    EntryView one(Entry entry) {
        return of(List.of(entry)).get(0);
    }

    List<EntryView> of(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entries.stream().map(Entry::id).toList();
        Map<Long, List<EntryMember>> membersByEntry = members.findByEntryIdInOrderByOrdinal(ids).stream()
                .collect(Collectors.groupingBy(EntryMember::entryId));
        Map<Long, List<WorkFile>> files = assets.worksOf(ids);
        List<Long> userIds = new ArrayList<>(entries.stream().map(Entry::submitterId).toList());
        membersByEntry.values().forEach(list -> list.stream().filter(m -> m.userId() != null).forEach(m -> userIds.add(m.userId())));
        Map<Long, UserSummary> people = users.byIds(userIds);
        Map<Long, Contest> contestById = new HashMap<>();
        Map<Long, ContestCategory> categoryById = new HashMap<>();
        for (Entry entry : entries) {
            contestById.computeIfAbsent(entry.contestId(), id -> {
                contests.categoriesOf(id).forEach(c -> categoryById.put(c.id(), c));
                return contests.require(id);
            });
        }
        UnitDirectory directory = units.directory();
        Instant now = clock.instant();
        return entries.stream().map(entry -> view(entry, contestById.get(entry.contestId()), categoryById.get(entry.categoryId()),
                membersByEntry.getOrDefault(entry.id(), List.of()), files.getOrDefault(entry.id(), List.of()), people,
                directory, now)).toList();
    }

    private static EntryView view(Entry entry, Contest contest, ContestCategory category, List<EntryMember> team,
                                  List<WorkFile> files, Map<Long, UserSummary> people, UnitDirectory directory, Instant now) {
        UserSummary submitter = people.get(entry.submitterId());
        boolean open = contest.acceptsSubmissionsAt(now);
        return new EntryView(entry.id(), entry.code(),
                new EntryView.ContestRef(contest.id(), contest.slug(), contest.title(), contest.zone(), open,
                        contest.submissionClosesAt(), contest.requiresRecommendation()),
                new EntryView.CategoryRef(category.id(), category.name(), category.kind(), category.maxImages(),
                        category.maxBytes(), Arrays.asList(category.formats().split(","))),
                entry.title(), entry.summary(),
                new EntryView.Person(submitter.id(), submitter.username(), submitter.displayName()),
                directory.pathName(entry.unitId()),
                team.stream().map(m -> new EntryView.Member(m.userId(),
                        m.userId() == null || !people.containsKey(m.userId()) ? null : people.get(m.userId()).username(),
                        m.name(), m.unitName())).toList(),
                entry.advisorName(), entry.advisorUnit(), entry.formData(), entry.pledgeAccepted(), entry.status(),
                entry.status().label(), entry.rejectReason(), entry.submittedAt(), open && entry.status().editableByStudent(),
                files.stream().map(EntryViews::fileRef).toList(), List.of());
    }

    static EntryView.FileRef fileRef(WorkFile work) {
        Asset a = work.original();
        return new EntryView.FileRef(a.id(), a.ordinal(), a.fileName(), a.contentType(), a.bytes(), a.status().name(),
                a.status().label(), a.error(), a.progress(), a.width(), a.height(), a.durationMs(), a.characters(),
                a.details(), work.derivatives().stream()
                        .map(d -> new EntryView.Rendition(d.id(), d.role(), d.contentType(), d.width(), d.height())).toList());
    }
}
