package cn.pingxuan.entry;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Every saved entry change goes through here, so each status change is announced exactly once. */
@Singleton
class EntryUpdates {

    private final EntryRepository entries;
    private final ApplicationEventPublisher<EntryStatusChanged> events;

    EntryUpdates(EntryRepository entries, ApplicationEventPublisher<EntryStatusChanged> events) {
        this.entries = entries;
        this.events = events;
    }

    Entry moveTo(Entry entry, EntryStatus next, @Nullable String reason, @Nullable Long actorId) {
        return save(entry, entry.withStatus(next, reason), null, actorId);
    }

    Entry save(Entry before, Entry after, @Nullable Long actorId) {
        return save(before, after, null, actorId);
    }

    Entry save(Entry before, Entry after, @Nullable String awardName, @Nullable Long actorId) {
        Entry saved = entries.update(after);
        if (before.status() != saved.status()) {
            events.publishEvent(new EntryStatusChanged(saved.id(), saved.contestId(), saved.code(), saved.title(),
                    before.status(), saved.status(), saved.rejectReason(), awardName, actorId));
        }
        return saved;
    }
}
