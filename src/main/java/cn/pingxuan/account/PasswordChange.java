package cn.pingxuan.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record PasswordChange(
        @NotBlank(message = "请输入当前密码") @Size(max = 1024, message = "密码过长") String currentPassword,
        @NotBlank(message = "请输入新密码") @Size(max = 1024, message = "密码过长") String newPassword) {
}
