package cn.pingxuan.authz;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.results.ResultsFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import cn.pingxuan.support.TusUploads;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;

/**
 * A small world for authorization tests, made through the API where it can be: an open contest where the demo student
 * has drafts next to another student's submitted entry, a contest in judging whose round gives the demo judge and a
 * second judge one assignment each, a contest in its publicity period with an objection, and a published contest
 * with an award, a certificate and a gallery. {@link #ids} names everything a path or body may refer to.
 */
final class AuthzScene {

    static final String ANONYMOUS = "anonymous";
    static final List<String> ACTORS = List.of(ANONYMOUS, "student", "judge", "unitadmin", "organizer", "admin");

    final Map<String, ApiClient> clients = new HashMap<>();
    final Map<String, Object> ids = new HashMap<>();
    private final EmbeddedServer server;
    private final JsonMapper json;
    private final JudgingFixtures.Stage judging;
    private final MiniJudging mini;
    private final TusUploads tus;

    AuthzScene(ApplicationContext context) {
        server = context.getBean(EmbeddedServer.class);
        json = context.getBean(JsonMapper.class);
        tus = new TusUploads(server);
        BlobStore blobs = context.getBean(BlobStore.class);
        MediaAssets media = context.getBean(MediaAssets.class);
        for (String actor : ACTORS) {
            clients.put(actor, actor.equals(ANONYMOUS) ? new ApiClient(server, json)
                    : ApiClient.loggedIn(server, json, actor, DemoAccounts.PASSWORD));
        }
        ApiClient admin = clients.get("admin");
        ids.put("csClass", TestAccounts.unitId(admin, "软件2302班"));
        ids.put("litClass", TestAccounts.unitId(admin, "汉语言2301班"));
        ids.put("csCollege", TestAccounts.unitId(admin, "计算机学院"));
        ids.put("university", TestAccounts.unitId(admin, "示范大学"));
        ids.put("csStudent", createUser(admin, ids.get("csClass"), "STUDENT"));
        ids.put("litStudent", createUser(admin, ids.get("litClass"), "STUDENT"));
        ids.put("csJudge", createUser(admin, ids.get("csClass"), "JUDGE"));
        clients.put("otherOrganizer", TestAccounts.newUser(server, json, "ORGANIZER", "文学院"));
        clients.put("otherUnitAdmin", TestAccounts.newUser(server, json, "UNIT_ADMIN", "文学院"));

        ids.put("judgeId", userId(clients.get("judge")));
        mini = new MiniJudging(context, clients.get("judge"), (Long) ids.get("judgeId"));
        ids.put("draftContest", fresh("draftContest").get("id"));
        uploadCover(clients.get("organizer"), (Long) ids.get("draftContest"));
        ids.put("unknownSerial", "7QX4-M2KD-9Z3P");
        clients.put("outsideJudge", TestAccounts.newUser(server, json, "JUDGE", "艺术学院"));
        openContest(blobs, media);
        judging = judgingContest(blobs, media);
        Map<String, Object> locked = mini.round("LOCKED");
        ids.put("lockedRound", locked.get("round"));
        ids.put("lockedRoundAssignment", locked.get("assignment"));
        ids.put("lockedRoundFlag", locked.get("flag"));
        publicityContest(context, blobs, media);
        publishedContest(context, blobs, media);
    }

    /** After a sign-out row: every demo account signs in again. */
    void signInAgain() {
        ACTORS.stream().filter(actor -> !actor.equals(ANONYMOUS)).forEach(actor ->
                clients.put(actor, ApiClient.loggedIn(server, json, actor, DemoAccounts.PASSWORD)));
    }

    /** What callers must never see of others' objects: their titles (all entries of other people carry one). */
    static final List<String> SECRETS = List.of("他人的秘密征文", "他人的第二篇征文", "网络文明微视频", "网络文明征文",
            "该作品与网络上已有视频雷同");

    Object id(String name) {
        Object id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("the scene has no " + name);
        }
        return id;
    }

    private final Map<String, Map<String, Object>> shared = new HashMap<>();

    Map<String, Object> shared(String kind) {
        return shared.computeIfAbsent(kind, this::fresh);
    }

    /** A resource made for one call only; "id" is the one a path names by {@code {new:kind}}. */
    Map<String, Object> fresh(String kind) {
        ApiClient organizer = clients.get("organizer");
        return switch (kind) {
            case "unit" -> Map.of("id", JudgingFixtures.id(expect(clients.get("admin").post("/api/admin/units",
                    Map.of("name", "待删除单位" + System.nanoTime(), "kind", "OTHER", "parentId", ids.get("csCollege"))), 201)));
            case "draftContest" -> Map.of("id", JudgingFixtures.id(expect(organizer.post("/api/organize/contests",
                    body("contestForm")), 201)));
            case "upload" -> Map.of("id", uploadId(newUpload(clients.get("student"))));
            case "round" -> Map.of("id", newRound());
            case "conflict" -> conflict(mini.round("ASSIGNED"));
            case "pooledRound" -> mini.round("POOLED");
            case "assignedRound" -> mini.round("ASSIGNED");
            case "openRound" -> mini.round("OPEN");
            case "scoredRound" -> mini.round("SCORED");
            case "lockedRound" -> mini.round("LOCKED");
            case "award" -> Map.of("id", mini.awarded(ContestStatus.PUBLICITY).awards().get(0).id());
            case "publicityContest" -> Map.of("id", mini.awarded(ContestStatus.PUBLICITY).stage().contestId());
            case "objection" -> Map.of("id", JudgingFixtures.id(expect(TestAccounts.newUser(server, json, "STUDENT", "汉语言2301班")
                    .post("/api/contests/" + ids.get("pSlug") + "/objections", Map.of("entryId", ids.get("pEntry"),
                            "body", "该作品疑似抄袭网络上的同题作品")), 201)));
            default -> throw new IllegalArgumentException("no fresh " + kind);
        };
    }

    private Map<String, Object> conflict(Map<String, Object> round) {
        long id = JudgingFixtures.id(expect(clients.get("organizer").post("/api/organize/rounds/" + round.get("round") + "/conflicts",
                Map.of("judgeId", round.get("spareJudge"), "entryId", round.get("entry"), "reason", "亲属关系")), 201));
        return Map.of("id", id, "round", round.get("round"));
    }

    /** JSON bodies that need the scene (ids, the current version of a score sheet). */
    Object body(String name) {
        return switch (name) {
            case "contestForm" -> contestForm();
            case "roundForm" -> JudgingFixtures.roundForm((Long) ids.get("jVideos"), 1, false);
            case "pool" -> Map.of("judges", List.of(Map.of("userId", ids.get("judgeId"), "categoryIds", List.of(ids.get("jVideos")))));
            case "scoreForm" -> scoreForm(clients.get("judge"), ids.get("myAssignment"));
            case "otherScoreForm" -> scoreForm(clients.get("otherJudge"), ids.get("otherAssignment"));
            case "voteSetting" -> voteSetting();
            case "tiers" -> Map.of("tiers", List.of(Map.of("name", "一等奖", "basis", "SCORE", "quotaKind", "COUNT", "quotaValue", 1),
                    Map.of("name", "二等奖", "basis", "SCORE", "quotaKind", "COUNT", "quotaValue", 2)));
            case "publicity" -> Map.of("endsAt", Instant.now().plus(Duration.ofDays(5)).toString());
            case "template" -> Map.of("heading", "荣誉证书", "body", "{names} 同学的作品《{title}》荣获{tier}。", "issuer", "示范大学",
                    "signatory", "王老师");
            default -> throw new IllegalArgumentException("no body " + name);
        };
    }

    private Map<String, Object> contestForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "矩阵测试比赛");
        form.put("ownerUnitId", ids.get("university"));
        form.put("submissionOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        form.put("submissionClosesAt", Instant.now().plus(Duration.ofDays(10)).toString());
        form.put("advisorRequired", false);
        form.put("requiresRecommendation", false);
        form.put("categories", List.of(Map.of("name", "征文", "kind", "ESSAY", "maxBytes", 1_000_000L, "formats", List.of("txt"),
                "minChars", 10, "maxChars", 5000)));
        return form;
    }

    private Map<String, Object> scoreForm(ApiClient judge, Object assignment) {
        Map<String, Object> view = expect(judge.get("/api/judging/assignments/" + assignment), 200).map();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) ((Map<String, Object>) view.get("round")).get("criteria");
        return Map.of("scores", Map.of(String.valueOf(criteria.get(0).get("id")), 30, String.valueOf(criteria.get(1).get("id")), 15),
                "comment", "构思不错", "version", view.get("version"));
    }

    private Map<String, Object> voteSetting() {
        return Map.of("enabled", true, "opensAt", Instant.now().minus(Duration.ofHours(1)).toString(),
                "closesAt", Instant.now().plus(Duration.ofDays(3)).toString(), "dailyVotes", 5, "hideCounts", false, "scoreShare", 0);
    }

    private HttpResponse<String> newUpload(ApiClient student) {
        try {
            HttpResponse<String> created = tus.create(student, 5, Map.of("purpose", "entry", "entryId",
                    String.valueOf(ids.get("myEntry")), "filename", "补充.txt", "filetype", "text/plain"));
            if (created.statusCode() != 201) {
                throw new AssertionError("creating an upload: " + created.statusCode() + " " + created.body());
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tusMetadata(Map<String, String> metadata) {
        return metadata.entrySet().stream().map(e -> e.getKey() + " " + java.util.Base64.getEncoder()
                .encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))).collect(java.util.stream.Collectors.joining(","));
    }

    private static String uploadId(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void uploadCover(ApiClient organizer, long contestId) {
        try {
            BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().fillRect(8, 8, 20, 10);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            tus.upload(organizer, png.toByteArray(), Map.of("purpose", "contest-cover", "contestId", String.valueOf(contestId),
                    "filename", "封面.png", "filetype", "image/png"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ApiClient.Response page) {
        return (List<Map<String, Object>>) page.map().get("items");
    }

    /** Contest "o": the demo student's drafts (essays, cheap to process) and another student's submitted essay. */
    private void openContest(BlobStore blobs, MediaAssets media) {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        ids.put("oContest", works.contestId());
        ids.put("oSlug", slugOf(works.contestId()));
        ids.put("oEssays", works.essayCategory());
        clients.put("otherStudent", works.student());
        ApiClient student = clients.get("student");
        ids.put("myEntry", essayEntry(student, works, blobs, media, "myAsset", "我的征文"));
        ids.put("uploadMetadata", tusMetadata(Map.of("purpose", "entry", "entryId", String.valueOf(ids.get("myEntry")),
                "filename", "补充.txt", "filetype", "text/plain")));
        ids.put("myWithdrawEntry", essayEntry(student, works, blobs, media, null, "待撤回的征文"));
        expect(student.post("/api/entries/" + ids.get("myWithdrawEntry") + "/submit", Map.of()), 200);
        expect(works.organizer().post("/api/contests/" + works.contestId() + "/screening/" + ids.get("myWithdrawEntry")
                + "/review", Map.of("verdict", "APPROVE")), 200);
        List<Map<String, Object>> notices = items(expect(student.get("/api/me/notices"), 200));
        ids.put("myNotice", notices.get(0).get("id"));
        ids.put("upload", uploadId(newUpload(student)));
        uploadCover(works.organizer(), works.contestId());
        ids.put("myDeleteEntry", essayEntry(student, works, blobs, media, "myDeleteAsset", "待删除的征文"));
        ids.put("otherEntry", essayEntry(works.student(), works, blobs, media, "otherAsset", "他人的秘密征文"));
        expect(works.student().post("/api/entries/" + ids.get("otherEntry") + "/submit", Map.of()), 200);
        ids.put("otherSubmittedEntry", essayEntry(works.student(), works, blobs, media, "otherSubmittedAsset", "他人的第二篇征文"));
        expect(works.student().post("/api/entries/" + ids.get("otherSubmittedEntry") + "/submit", Map.of()), 200);
        // a second open contest only receives new entries, so the demo student's quota in "o" stays predictable
        MediaFixtures.Works fresh = MediaFixtures.newContest(server, json);
        ids.put("newContest", fresh.contestId());
        ids.put("newEssays", fresh.essayCategory());
    }

    private long essayEntry(ApiClient owner, MediaFixtures.Works works, BlobStore blobs, MediaAssets media,
                            String assetName, String title) {
        long id = JudgingFixtures.id(expect(owner.post("/api/entries", Map.of("contestId", works.contestId(),
                "categoryId", works.essayCategory(), "title", title, "pledgeAccepted", true)), 201));
        Asset asset = MediaFixtures.attach(blobs, media, id, MediaFixtures.ESSAY.getBytes(StandardCharsets.UTF_8),
                "text/plain", title + ".txt");
        MediaFixtures.awaitReady(media, asset.id());
        if (assetName != null) {
            ids.put(assetName, asset.id());
        }
        return id;
    }

    /** Contest "j": two eligible videos, an open round, the demo judge and a judge of 艺术学院 with one assignment each. */
    private JudgingFixtures.Stage judgingContest(BlobStore blobs, MediaAssets media) {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, media, 2);
        ids.put("jContest", stage.contestId());
        ids.put("jSlug", slugOf(stage.contestId()));
        ids.put("jVideos", stage.videoCategory());
        ids.put("jEntry", stage.entryIds().get(0));
        ids.put("jEntry2", stage.entryIds().get(1));
        clients.put("jStudent", stage.works().student());
        ids.put("otherNotice", items(expect(stage.works().student().get("/api/me/notices"), 200)).get(0).get("id"));
        JudgingFixtures.Judge demoJudge = new JudgingFixtures.Judge((Long) ids.get("judgeId"), clients.get("judge"));
        JudgingFixtures.Judge artJudge = JudgingFixtures.judge(server, json, "艺术学院");
        clients.put("otherJudge", artJudge.client());
        ids.put("otherJudgeId", artJudge.id());
        long round = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 1, false));
        ids.put("round", round);
        JudgingFixtures.setPool(stage, round, List.of(demoJudge, artJudge));
        expect(stage.organizer().post("/api/organize/rounds/" + round + "/assignment", Map.of()), 200);
        JudgingFixtures.startJudging(stage);
        expect(stage.organizer().post("/api/organize/rounds/" + round + "/open", Map.of()), 200);
        Map<String, Object> mine = onlyQueueItem(demoJudge.client(), round);
        Map<String, Object> theirs = onlyQueueItem(artJudge.client(), round);
        ids.put("myAssignment", mine.get("assignmentId"));
        ids.put("otherAssignment", theirs.get("assignmentId"));
        long myEntry = stage.entryIds().get(stage.codes().indexOf((String) mine.get("code")));
        long theirEntry = stage.entryIds().get(stage.codes().indexOf((String) theirs.get("code")));
        ids.put("otherAssignmentEntry", theirEntry);
        ids.put("myRecuseAssignment", JudgingFixtures.id(expect(stage.organizer().post("/api/organize/rounds/" + round
                + "/assignments", Map.of("entryId", theirEntry, "judgeId", demoJudge.id())), 201)));
        expect(demoJudge.client().post("/api/judging/assignments/" + mine.get("assignmentId") + "/flags",
                Map.of("kind", "OTHER", "note", "画面疑似来自网络")), 201);
        List<Map<String, Object>> flags = stage.organizer().get("/api/organize/rounds/" + round + "/flags").list();
        ids.put("flag", flags.get(0).get("id"));
        for (long entry : stage.entryIds()) {
            media.originals(entry).forEach(original -> MediaFixtures.awaitReady(media, original.id()));
        }
        ids.put("myAssignmentAsset", judgedRendition(demoJudge.client(), mine.get("assignmentId")));
        ids.put("otherAssignmentAsset", judgedRendition(artJudge.client(), theirs.get("assignmentId")));
        expect(stage.organizer().put("/api/organize/contests/" + stage.contestId() + "/vote-setting", voteSetting()), 200);
        Map<String, Object> voteWork = expect(clients.get(ANONYMOUS).get("/api/contests/" + ids.get("jSlug") + "/vote/works/"
                + ids.get("jEntry")), 200).map();
        ids.put("jVoteAsset", renditions(voteWork).get(0).get("id"));
        ids.put("conflict", JudgingFixtures.id(expect(stage.organizer().post("/api/organize/rounds/" + round + "/conflicts",
                Map.of("judgeId", artJudge.id(), "entryId", myEntry, "reason", "指导过该作品")), 201)));
        return stage;
    }

    /** A round in set-up in contest "j", for the rows that change or delete one. */
    long newRound() {
        return JudgingFixtures.createRound(judging, JudgingFixtures.roundForm(judging.videoCategory(), 1, false));
    }

    /** Contest "p" in its publicity period: one awarded video and an objection to it. */
    private void publicityContest(ApplicationContext context, BlobStore blobs, MediaAssets media) {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, media, 1);
        ResultsFixtures.Awarded awarded = award(context, stage, ContestStatus.PUBLICITY);
        ids.put("pContest", stage.contestId());
        ids.put("pSlug", slugOf(stage.contestId()));
        ids.put("pEntry", stage.entryIds().get(0));
        ids.put("pAward", awarded.awards().get(0).id());
        ids.put("pTier", awarded.awards().get(0).tierId());
        ids.put("pCode", stage.codes().get(0));
        clients.put("pStudent", stage.works().student());
        // the fixture's publicity period has just ended: it runs on so that objections are taken
        expect(clients.get("organizer").put("/api/organize/contests/" + stage.contestId() + "/publicity", body("publicity")), 200);
        ids.put("objection", JudgingFixtures.id(expect(clients.get("otherStudent").post("/api/contests/" + ids.get("pSlug")
                + "/objections", Map.of("entryId", stage.entryIds().get(0), "body", "该作品与网络上已有视频雷同")), 201)));
    }

    /** Contest "r", published: one award with a certificate, its work in the gallery with a ready rendition. */
    private void publishedContest(ApplicationContext context, BlobStore blobs, MediaAssets media) {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, media, 1);
        long entry = stage.entryIds().get(0);
        for (Asset original : media.originals(entry)) {
            MediaFixtures.awaitReady(media, original.id());
        }
        ResultsFixtures.Awarded awarded = award(context, stage, ContestStatus.PUBLISHED);
        ids.put("rContest", stage.contestId());
        ids.put("rSlug", slugOf(stage.contestId()));
        ids.put("rEntry", entry);
        ids.put("rCode", stage.codes().get(0));
        ids.put("rAward", awarded.awards().get(0).id());
        ids.put("rTier", awarded.awards().get(0).tierId());
        ids.put("serial", awarded.awards().get(0).certificateSerial());
        ids.put("rAsset", media.originals(entry).get(0).id());
        clients.put("rStudent", stage.works().student());
        Map<String, Object> work = expect(clients.get(ANONYMOUS).get("/api/gallery/" + ids.get("rSlug") + "/works/"
                + ids.get("rCode")), 200).map();
        String url = (String) renditions(work).get(0).get("url");
        ids.put("rGalleryAsset", url.substring(url.lastIndexOf('/') + 1));
    }

    private ResultsFixtures.Awarded award(ApplicationContext context, JudgingFixtures.Stage stage, ContestStatus status) {
        return ResultsFixtures.awarded(context, stage, status);
    }

    @SuppressWarnings("unchecked")
    private static Object judgedRendition(ApiClient judge, Object assignment) {
        Map<String, Object> work = (Map<String, Object>) expect(judge.get("/api/judging/assignments/" + assignment), 200).map().get("work");
        return renditions(work).get(0).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> renditions(Map<String, Object> work) {
        List<Map<String, Object>> files = (List<Map<String, Object>>) work.get("files");
        return files.stream().flatMap(f -> ((List<Map<String, Object>>) f.get("renditions")).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyQueueItem(ApiClient judge, long round) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) expect(judge.get("/api/judging/rounds/" + round
                + "/queue"), 200).map().get("items");
        if (items.size() != 1) {
            throw new AssertionError("each judge should hold one assignment: " + items);
        }
        return items.get(0);
    }

    private String slugOf(long contestId) {
        return (String) expect(clients.get("organizer").get("/api/contests/" + contestId), 200).map().get("slug");
    }

    private static long userId(ApiClient client) {
        return ((Number) client.get("/api/me").map().get("id")).longValue();
    }

    private long createUser(ApiClient admin, Object unitId, String role) {
        ApiClient.Response created = expect(admin.post("/api/admin/users", Map.of("username", "matrix-" + role.toLowerCase()
                + "-" + System.nanoTime(), "displayName", "矩阵测试", "unitId", unitId, "roles", List.of(role))), 201);
        return ((Number) ((Map<?, ?>) created.map().get("user")).get("id")).longValue();
    }
}
