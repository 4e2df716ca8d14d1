package cn.pingxuan.vote;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A work as the vote sees it: no author, no unit (many authors are minors, and the vote is on the work). */
@Introspected
record Candidate(long id, @Nullable String code, String title, String summary, long categoryId) {

    String label() {
        return code == null ? title : code;
    }
}
