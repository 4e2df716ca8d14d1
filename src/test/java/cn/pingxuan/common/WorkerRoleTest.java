package cn.pingxuan.common;

import cn.pingxuan.support.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "pingxuan.role", value = "worker")
class WorkerRoleTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void aWorkerAnswersOnlyItsHealthCheck() {
        ApiClient client = new ApiClient(server, json);

        assertThat(client.get("/health").status()).isEqualTo(200);
        ApiClient.Response api = client.get("/api/units");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.map()).containsEntry("detail", "这是后台任务节点，不提供网页和接口服务");
        assertThat(client.get("/").status()).isEqualTo(503);
    }
}
