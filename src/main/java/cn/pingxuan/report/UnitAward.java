package cn.pingxuan.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A unit an organizer marked for a contest's 优秀组织奖; marking again replaces the note. */
@MappedEntity("unit_award")
record UnitAward(@Id @GeneratedValue @Nullable Long id, long contestId, long unitId, String note, long createdBy,
                 Instant createdAt) {

    UnitAward withNote(String newNote, long by, Instant at) {
        return new UnitAward(id, contestId, unitId, newNote, by, at);
    }
}
