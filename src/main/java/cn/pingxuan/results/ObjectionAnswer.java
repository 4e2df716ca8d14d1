package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The organizer's answer to an objection. An upheld objection may revoke the work's award or move it to another
 * tier ({@code tierId}) in the same step.
 */
@Serdeable
public record ObjectionAnswer(@Nullable ObjectionStatus outcome, @Nullable String response, @Nullable Action action,
                              @Nullable Long tierId) {

    public enum Action {
        NONE,
        REVOKE,
        CHANGE_TIER
    }
}
