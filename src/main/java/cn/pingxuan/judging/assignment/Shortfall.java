package cn.pingxuan.judging.assignment;

/** An entry that cannot get enough judges: {@code missing} of them, for the Chinese {@code reason}. */
public record Shortfall(long entryId, int missing, String reason) {
}
