package cn.pingxuan.vote;

import cn.pingxuan.contest.CategoryKind;
import cn.pingxuan.entry.EntryView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The public vote page. {@code votes} are null while counts are hidden; {@code remainingToday} and
 * {@code votedToday} only for a signed-in visitor. Works carry no author or unit.
 */
@Serdeable
public record VoteBoard(String slug, String contestTitle, Instant opensAt, Instant closesAt, Phase phase,
                        int dailyVotes, boolean countsVisible, boolean signedIn, @Nullable Integer remainingToday,
                        List<Long> votedToday, List<Category> categories) {

    public enum Phase { UPCOMING, OPEN, CLOSED }

    @Serdeable
    public record Category(long id, String name, CategoryKind kind, List<Work> works) {
    }

    @Serdeable
    public record Work(long entryId, @Nullable String code, String title, @Nullable Long thumbnailId,
                       @Nullable Long votes) {
    }

    /** One candidate's page: the pipeline's renditions only (never the original, its file name or metadata). */
    @Serdeable
    public record WorkPage(long entryId, @Nullable String code, String title, String summary, String categoryName,
                           CategoryKind kind, Phase phase, List<File> files, @Nullable Long votes) {
    }

    @Serdeable
    public record File(int ordinal, List<EntryView.Rendition> renditions) {
    }

    /** What a vote answers: the votes left today and, when counts are shown, the work's new count. */
    @Serdeable
    public record Receipt(long entryId, int remainingToday, @Nullable Long votes) {
    }

    static Phase phaseOf(VoteSetting setting, Instant now) {
        if (now.isBefore(setting.opensAt())) {
            return Phase.UPCOMING;
        }
        return now.isBefore(setting.closesAt()) ? Phase.OPEN : Phase.CLOSED;
    }
}
