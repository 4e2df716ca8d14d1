package cn.pingxuan.account;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Tag("db")
class OrgUnitAdminTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient admin;
    private final String suffix = String.valueOf(System.nanoTime());

    @BeforeEach
    void signIn() {
        admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
    }

    @Test
    void createRenameMoveAndDeleteAUnit() {
        long city = create(null, "测试市教育局" + suffix, "CITY");
        long county = create(city, "测试县" + suffix, "COUNTY");
        long school = create(county, "第一中学", "SCHOOL");
        long otherCounty = create(city, "另一县" + suffix, "COUNTY");

        ApiClient.Response renamed = admin.put("/api/admin/units/" + school, Map.of("name", "第一实验中学", "kind", "SCHOOL", "code", "S-" + suffix));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.map()).containsEntry("path", "测试市教育局" + suffix + " / 测试县" + suffix + " / 第一实验中学")
                .containsEntry("code", "S-" + suffix);

        ApiClient.Response moved = admin.post("/api/admin/units/" + county + "/move", Map.of("parentId", otherCounty));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(unit(school).get("path")).isEqualTo("测试市教育局" + suffix + " / 另一县" + suffix + " / 测试县" + suffix + " / 第一实验中学");

        assertThat(admin.delete("/api/admin/units/" + county).status()).as("still has a school").isEqualTo(409);
        assertThat(admin.delete("/api/admin/units/" + school).status()).isEqualTo(204);
        assertThat(admin.delete("/api/admin/units/" + county).status()).isEqualTo(204);
        assertThat(admin.get("/api/units").list()).noneMatch(u -> ((Number) u.get("id")).longValue() == county);
    }

    @Test
    void aUnitCannotMoveUnderItself() {
        long top = create(null, "顶层" + suffix, "OTHER");
        long child = create(top, "下级", "OTHER");

        ApiClient.Response intoChild = admin.post("/api/admin/units/" + top + "/move", Map.of("parentId", child));
        ApiClient.Response ontoItself = admin.post("/api/admin/units/" + top + "/move", Map.of("parentId", top));

        assertThat(intoChild.status()).isEqualTo(409);
        assertThat(intoChild.map()).containsEntry("detail", "不能把单位移动到它自己或它的下级单位之下");
        assertThat(ontoItself.status()).isEqualTo(409);
        assertThat(((Number) unit(child).get("parentId")).longValue()).isEqualTo(top);
    }

    @Test
    void aUnitWithUsersCannotBeDeleted() {
        long unit = create(null, "有人单位" + suffix, "OTHER");
        admin.post("/api/admin/users", Map.of("username", "member-" + suffix, "displayName", "成员", "unitId", unit, "roles", List.of("STUDENT")));

        ApiClient.Response refused = admin.delete("/api/admin/units/" + unit);

        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.map().get("detail")).contains("下还有用户");
        assertThat(unit(unit).get("userCount")).isEqualTo(1);
    }

    @Test
    void siblingNamesAndCodesAreUniqueAndFieldsAreValidated() {
        long parent = create(null, "唯一性" + suffix, "OTHER");
        create(parent, "同名", "OTHER");

        ApiClient.Response sameName = admin.post("/api/admin/units", body(parent, "同名", "OTHER"));
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.map().get("errors")).asList().extracting("field").containsExactly("name");

        ApiClient.Response takenCode = admin.post("/api/admin/units", Map.of("name", "别的", "kind", "OTHER", "code", "DEMO-CS"));
        assertThat(takenCode.map().get("errors")).asList().extracting("field").containsExactly("code");

        ApiClient.Response blank = admin.post("/api/admin/units", Map.of("name", " ", "kind", "OTHER"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.map()).containsEntry("detail", "请填写单位名称");

        ApiClient.Response badKind = admin.postRaw("/api/admin/units", "application/json", "{\"name\":\"x\",\"kind\":\"PLANET\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
    }

    private long create(Long parentId, String name, String kind) {
        ApiClient.Response created = admin.post("/api/admin/units", body(parentId, name, kind));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((Number) created.map().get("id")).longValue();
    }

    private static Map<String, Object> body(Long parentId, String name, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    private Map<String, Object> unit(long id) {
        return admin.get("/api/units").list().stream().filter(u -> ((Number) u.get("id")).longValue() == id).findFirst().orElseThrow();
    }
}
