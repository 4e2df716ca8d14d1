package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** Create or edit a user; the username is fixed after creation and ignored on edit. */
@Serdeable
public record UserForm(
        @Nullable @Size(min = 2, max = 64, message = "学号/工号需为 2–64 个字符")
        @Pattern(regexp = UserForm.USERNAME_PATTERN, message = "学号/工号只能包含字母、数字、下划线、点、@ 和短横线") String username,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字符") String displayName,
        @Nullable Long unitId,
        @NotEmpty(message = "请至少选择一个角色") Set<Role> roles) {

    public static final String USERNAME_PATTERN = "^[A-Za-z0-9_.@-]*$";
}
