package cn.pingxuan.contest;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Tag("db")
class DemoContestTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void theDemoHasAnOpenContestTheDemoStudentCanEnter() {
        Map<String, Object> contest = new ApiClient(server, json).get("/api/contests/" + DemoContest.SLUG).map();

        assertThat(contest).containsEntry("status", "OPEN").containsEntry("acceptingSubmissions", true);
        assertThat(contest.get("categories")).asList().extracting("kind").containsExactly("VIDEO", "IMAGE", "ESSAY");
        List<Map<String, Object>> categories = (List<Map<String, Object>>) contest.get("categories");
        ApiClient student = ApiClient.loggedIn(server, json, "student", DemoAccounts.PASSWORD);
        ApiClient.Response entry = student.post("/api/entries", Map.of("contestId", contest.get("id"),
                "categoryId", categories.get(2).get("id"), "title", "我与网络文明"));
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        student.delete("/api/entries/" + entry.map().get("id"));
    }
}
