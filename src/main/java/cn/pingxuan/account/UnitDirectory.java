package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A snapshot of the whole unit tree, for naming paths and resolving what people type into spreadsheets. */
public final class UnitDirectory {

    public static final String PATH_SEPARATOR = " / ";

    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<String, OrgUnit> byCode = new HashMap<>();
    private final Map<String, List<OrgUnit>> byName = new HashMap<>();
    private final Map<String, OrgUnit> byNamePath = new HashMap<>();

    UnitDirectory(List<OrgUnit> units) {
        units.forEach(unit -> byId.put(unit.id(), unit));
        for (OrgUnit unit : units) {
            if (unit.code() != null) {
                byCode.put(normalize(unit.code()), unit);
            }
            byName.computeIfAbsent(normalize(unit.name()), k -> new ArrayList<>()).add(unit);
            byNamePath.put(normalize(String.join("/", names(unit))), unit);
        }
    }

    public Optional<OrgUnit> get(@Nullable Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** "示范大学 / 计算机学院 / 软件2301班", or null for no unit. */
    @Nullable
    public String pathName(@Nullable Long id) {
        return get(id).map(unit -> String.join(PATH_SEPARATOR, names(unit))).orElse(null);
    }

    public List<OrgUnit> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /** Resolves a unit code, a full name path ("示范大学/计算机学院") or a name that is unique in the tree. */
    public Resolution resolve(String text) {
        String key = normalize(text);
        if (key.isEmpty()) {
            return new Resolution(null, "请填写单位");
        }
        OrgUnit byCodeMatch = byCode.get(key);
        if (byCodeMatch != null) {
            return new Resolution(byCodeMatch, null);
        }
        String pathKey = key.replaceAll("\\s*[/／>]\\s*", "/");
        if (pathKey.contains("/")) {
            OrgUnit unit = byNamePath.get(pathKey);
            return unit != null ? new Resolution(unit, null) : new Resolution(null, "找不到单位“" + text.trim() + "”");
        }
        List<OrgUnit> named = byName.getOrDefault(key, List.of());
        if (named.size() == 1) {
            return new Resolution(named.get(0), null);
        }
        if (named.isEmpty()) {
            return new Resolution(null, "找不到单位“" + text.trim() + "”");
        }
        return new Resolution(null, "单位名称“" + text.trim() + "”不唯一，请填写完整路径，如“"
                + String.join("/", names(named.get(0))) + "”");
    }

    private List<String> names(OrgUnit unit) {
        List<String> names = new ArrayList<>();
        for (String id : unit.path().split("/")) {
            if (!id.isEmpty()) {
                OrgUnit ancestor = byId.get(Long.parseLong(id));
                names.add(ancestor == null ? "?" : ancestor.name());
            }
        }
        return names;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Exactly one of {@code unit} and {@code error} is set. */
    public record Resolution(@Nullable OrgUnit unit, @Nullable String error) {
    }
}
