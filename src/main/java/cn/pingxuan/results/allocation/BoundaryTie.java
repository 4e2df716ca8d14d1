package cn.pingxuan.results.allocation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Works tied at {@code placing} that straddle the lower edge of tier {@code tierId}: only {@code seats} of them fit
 * in it. The organizer decides which ones (all, some or none) take that tier; the rest fall to the next one.
 */
@Serdeable
public record BoundaryTie(long tierId, String tierName, int placing, List<Long> entryIds, int seats) {

    public String key() {
        return tierId + ":" + placing;
    }
}
