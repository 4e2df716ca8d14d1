package cn.pingxuan.contest;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A contest's life; {@link #canMoveTo} is the only list of allowed steps. */
public enum ContestStatus {
    DRAFT("草稿"),
    OPEN("征集中"),
    CLOSED("征集结束"),
    JUDGING("评审中"),
    PUBLICITY("公示中"),
    PUBLISHED("已发布"),
    ARCHIVED("已归档");

    private static final Map<ContestStatus, Set<ContestStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(OPEN),
            // CLOSED → OPEN reopens with an extended deadline
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(OPEN, JUDGING),
            JUDGING, EnumSet.of(PUBLICITY),
            PUBLICITY, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ContestStatus.class));

    private final String label;

    ContestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(ContestStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Entered only through the results steps, which check awards and objections first. */
    public boolean isResultsStage() {
        return this == PUBLICITY || this == PUBLISHED;
    }

    /** The results are public: the gallery, certificates and their verification. */
    public boolean resultsPublished() {
        return this == PUBLISHED || this == ARCHIVED;
    }

    /** Visible to the public: everything but a draft. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
