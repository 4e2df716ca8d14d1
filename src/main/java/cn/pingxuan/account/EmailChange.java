package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The user's own e-mail address for notice copies; empty removes it. */
@Serdeable
public record EmailChange(
        @Nullable @Email(message = "邮箱地址格式不正确") @Size(max = 254, message = "邮箱地址不能超过 254 个字符") String email) {
}
