package cn.pingxuan.entry;

import cn.pingxuan.contest.CategoryKind;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;

/** Hands out readable entry codes, "2026-V-0042": year of the contest's window, kind letter, a number unique across contests. */
@Singleton
class EntryCodes {

    private final EntryCodeCounterRepository counters;

    EntryCodes(EntryCodeCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional
    String next(CategoryKind kind, Instant contestOpensAt, String zone) {
        String prefix = contestOpensAt.atZone(ZoneId.of(zone)).getYear() + "-" + kind.letter();
        int value = counters.lock(prefix).map(counter -> {
            counters.update(new EntryCodeCounter(prefix, counter.lastValue() + 1));
            return counter.lastValue() + 1;
        }).orElseGet(() -> firstOf(prefix));
        return prefix + "-" + String.format("%04d", value);
    }

    /** The first code of a prefix; if another node created the counter meanwhile, take the next one from it. */
    private int firstOf(String prefix) {
        try {
            counters.save(new EntryCodeCounter(prefix, 1));
            return 1;
        } catch (DataAccessException alreadyThere) {
            EntryCodeCounter counter = counters.lock(prefix).orElseThrow();
            counters.update(new EntryCodeCounter(prefix, counter.lastValue() + 1));
            return counter.lastValue() + 1;
        }
    }
}
