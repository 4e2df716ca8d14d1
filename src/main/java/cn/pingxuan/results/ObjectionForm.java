package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An objection (异议) against a work on the publicity list. */
@Serdeable
public record ObjectionForm(@Nullable Long entryId, @Nullable String body) {
}
