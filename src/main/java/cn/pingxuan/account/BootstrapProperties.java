package cn.pingxuan.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

@ConfigurationProperties("pingxuan")
record BootstrapProperties(Demo demo, Admin admin) {

    @ConfigurationProperties("demo")
    record Demo(@Bindable(defaultValue = "true") boolean enabled) {
    }

    @ConfigurationProperties("admin")
    record Admin(@Bindable(defaultValue = "") String username, @Bindable(defaultValue = "") String password) {
    }
}
