package cn.pingxuan.contest;

import cn.pingxuan.common.FieldError;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a contest form as a whole and names every field that is wrong; pure, so every rule is unit-tested. */
final class ContestRules {

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;
    static final int MAX_CATEGORIES = 20;
    static final int MAX_FORM_FIELDS = 30;
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,79}$");
    private static final Pattern FIELD_KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    private ContestRules() {
    }

    static List<FieldError> check(ContestForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.slug() != null && !form.slug().isBlank() && !SLUG.matcher(form.slug()).matches()) {
            errors.add(new FieldError("slug", "短链接只能包含小写字母、数字和短横线，2–80 个字符"));
        }
        if (form.zone() != null && !form.zone().isBlank()) {
            try {
                ZoneId.of(form.zone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("zone", "时区“" + form.zone() + "”无效"));
            }
        }
        checkTimeline(form, errors);
        checkRange(errors, "maxEntriesPerStudent", form.maxEntriesPerStudent(), 1, 20, "每人每类别作品数需在 1–20 之间");
        checkRange(errors, "maxTeamSize", form.maxTeamSize(), 1, 10, "团队人数上限需在 1–10 之间");
        List<CategoryForm> categories = form.categories() == null ? List.of() : form.categories();
        if (categories.size() > MAX_CATEGORIES) {
            errors.add(new FieldError("categories", "类别不能超过 " + MAX_CATEGORIES + " 个"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryForm category = categories.get(i);
            String prefix = "categories[" + i + "].";
            if (category.name() != null && !names.add(category.name().strip())) {
                errors.add(new FieldError(prefix + "name", "类别名称“" + category.name().strip() + "”重复"));
            }
            checkCategory(category, prefix, form.requiresRecommendation(), errors);
        }
        checkFormFields(form.formFields() == null ? List.of() : form.formFields(), errors);
        return errors;
    }

    private static void checkTimeline(ContestForm form, List<FieldError> errors) {
        Instant opens = form.submissionOpensAt();
        Instant closes = form.submissionClosesAt();
        if (opens == null || closes == null) {
            return;
        }
        if (!closes.isAfter(opens)) {
            errors.add(new FieldError("submissionClosesAt", "征集截止时间必须晚于开始时间"));
            return;
        }
        Instant previous = closes;
        String previousLabel = "征集截止时间";
        Object[][] steps = {
                {"judgingStartsAt", form.judgingStartsAt(), "评审开始时间"},
                {"publicityStartsAt", form.publicityStartsAt(), "公示开始时间"},
                {"publicityEndsAt", form.publicityEndsAt(), "公示结束时间"},
                {"publishAt", form.publishAt(), "结果发布时间"}};
        for (Object[] step : steps) {
            Instant at = (Instant) step[1];
            if (at == null) {
                continue;
            }
            if (at.isBefore(previous)) {
                errors.add(new FieldError((String) step[0], step[2] + "不能早于" + previousLabel));
            }
            previous = at;
            previousLabel = (String) step[2];
        }
        if (form.publicityEndsAt() != null && form.publicityStartsAt() == null) {
            errors.add(new FieldError("publicityStartsAt", "填写了公示结束时间时，请同时填写公示开始时间"));
        }
    }

    private static void checkCategory(CategoryForm category, String prefix, boolean requiresRecommendation, List<FieldError> errors) {
        if (category.kind() == null) {
            return;
        }
        if (category.maxBytes() != null && (category.maxBytes() < 1024 || category.maxBytes() > MAX_FILE_BYTES)) {
            errors.add(new FieldError(prefix + "maxBytes", "文件大小上限需在 1 KB 到 4 GB 之间"));
        }
        if (category.formats() != null) {
            for (String format : category.formats()) {
                if (format == null || !category.kind().formats().contains(format.toLowerCase(Locale.ROOT))) {
                    errors.add(new FieldError(prefix + "formats", category.kind().label() + "类别不支持格式“" + format
                            + "”，可选：" + String.join("、", category.kind().formats())));
                }
            }
        }
        switch (category.kind()) {
            case VIDEO -> {
                checkRange(errors, prefix + "maxDurationSec", category.maxDurationSec(), 1, 7200, "视频时长上限需在 1 秒到 2 小时之间");
                checkRange(errors, prefix + "minWidth", category.minWidth(), 0, 7680, "最小宽度需在 0–7680 像素之间");
                checkRange(errors, prefix + "minHeight", category.minHeight(), 0, 4320, "最小高度需在 0–4320 像素之间");
            }
            case IMAGE -> {
                checkRange(errors, prefix + "maxImages", category.maxImages(), 1, 30, "组图张数上限需在 1–30 之间");
                checkRange(errors, prefix + "minWidth", category.minWidth(), 0, 20000, "最小宽度需在 0–20000 像素之间");
                checkRange(errors, prefix + "minHeight", category.minHeight(), 0, 20000, "最小高度需在 0–20000 像素之间");
            }
            case ESSAY -> {
                checkRange(errors, prefix + "minChars", category.minChars(), 0, 200000, "最少字数需在 0–200000 之间");
                checkRange(errors, prefix + "maxChars", category.maxChars(), 1, 200000, "最多字数需在 1–200000 之间");
                if (category.minChars() != null && category.maxChars() != null && category.minChars() > category.maxChars()) {
                    errors.add(new FieldError(prefix + "minChars", "最少字数不能大于最多字数"));
                }
            }
        }
        if (requiresRecommendation) {
            if (category.recommendationQuota() == null) {
                errors.add(new FieldError(prefix + "recommendationQuota", "需要单位推荐时，请填写每个单位的推荐名额"));
            } else {
                checkRange(errors, prefix + "recommendationQuota", category.recommendationQuota(), 1, 1000, "推荐名额需在 1–1000 之间");
            }
        }
    }

    private static void checkFormFields(List<FormField> fields, List<FieldError> errors) {
        if (fields.size() > MAX_FORM_FIELDS) {
            errors.add(new FieldError("formFields", "报名信息项不能超过 " + MAX_FORM_FIELDS + " 个"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            String prefix = "formFields[" + i + "].";
            if (field.key() == null || !FIELD_KEY.matcher(field.key()).matches()) {
                errors.add(new FieldError(prefix + "key", "字段标识需以小写字母开头，只含小写字母、数字和下划线"));
            } else if (!keys.add(field.key())) {
                errors.add(new FieldError(prefix + "key", "字段标识“" + field.key() + "”重复"));
            }
            if (field.label() == null || field.label().isBlank() || field.label().length() > 40) {
                errors.add(new FieldError(prefix + "label", "请填写 40 字以内的字段名称"));
            }
            if (field.type() == null) {
                errors.add(new FieldError(prefix + "type", "请选择字段类型"));
                continue;
            }
            boolean choice = field.type() == FormField.FieldType.SINGLE_CHOICE || field.type() == FormField.FieldType.MULTI_CHOICE;
            List<String> options = field.options() == null ? List.of() : field.options();
            if (choice && (options.size() < 2 || options.stream().anyMatch(o -> o == null || o.isBlank())
                    || new HashSet<>(options).size() != options.size())) {
                errors.add(new FieldError(prefix + "options", "选择题至少需要两个不重复、不为空的选项"));
            }
            if (field.min() != null && field.max() != null && field.min() > field.max()) {
                errors.add(new FieldError(prefix + "min", "最小值不能大于最大值"));
            }
        }
    }

    private static void checkRange(List<FieldError> errors, String field, Integer value, int min, int max, String message) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, message));
        }
    }
}
