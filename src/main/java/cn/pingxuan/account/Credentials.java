package cn.pingxuan.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login attempt; {@code toString} leaves the password out so it can never reach a log. */
@Serdeable
public record Credentials(
        @NotBlank(message = "请输入学号/工号") @Size(max = 64, message = "学号/工号不能超过 64 个字符") String username,
        @NotBlank(message = "请输入密码") @Size(max = 1024, message = "密码过长") String password) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
