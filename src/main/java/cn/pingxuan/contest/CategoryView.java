package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

@Serdeable
public record CategoryView(long id, String name, CategoryKind kind, String kindLabel, @Nullable String description,
                           long maxBytes, List<String> formats, @Nullable Integer maxDurationSec,
                           @Nullable Integer minWidth, @Nullable Integer minHeight, @Nullable Integer minChars,
                           @Nullable Integer maxChars, int maxImages, @Nullable Integer recommendationQuota) {

    static CategoryView of(ContestCategory c) {
        return new CategoryView(c.id(), c.name(), c.kind(), c.kind().label(), c.description(), c.maxBytes(),
                Arrays.asList(c.formats().split(",")), c.maxDurationSec(), c.minWidth(), c.minHeight(), c.minChars(),
                c.maxChars(), c.maxImages(), c.recommendationQuota());
    }
}
