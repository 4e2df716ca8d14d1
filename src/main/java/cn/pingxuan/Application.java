package cn.pingxuan;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

@OpenAPIDefinition(info = @Info(
        title = "Pingxuan 评选 API",
        version = "0.1",
        description = "Campus creative-works contests: accounts, contests, entries, judging and results.",
        license = @License(name = "GPL-3.0-or-later")))
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args)
                .banner(false)
                .defaultEnvironments("embedded")
                .start();
    }
}
