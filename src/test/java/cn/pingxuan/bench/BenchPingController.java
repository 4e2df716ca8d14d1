package cn.pingxuan.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** The framework's own trivial endpoint: the ceiling any API call of this server is measured against. */
@Controller("/api/bench/ping")
@Requires(env = "bench")
@Secured(SecurityRule.IS_ANONYMOUS)
class BenchPingController {

    @Get
    Map<String, String> ping() {
        return Map.of("pong", "ok");
    }
}
