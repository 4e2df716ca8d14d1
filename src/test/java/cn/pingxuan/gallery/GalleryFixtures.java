package cn.pingxuan.gallery;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.results.ResultsFixtures;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Awarded contests with processed videos, and the direct SQL changes the gallery must notice. */
final class GalleryFixtures {

    private GalleryFixtures() {
    }

    record Gallery(ResultsFixtures.Awarded awarded, String slug) {

        String code(int i) {
            return awarded.stage().codes().get(i);
        }

        long entryId(int i) {
            return awarded.stage().entryIds().get(i);
        }
    }

    /** {@code count} awarded video entries whose renditions are ready, the contest in {@code status}. */
    static Gallery awarded(ApplicationContext context, int count, ContestStatus status) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        MediaAssets media = context.getBean(MediaAssets.class);
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, context.getBean(JsonMapper.class),
                context.getBean(BlobStore.class), media, count);
        for (long entryId : stage.entryIds()) {
            for (Asset original : media.originals(entryId)) {
                MediaFixtures.awaitReady(media, original.id());
            }
        }
        // the fixture writes through the application's contextual data source, which needs a transaction around it
        ResultsFixtures.Awarded awarded = ResultsFixtures.awarded(context, stage, status);
        String slug = (String) stage.organizer().get("/api/contests/" + stage.contestId()).map().get("slug");
        return new Gallery(awarded, slug);
    }

    @SuppressWarnings("unchecked")
    static String renditionUrl(Map<String, Object> work, String role) {
        List<Map<String, Object>> files = (List<Map<String, Object>>) work.get("files");
        return files.stream().flatMap(f -> ((List<Map<String, Object>>) f.get("renditions")).stream())
                .filter(r -> role.equals(r.get("role"))).map(r -> (String) r.get("url")).findFirst().orElseThrow();
    }

    static void execute(ApplicationContext context, String sql, Object... parameters) {
        DataSource pool = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
