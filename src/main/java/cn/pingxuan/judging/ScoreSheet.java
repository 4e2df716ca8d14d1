package cn.pingxuan.judging;

import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A judge's scores and comment for one assignment, checked against the rubric: 0 ≤ value ≤ maxScore with at most
 * one decimal, and every criterion when the sheet is complete (submitted). Values are kept at scale 1, as stored.
 */
record ScoreSheet(Map<Long, BigDecimal> scores, @Nullable String comment) {

    static ScoreSheet validated(Rubric rubric, ScoreForm form, boolean complete) {
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> given = form.scores();
        for (String key : given.keySet()) {
            if (rubric.criteria().stream().noneMatch(c -> String.valueOf(c.id()).equals(key))) {
                errors.add(new FieldError("scores." + key, "不是本轮的评分项"));
            }
        }
        for (RoundCriterion criterion : rubric.criteria()) {
            String field = "scores." + criterion.id();
            BigDecimal value = given.get(String.valueOf(criterion.id()));
            if (value == null) {
                if (complete) {
                    errors.add(new FieldError(field, "请为“" + criterion.name() + "”打分"));
                }
            } else if (value.signum() < 0 || value.compareTo(criterion.maxScore()) > 0) {
                errors.add(new FieldError(field, "“" + criterion.name() + "”的分数应在 0 到 "
                        + criterion.maxScore().stripTrailingZeros().toPlainString() + " 之间"));
            } else if (value.stripTrailingZeros().scale() > 1) {
                errors.add(new FieldError(field, "“" + criterion.name() + "”的分数最多保留一位小数"));
            } else {
                scores.put(criterion.id(), value.setScale(1));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
        return new ScoreSheet(scores, normalized(form.comment()));
    }

    static ScoreSheet of(List<Score> stored, @Nullable String comment) {
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        stored.forEach(s -> scores.put(s.criterionId(), s.value().setScale(1)));
        return new ScoreSheet(scores, normalized(comment));
    }

    /** What changed from {@code before} to this sheet, criterion by criterion, for the audit log; empty when nothing. */
    String changesFrom(ScoreSheet before, Rubric rubric) {
        List<String> changes = new ArrayList<>();
        for (RoundCriterion criterion : rubric.criteria()) {
            BigDecimal was = before.scores.get(criterion.id());
            BigDecimal now = scores.get(criterion.id());
            if (!Objects.equals(was, now)) {
                changes.add(criterion.name() + ": " + shown(was) + " → " + shown(now));
            }
        }
        if (!Objects.equals(before.comment, comment)) {
            changes.add("评语: " + (before.comment == null ? 0 : before.comment.length()) + " 字 → "
                    + (comment == null ? 0 : comment.length()) + " 字");
        }
        return String.join("; ", changes);
    }

    private static String shown(@Nullable BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    @Nullable
    private static String normalized(@Nullable String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
