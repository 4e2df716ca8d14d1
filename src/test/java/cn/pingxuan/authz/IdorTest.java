package cn.pingxuan.authz;

import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Another user's id gets a 403 or 404 that tells nothing about the object (see {@link IdorCases}). */
@MicronautTest(transactional = false)
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdorTest {

    @Inject
    ApplicationContext context;

    private AuthzScene scene;

    @BeforeAll
    void buildScene() {
        scene = new AuthzScene(context);
    }

    @Test
    void everyOperationThatTakesAnIdHasACase() {
        Set<String> covered = IdorCases.all().stream().map(c -> Operations.key(c.call())).collect(Collectors.toSet());
        Set<String> missing = OpenApiOperations.all(scene.clients.get(AuthzScene.ANONYMOUS)).stream()
                .filter(operation -> !operation.pathParameters().isEmpty())
                .map(Operations::key).filter(key -> !covered.contains(key)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing).as("operations with a path id but no case in IdorCases").isEmpty();
    }

    List<IdorCases.Case> cases() {
        return IdorCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anotherUsersIdRevealsNothing(IdorCases.Case c) {
        ApiClient.Response response = c.call().send(scene.clients.get(c.actor()), scene, c.actor(), false);

        if (c.status() != 0) {
            assertThat(response.status()).as("%s: %s", c, response.body()).isEqualTo(c.status());
        } else {
            assertThat(response.status()).as("%s: %s", c, response.body()).isIn(403, 404);
        }
        if (!c.ownOnly() && !response.body().isEmpty()) {
            assertThat(response.contentType()).as("%s answers with a problem, not the object", c).startsWith("application/problem+json");
        }
        assertThat(response.body()).as("%s", c).doesNotContain(AuthzScene.SECRETS.toArray(String[]::new));
    }

    /** Judges never get originals (blind rounds): only the pipeline's renditions, which display inline. */
    @Test
    void originalsDownloadAsAttachmentsNeverInline() {
        ApiClient.BinaryResponse own = scene.clients.get("student")
                .getBinary("/api/entries/" + scene.id("myEntry") + "/files/" + scene.id("myAsset"));
        ApiClient.BinaryResponse screened = scene.clients.get("organizer")
                .getBinary("/api/entries/" + scene.id("otherEntry") + "/files/" + scene.id("otherAsset"));

        for (ApiClient.BinaryResponse original : List.of(own, screened)) {
            assertThat(original.status()).isEqualTo(200);
            assertThat(original.header("Content-Disposition")).startsWith("attachment");
            assertThat(original.header("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
