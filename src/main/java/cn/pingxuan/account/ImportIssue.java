package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One reason a row (or, with no column, the whole file) cannot be imported; rows are numbered as the spreadsheet shows them. */
@Serdeable
public record ImportIssue(int row, @Nullable String column, @Nullable String value, String message) {
}
