package cn.pingxuan.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param mode "embedded" (the default: demo data, default secrets allowed) or "production"
 * @param role "all" (web and worker), "web" or "worker"
 */
@ConfigurationProperties("pingxuan")
public record DeploymentProperties(
        @Bindable(defaultValue = "embedded") String mode,
        @Bindable(defaultValue = "all") String role) {

    public boolean production() {
        return "production".equalsIgnoreCase(mode);
    }
}
