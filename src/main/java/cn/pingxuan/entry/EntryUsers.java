package cn.pingxuan.entry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The platform users behind an entry: its submitter first, then the team members who have accounts. */
@Singleton
public class EntryUsers {

    private final EntryRepository entries;
    private final EntryMemberRepository members;

    EntryUsers(EntryRepository entries, EntryMemberRepository members) {
        this.entries = entries;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public List<Long> userIdsOf(long entryId) {
        Entry entry = entries.findById(entryId).orElse(null);
        if (entry == null) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(entry.submitterId());
        members.findByEntryIdOrderByOrdinal(entryId).forEach(m -> {
            if (m.userId() != null) {
                ids.add(m.userId());
            }
        });
        return List.copyOf(ids);
    }
}
