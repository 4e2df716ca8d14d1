package cn.pingxuan.account;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The accounts created, each with its one-time password: returned once, never stored in clear. */
@Serdeable
public record ImportResult(int imported, List<Credential> credentials) {

    @Serdeable
    public record Credential(String username, String displayName, String unitPath, String initialPassword) {
    }
}
