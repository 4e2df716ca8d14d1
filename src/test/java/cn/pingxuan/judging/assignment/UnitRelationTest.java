package cn.pingxuan.judging.assignment;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitRelationTest {

    private final UnitRelation units = UnitRelation.byPaths(
            Map.of(1L, "/1/", 5L, "/1/5/", 12L, "/1/5/12/", 6L, "/1/6/", 15L, "/1/15/"));

    @Test
    void sameAncestorAndDescendantUnitsAreRelated() {
        assertThat(units.related(12, 12)).isTrue();
        assertThat(units.related(5, 12)).isTrue();
        assertThat(units.related(12, 1)).isTrue();
    }

    @Test
    void siblingsAndCousinsAreNotEvenWhenTheirIdsShareDigits() {
        assertThat(units.related(5, 6)).isFalse();
        assertThat(units.related(12, 6)).isFalse();
        assertThat(units.related(1, 15)).isTrue();
        assertThat(units.related(5, 15)).isFalse();
    }

    @Test
    void aUnitWithoutAPathIsAnError() {
        assertThatThrownBy(() -> units.related(5, 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
