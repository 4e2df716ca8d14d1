package cn.pingxuan.entry;

import io.micronaut.core.annotation.Nullable;

/**
 * What judging may know of an entry to assign and rank it. Authors are deliberately absent: blind rounds must not
 * be able to leak what they never load ({@link JudgingEntries#authorsOf} is for open rounds).
 */
public record EntryForJudging(long id, @Nullable String code, String title, String summary, long contestId, long categoryId,
                              long unitId, EntryStatus status) {

    /** How messages name the entry: its code, or its title before it has one. */
    public String label() {
        return code == null ? title : code;
    }

    static EntryForJudging of(Entry entry) {
        return new EntryForJudging(entry.id(), entry.code(), entry.title(), entry.summary(), entry.contestId(),
                entry.categoryId(), entry.unitId(), entry.status());
    }
}
