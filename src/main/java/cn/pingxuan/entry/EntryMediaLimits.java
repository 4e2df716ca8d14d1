package cn.pingxuan.entry;

import cn.pingxuan.contest.ContestService;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaLimitsSource;
import jakarta.inject.Singleton;

/** The pipeline checks a work against the limits of its entry's category. */
@Singleton
class EntryMediaLimits implements MediaLimitsSource {

    private final EntryRepository entries;
    private final ContestService contests;

    EntryMediaLimits(EntryRepository entries, ContestService contests) {
        this.entries = entries;
        this.contests = contests;
    }

    @Override
    public MediaLimits limitsOf(long entryId) {
        return entries.findById(entryId)
                .flatMap(entry -> contests.categoriesOf(entry.contestId()).stream()
                        .filter(category -> category.id() == entry.categoryId()).findFirst())
                .map(MediaLimits::of)
                .orElse(MediaLimits.NONE);
    }
}
