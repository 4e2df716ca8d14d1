package cn.pingxuan.vote;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record VoteCount(long entryId, long votes) {
}
