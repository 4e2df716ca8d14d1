package cn.pingxuan.entry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Who an entry belongs to, for features that hand students their own documents (certificates). */
@Singleton
public class EntryParticipants {

    private final EntryRepository entries;
    private final EntryMemberRepository members;

    EntryParticipants(EntryRepository entries, EntryMemberRepository members) {
        this.entries = entries;
        this.members = members;
    }

    /** Whether the user submitted the entry or is a platform user on its team. */
    @Transactional(readOnly = true)
    public boolean includes(long entryId, long userId) {
        return entries.findById(entryId).map(entry -> entry.submitterId() == userId
                || members.findByEntryIdOrderByOrdinal(entryId).stream()
                        .anyMatch(m -> Long.valueOf(userId).equals(m.userId()))).orElse(false);
    }
}
