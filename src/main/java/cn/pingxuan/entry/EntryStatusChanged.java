package cn.pingxuan.entry;

import io.micronaut.core.annotation.Nullable;

/**
 * Published, synchronously and inside the transaction that saves it, whenever an entry's status changes: a
 * listener's writes commit or roll back with the change itself.
 *
 * @param reason    the rejection reason, when {@code to} is {@code REJECTED}
 * @param awardName the award tier (e.g. 一等奖), when {@code to} is {@code AWARDED} and it is known
 * @param actorId   who caused the change (the student for their own submit or withdraw), or null for the system
 */
public record EntryStatusChanged(long entryId, long contestId, @Nullable String code, String title, EntryStatus from,
                                 EntryStatus to, @Nullable String reason, @Nullable String awardName,
                                 @Nullable Long actorId) {
}
