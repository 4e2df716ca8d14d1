package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A registration question the contest asks with every entry (专业班级, 联系电话, 指导老师…).
 * {@code options} for the choice types; {@code min}/{@code max} bound a number, or the length of a text.
 */
@Serdeable
public record FormField(String key, String label, FieldType type, boolean required, @Nullable List<String> options,
                        @Nullable Integer min, @Nullable Integer max, @Nullable String help) {

    public enum FieldType {
        TEXT, LONG_TEXT, SINGLE_CHOICE, MULTI_CHOICE, NUMBER
    }
}
