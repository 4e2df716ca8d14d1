package cn.pingxuan.common;

import cn.pingxuan.account.DemoAccounts;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the portal where to open it and, on the embedded defaults, how to sign in. */
@Singleton
class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("pingxuan");

    private final HttpProperties http;
    private final DeploymentProperties deployment;
    private final boolean demo;

    StartupBanner(HttpProperties http, DeploymentProperties deployment, @Value("${pingxuan.demo.enabled:true}") boolean demo) {
        this.http = http;
        this.deployment = deployment;
        this.demo = demo;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String url = http.publicUrl().isBlank() ? event.getSource().getURL().toString().replace("127.0.0.1", "localhost")
                : http.publicUrl();
        StringBuilder text = new StringBuilder("\n\n  评选 Pingxuan 已启动 / is running: ").append(url).append('\n');
        if (demo && !deployment.production()) {
            text.append("  演示账号 / demo logins (密码 / password: ").append(DemoAccounts.PASSWORD).append(")\n");
            DemoAccounts.ACCOUNTS.forEach(account -> text.append(String.format("    %-10s %s · %s%n",
                    account.username(), account.role().label(), account.displayName())));
        }
        LOG.info(text.toString());
    }
}
