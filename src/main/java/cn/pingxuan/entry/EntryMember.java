package cn.pingxuan.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A team member besides the submitter: a platform user ({@code userId}) or a named outsider with their unit. */
@MappedEntity("entry_member")
public record EntryMember(@Id @GeneratedValue @Nullable Long id, long entryId, int ordinal, @Nullable Long userId,
                          String name, @Nullable String unitName) {
}
