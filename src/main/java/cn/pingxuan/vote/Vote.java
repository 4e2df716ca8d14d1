package cn.pingxuan.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One vote, with where it came from: the vote log the anomaly report reads. */
@MappedEntity("vote")
public record Vote(@Id @GeneratedValue @Nullable Long id, long contestId, long entryId, long userId, LocalDate voteDay,
                   String ip, String userAgent, Instant createdAt) {
}
