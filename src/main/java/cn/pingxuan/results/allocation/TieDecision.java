package cn.pingxuan.results.allocation;

import java.util.List;

/** For the tie at {@code placing} on the edge of tier {@code tierId}: the works that take that tier. */
public record TieDecision(long tierId, int placing, List<Long> entryIds) {

    public String key() {
        return tierId + ":" + placing;
    }
}
