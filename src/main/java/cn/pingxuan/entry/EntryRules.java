package cn.pingxuan.entry;

import cn.pingxuan.common.FieldError;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.FormField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an entry against its contest: the registration answers always, completeness (required answers,
 * advisor, pledge) only when it is submitted, so a half-filled draft can be saved.
 */
final class EntryRules {

    private static final int DEFAULT_TEXT_MAX = 200;
    private static final int DEFAULT_LONG_TEXT_MAX = 2000;

    private EntryRules() {
    }

    static List<FieldError> checkAnswers(Contest contest, Map<String, Object> answers) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = contest.formFields().stream().map(FormField::key).collect(Collectors.toSet());
        for (String key : answers.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError("formData." + key, "本比赛没有“" + key + "”这一报名项"));
            }
        }
        for (FormField field : contest.formFields()) {
            Object value = answers.get(field.key());
            if (isEmpty(value)) {
                continue;
            }
            String name = "formData." + field.key();
            switch (field.type()) {
                case TEXT, LONG_TEXT -> {
                    int max = field.max() != null ? field.max()
                            : field.type() == FormField.FieldType.TEXT ? DEFAULT_TEXT_MAX : DEFAULT_LONG_TEXT_MAX;
                    String text = value.toString();
                    if (!(value instanceof String)) {
                        errors.add(new FieldError(name, "“" + field.label() + "”应为文字"));
                    } else if (text.strip().length() > max) {
                        errors.add(new FieldError(name, "“" + field.label() + "”不能超过 " + max + " 个字符"));
                    } else if (field.min() != null && text.strip().length() < field.min()) {
                        errors.add(new FieldError(name, "“" + field.label() + "”至少需要 " + field.min() + " 个字符"));
                    }
                }
                case NUMBER -> {
                    BigDecimal number = number(value);
                    if (number == null) {
                        errors.add(new FieldError(name, "“" + field.label() + "”应为数字"));
                    } else if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0
                            || field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
                        errors.add(new FieldError(name, "“" + field.label() + "”应在 " + (field.min() == null ? "" : field.min())
                                + "–" + (field.max() == null ? "" : field.max()) + " 之间"));
                    }
                }
                case SINGLE_CHOICE -> {
                    if (!(value instanceof String choice) || !field.options().contains(choice)) {
                        errors.add(new FieldError(name, "请从给定选项中选择“" + field.label() + "”"));
                    }
                }
                case MULTI_CHOICE -> {
                    if (!(value instanceof List<?> choices) || !field.options().containsAll(choices)) {
                        errors.add(new FieldError(name, "请从给定选项中选择“" + field.label() + "”"));
                    }
                }
            }
        }
        return errors;
    }

    /** What must be there before a work can be submitted. */
    static List<FieldError> checkComplete(Contest contest, Entry entry, int originals, int maxOriginals) {
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : contest.formFields()) {
            if (field.required() && isEmpty(entry.formData().get(field.key()))) {
                errors.add(new FieldError("formData." + field.key(), "请填写“" + field.label() + "”"));
            }
        }
        if (contest.advisorRequired() && (entry.advisorName() == null || entry.advisorName().isBlank())) {
            errors.add(new FieldError("advisorName", "本比赛要求填写指导老师"));
        }
        if (!entry.pledgeAccepted()) {
            errors.add(new FieldError("pledgeAccepted", "请阅读并同意原创承诺"));
        }
        if (originals == 0) {
            errors.add(new FieldError("file", "请先上传作品文件"));
        } else if (originals > maxOriginals) {
            errors.add(new FieldError("file", "本类别最多 " + maxOriginals + " 个文件"));
        }
        return errors;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || (value instanceof List<?> l && l.isEmpty());
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
