package cn.pingxuan.authz;

import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every row of the {@link AccessMatrix} and holds the matrix to the API the build documented. */
@MicronautTest(transactional = false)
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixTest {

    @Inject
    ApplicationContext context;

    private AuthzScene scene;

    @BeforeAll
    void buildScene() {
        scene = new AuthzScene(context);
    }

    @Test
    @Order(1)
    void everyDocumentedOperationHasARow() {
        Set<String> covered = AccessMatrix.rows().stream().map(row -> Operations.key(row.call())).collect(Collectors.toSet());
        Set<String> missing = OpenApiOperations.all(scene.clients.get(AuthzScene.ANONYMOUS)).stream()
                .map(Operations::key).filter(key -> !covered.contains(key)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing).as("operations of the OpenAPI document without a row in AccessMatrix").isEmpty();
    }

    List<AccessMatrix.Row> rows() {
        return AccessMatrix.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @Order(2)
    void eachCallerGetsExactlyWhatItMay(AccessMatrix.Row row) {
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < AuthzScene.ACTORS.size(); i++) {
            String actor = AuthzScene.ACTORS.get(i);
            int expected = row.expected().get(i);
            ApiClient.Response response = row.call().send(scene.clients.get(actor), scene, actor, expected / 100 == 2);
            softly.assertThat(response.status()).as("%s as %s: %s", row, actor, abbreviated(response.body()))
                    .isEqualTo(expected);
        }
        if (row.call().path().equals("/api/auth/logout")) {
            scene.signInAgain();
        }
        softly.assertAll();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
