package cn.pingxuan.certificate;

import cn.pingxuan.common.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The body's placeholders: which exist, checking an organizer's wording, and filling them in for one award. */
final class Wording {

    static final String DEFAULT_HEADING = "荣誉证书";
    static final String DEFAULT_BODY = "{names}同学的作品《{title}》在{contest}中荣获{tier}。特发此证，以资鼓励。";

    /** Token → what the organizer reads in the editor; a body must name the winners, the work and the award. */
    static final Map<String, String> PLACEHOLDERS = placeholders();
    private static final List<String> REQUIRED = List.of("names", "title", "tier");

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX_HEADING = 20;
    private static final int MAX_BODY = 300;
    private static final int MAX_LINE = 60;

    private Wording() {
    }

    private static Map<String, String> placeholders() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("names", "获奖者姓名（多人以顿号分隔）");
        map.put("title", "作品名称");
        map.put("tier", "奖项");
        map.put("contest", "比赛名称");
        map.put("category", "作品类别");
        map.put("unit", "获奖者所在单位");
        return Collections.unmodifiableMap(map);
    }

    static List<FieldError> check(TemplateForm form) {
        List<FieldError> errors = new ArrayList<>();
        String heading = form.heading() == null ? "" : form.heading().strip();
        if (heading.isEmpty()) {
            errors.add(new FieldError("heading", "请填写证书标题"));
        } else if (heading.length() > MAX_HEADING) {
            errors.add(new FieldError("heading", "证书标题不能超过 " + MAX_HEADING + " 个字"));
        }
        String body = form.body() == null ? "" : form.body().strip();
        if (body.isEmpty()) {
            errors.add(new FieldError("body", "请填写证书正文"));
        } else if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "证书正文不能超过 " + MAX_BODY + " 个字"));
        } else {
            checkBody(body).ifPresent(message -> errors.add(new FieldError("body", message)));
        }
        lineLength("issuer", "颁发单位", form.issuer(), errors);
        lineLength("signatory", "落款", form.signatory(), errors);
        return errors;
    }

    private static Optional<String> checkBody(String body) {
        Matcher matcher = TOKEN.matcher(body);
        List<String> unknown = new ArrayList<>();
        List<String> used = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            if (PLACEHOLDERS.containsKey(name)) {
                used.add(name);
            } else {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of("正文中有未知的占位符：" + String.join("、", unknown) + "。可用的占位符："
                    + String.join("、", PLACEHOLDERS.keySet().stream().map(t -> "{" + t + "}").toList()));
        }
        String rest = matcher.replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            return Optional.of("正文中的花括号不成对：占位符应写成 {names} 这样的形式");
        }
        List<String> missing = REQUIRED.stream().filter(t -> !used.contains(t)).map(t -> "{" + t + "}").toList();
        if (!missing.isEmpty()) {
            return Optional.of("正文必须包含占位符：" + String.join("、", missing));
        }
        return Optional.empty();
    }

    private static void lineLength(String field, String label, @Nullable String value, List<FieldError> errors) {
        if (value != null && value.strip().length() > MAX_LINE) {
            errors.add(new FieldError(field, label + "不能超过 " + MAX_LINE + " 个字"));
        }
    }

    /** The body with every placeholder filled in; the body has passed {@link #check}. */
    static String fill(String body, Map<String, String> values) {
        return TOKEN.matcher(body).replaceAll(match -> Matcher.quoteReplacement(
                values.getOrDefault(match.group(1).strip(), "")));
    }
}
