package cn.pingxuan.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** What a student fills in for an entry; {@code contestId}/{@code categoryId} only count when creating it. */
@Serdeable
public record EntryForm(
        @Nullable Long contestId,
        @Nullable Long categoryId,
        @NotBlank(message = "请填写作品名称") @Size(max = 100, message = "作品名称不能超过 100 个字符") String title,
        @Nullable @Size(max = 1000, message = "作品简介不能超过 1000 个字符") String summary,
        @Nullable @Valid List<MemberForm> members,
        @Nullable @Size(max = 50, message = "指导老师姓名不能超过 50 个字符") String advisorName,
        @Nullable @Size(max = 100, message = "指导老师单位不能超过 100 个字符") String advisorUnit,
        @Nullable Map<String, Object> formData,
        boolean pledgeAccepted) {

    /** A team member: a platform user by {@code username}, or an outsider by {@code name} and {@code unitName}. */
    @Serdeable
    public record MemberForm(
            @Nullable @Size(max = 64, message = "学号/工号不能超过 64 个字符") String username,
            @Nullable @Size(max = 50, message = "成员姓名不能超过 50 个字符") String name,
            @Nullable @Size(max = 100, message = "成员单位不能超过 100 个字符") String unitName) {
    }
}
