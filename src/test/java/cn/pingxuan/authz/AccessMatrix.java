package cn.pingxuan.authz;

import java.util.List;
import java.util.Map;

/**
 * Role × endpoint × ownership: for every operation of the API, the status each caller gets — anonymous, the demo
 * student, judge, unit admin (计算机学院), organizer (示范大学) and admin — on the {@link AuthzScene}'s data. "Own" ids
 * belong to the demo accounts ({@code myEntry}, {@code myAssignment}); "other" ids to someone else.
 * A new endpoint needs a row here: {@link AccessMatrixTest} fails while the OpenAPI document has an operation no
 * row names. Rows run top to bottom; those that end a shared state (lock, publish, sign out) come last.
 */
final class AccessMatrix {

    record Row(Call call, List<Integer> expected, String why) {
        @Override
        public String toString() {
            return call.toString();
        }
    }

    private static final String BAD_PASSWORD = "Wrong#Pass1";

    static List<Row> rows() {
        return List.of(
                // public
                row("GET", "/api/contests", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/contests/{oSlug}", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/contests/{draftContest}", null, 404, 404, 404, 404, 200, 200),
                row("GET", "/api/contests/{oContest}/cover", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/certificates/{serial}", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/gallery", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/gallery/{rSlug}", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/gallery/{rSlug}/works/{rCode}", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/gallery/{rSlug}/works/{rCode}/media/{rGalleryAsset}", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/contests/{pSlug}/publicity", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/contests/{jSlug}/vote", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/contests/{jSlug}/vote/works/{jEntry}", null, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/contests/{jSlug}/vote/works/{jEntry}/files/{jVoteAsset}", null, 200, 200, 200, 200, 200, 200),
                why(row("POST", "/api/auth/login", Map.of("username", "nobody-{actor}", "password", BAD_PASSWORD),
                        401, 401, 401, 401, 401, 401), "signing in succeeds in AuthFlowTest; here: open to all, no account leaks"),
                row("OPTIONS", "/api/uploads", null, 204, 204, 204, 204, 204, 204),
                // own account
                row("GET", "/api/me", null, 401, 200, 200, 200, 200, 200),
                row("PUT", "/api/me/email", Map.of("email", "{actor}@example.edu.cn"), 401, 200, 200, 200, 200, 200),
                why(row("POST", "/api/me/password", Map.of("currentPassword", BAD_PASSWORD, "newPassword", "Chosen#Pass2"),
                        401, 400, 400, 400, 400, 400), "a wrong current password: the demo accounts must keep theirs"),
                row("GET", "/api/units", null, 401, 200, 200, 200, 200, 200),
                row("GET", "/api/me/notices", null, 401, 200, 200, 200, 200, 200),
                row("GET", "/api/me/notices/unread-count", null, 401, 200, 200, 200, 200, 200),
                row("POST", "/api/me/notices/{myNotice}/read", Map.of(), 401, 200, 404, 404, 404, 404),
                row("POST", "/api/me/notices/read-all", Map.of(), 401, 200, 200, 200, 200, 200),
                // administration
                row("POST", "/api/admin/units", Map.of("name", "矩阵测试单位{actor}", "kind", "OTHER", "parentId", "{csClass}"),
                        401, 403, 403, 403, 403, 201),
                row("PUT", "/api/admin/units/{csClass}", Map.of("name", "软件2302班", "kind", "CLASS", "code", "DEMO-SE2302"),
                        401, 403, 403, 403, 403, 200),
                row("POST", "/api/admin/units/{csClass}/move", Map.of("parentId", "{csCollege}"), 401, 403, 403, 403, 403, 200),
                row("DELETE", "/api/admin/units/{new:unit}", null, 401, 403, 403, 403, 403, 204),
                row("GET", "/api/admin/users", null, 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users", Map.of("username", "matrix-new-{actor}", "displayName", "新同学",
                        "unitId", "{csClass}", "roles", List.of("STUDENT")), 401, 403, 403, 201, 403, 201),
                row("PUT", "/api/admin/users/{csStudent}", Map.of("displayName", "改名", "unitId", "{csClass}",
                        "roles", List.of("STUDENT")), 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users/{csStudent}/reset-password", Map.of(), 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users/{litStudent}/reset-password", Map.of(), 401, 403, 403, 403, 403, 200),
                row("POST", "/api/admin/users/{csJudge}/reset-password", Map.of(), 401, 403, 403, 403, 403, 200),
                row("POST", "/api/admin/users/{litStudent}/deactivate", Map.of(), 401, 403, 403, 403, 403, 200),
                row("POST", "/api/admin/users/{litStudent}/activate", Map.of(), 401, 403, 403, 403, 403, 200),
                row("POST", "/api/admin/users/import/preview", new Call.Multipart("users.csv", USERS_CSV), 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users/import", new Call.Multipart("users.csv", USERS_CSV), 401, 403, 403, 200, 403, 200),
                // contests
                row("GET", "/api/organize/contests", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests", "body:contestForm", 401, 403, 403, 403, 201, 201),
                row("PUT", "/api/organize/contests/{draftContest}", "body:contestForm", 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests/{new:draftContest}/status", Map.of("status", "OPEN"), 401, 403, 403, 403, 200, 200),
                // uploads: a tus upload exists only for the user who created it
                row("POST", "/api/uploads", new Call.Tus(Map.of("Upload-Length", "5", "Upload-Metadata", "{uploadMetadata}"), ""),
                        401, 201, 404, 404, 404, 404),
                row("HEAD", "/api/uploads/{upload}", new Call.Tus(Map.of(), ""), 401, 200, 404, 404, 404, 404),
                // the owner reaches the upload, whose first chunk must be long enough to recognise (TusProtocolContract uploads)
                row("PATCH", "/api/uploads/{upload}", new Call.Tus(Map.of("Upload-Offset", "0",
                        "Content-Type", "application/offset+octet-stream"), "he"), 401, 400, 404, 404, 404, 404),
                row("POST", "/api/uploads/{upload}", new Call.Tus(Map.of("X-HTTP-Method-Override", "HEAD"), ""),
                        401, 200, 404, 404, 404, 404),
                row("DELETE", "/api/uploads/{new:upload}", new Call.Tus(Map.of(), ""), 401, 204, 404, 404, 404, 404),
                // entries (contest o is open)
                row("GET", "/api/entries", null, 401, 200, 200, 200, 200, 200),
                row("POST", "/api/entries", Map.of("contestId", "{newContest}", "categoryId", "{newEssays}", "title", "新作品",
                        "pledgeAccepted", true), 401, 201, 403, 403, 403, 403),
                row("GET", "/api/entries/{myEntry}", null, 401, 200, 404, 200, 200, 200),
                row("GET", "/api/entries/{otherEntry}", null, 401, 404, 404, 200, 200, 200),
                row("GET", "/api/entries/{myEntry}/files/{myAsset}", null, 401, 200, 404, 200, 200, 200),
                row("PUT", "/api/entries/{myEntry}", Map.of("title", "我的征文（改）", "pledgeAccepted", true), 401, 200, 404, 404, 404, 404),
                row("POST", "/api/entries/{myEntry}/submit", Map.of(), 401, 200, 404, 404, 404, 404),
                row("POST", "/api/entries/{myWithdrawEntry}/withdraw", Map.of(), 401, 200, 404, 404, 404, 404),
                row("DELETE", "/api/entries/{myDeleteEntry}/files/{myDeleteAsset}", null, 401, 200, 404, 404, 404, 404),
                row("DELETE", "/api/entries/{myDeleteEntry}", null, 401, 204, 404, 404, 404, 404),
                // screening of contest o
                row("GET", "/api/contests/{oContest}/screening", null, 401, 403, 403, 200, 200, 200),
                row("GET", "/api/contests/{oContest}/screening/{otherEntry}/similar", null, 401, 403, 403, 403, 200, 200),
                why(row("GET", "/api/contests/{oContest}/screening/{otherEntry}/similar/{otherSubmittedEntry}/files/{otherSubmittedAsset}",
                        null, 401, 403, 403, 403, 404, 404), "the two essays are no similar pair: only a pair's files are served "
                        + "(SimilarWorksTest serves one)"),
                row("POST", "/api/contests/{oContest}/screening/{otherEntry}/review", Map.of("verdict", "APPROVE"),
                        401, 403, 403, 403, 200, 200),
                row("POST", "/api/contests/{oContest}/screening/approve-all", Map.of("entryIds", List.of("{otherSubmittedEntry}")),
                        401, 403, 403, 403, 200, 200),
                why(row("POST", "/api/contests/{oContest}/screening/{otherEntry}/recommendation", Map.of(), 401, 403, 403, 409, 403, 403),
                        "only unit admins recommend; contest o needs no recommendation (409)"),
                why(row("DELETE", "/api/contests/{oContest}/screening/{otherEntry}/recommendation", null, 401, 403, 403, 409, 403, 403),
                        "as above"),
                // the judge's panel (contest j, round open)
                row("GET", "/api/judging/rounds", null, 401, 403, 200, 403, 403, 403),
                row("GET", "/api/judging/rounds/{round}/queue", null, 401, 403, 200, 403, 403, 403),
                row("GET", "/api/judging/assignments/{myAssignment}", null, 401, 403, 200, 403, 403, 403),
                row("GET", "/api/judging/assignments/{myAssignment}/files/{myAssignmentAsset}", null, 401, 403, 200, 403, 403, 403),
                row("PUT", "/api/judging/assignments/{myAssignment}/draft", "body:scoreForm", 401, 403, 200, 403, 403, 403),
                row("POST", "/api/judging/assignments/{myAssignment}/submit", "body:scoreForm", 401, 403, 200, 403, 403, 403),
                row("POST", "/api/judging/assignments/{myAssignment}/flags", Map.of("kind", "OFF_TOPIC", "note", "偏题"),
                        401, 403, 201, 403, 403, 403),
                row("POST", "/api/judging/assignments/{myRecuseAssignment}/recuse", Map.of("reason", "认识作者"),
                        401, 403, 200, 403, 403, 403),
                // rounds of contest j
                row("GET", "/api/organize/contests/{jContest}/rounds", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests/{jContest}/rounds", "body:roundForm", 401, 403, 403, 403, 201, 201),
                row("GET", "/api/organize/rounds/{round}", null, 401, 403, 403, 403, 200, 200),
                row("PUT", "/api/organize/rounds/{new:round}", "body:roundForm", 401, 403, 403, 403, 200, 200),
                row("DELETE", "/api/organize/rounds/{new:round}", null, 401, 403, 403, 403, 204, 204),
                row("GET", "/api/organize/rounds/{round}/judge-candidates", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/rounds/{round}/judges", null, 401, 403, 403, 403, 200, 200),
                row("PUT", "/api/organize/rounds/{new:round}/judges", "body:pool", 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:pooledRound}/assignment", Map.of(), 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:assignedRound}/open", Map.of(), 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/rounds/{round}/conflicts", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:assignedRound}/conflicts", Map.of("judgeId", "{new:assignedRound.spareJudge}",
                        "entryId", "{new:assignedRound.entry}", "reason", "同一课题组"), 401, 403, 403, 403, 201, 201),
                row("DELETE", "/api/organize/rounds/{new:conflict.round}/conflicts/{new:conflict}", null, 401, 403, 403, 403, 204, 204),
                row("GET", "/api/organize/rounds/{round}/assignments", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:assignedRound}/assignments", Map.of("entryId", "{new:assignedRound.entry}",
                        "judgeId", "{new:assignedRound.spareJudge}"), 401, 403, 403, 403, 201, 201),
                row("POST", "/api/organize/rounds/{new:assignedRound}/assignments/{new:assignedRound.assignment}/swap",
                        Map.of("judgeId", "{new:assignedRound.spareJudge}"), 401, 403, 403, 403, 200, 200),
                row("DELETE", "/api/organize/rounds/{new:assignedRound}/assignments/{new:assignedRound.assignment}?reason=matrix",
                        null, 401, 403, 403, 403, 204, 204),
                row("GET", "/api/organize/rounds/{round}/progress", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/rounds/{round}/flags", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:openRound}/flags/{new:openRound.flag}/resolve", Map.of("resolution", "已核实"),
                        401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/rounds/{lockedRound}/ranking", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:lockedRound}/advance", Map.of(), 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/rounds/{new:scoredRound}/lock", Map.of(), 401, 403, 403, 403, 200, 200),
                // public vote (contest j) and its administration
                row("GET", "/api/organize/contests/{jContest}/vote-setting", null, 401, 403, 403, 403, 200, 200),
                why(row("PUT", "/api/organize/contests/{jContest}/vote-setting", "body:voteSetting", 401, 403, 403, 403, 409, 409),
                        "the vote has begun and its setting is frozen (the scene set it before)"),
                row("POST", "/api/contests/{jSlug}/votes", Map.of("entryId", "{jEntry}"), 401, 200, 200, 200, 200, 200),
                row("GET", "/api/organize/contests/{jContest}/vote-report", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{jContest}/vote-log", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests/{jContest}/vote-voids", Map.of("ip", "10.9.9.9", "reason", "刷票"),
                        401, 403, 403, 403, 200, 200),
                // results of contest r (published) and p (publicity)
                row("GET", "/api/organize/contests/{rContest}/award-tiers", null, 401, 403, 403, 403, 200, 200),
                // contest p is in publicity and its one work holds an award: 409 shows organizer and admin got through to
                // the rules (ResultsFlowTest allocates)
                row("PUT", "/api/organize/contests/{pContest}/award-tiers", "body:tiers", 401, 403, 403, 403, 409, 409),
                row("POST", "/api/organize/contests/{pContest}/awards/preview", Map.of("decisions", List.of()), 401, 403, 403, 403, 409, 409),
                row("POST", "/api/organize/contests/{pContest}/awards/allocate", Map.of("decisions", List.of()), 401, 403, 403, 403, 409, 409),
                row("GET", "/api/organize/contests/{rContest}/awards", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests/{pContest}/awards", Map.of("entryId", "{pEntry}", "tierId", "{pTier}",
                        "reason", "补录"), 401, 403, 403, 403, 409, 409),
                row("PUT", "/api/organize/awards/{pAward}", Map.of("tierId", "{pTier}", "reason", "调整"), 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/awards/{new:award}/revoke", Map.of("reason", "撤销"), 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{pContest}/results", null, 401, 403, 403, 403, 200, 200),
                row("PUT", "/api/organize/contests/{pContest}/results/display", Map.of("showAuthors", true, "showUnit", true,
                        "showAdvisor", false), 401, 403, 403, 403, 200, 200),
                row("PUT", "/api/organize/contests/{pContest}/publicity", "body:publicity", 401, 403, 403, 403, 200, 200),
                row("POST", "/api/contests/{pSlug}/objections", Map.of("entryId", "{pEntry}", "body", "该作品与他人已发表的作品高度雷同，请核实"),
                        401, 201, 201, 201, 201, 201),
                row("GET", "/api/contests/{pSlug}/objections/mine", null, 401, 200, 200, 200, 200, 200),
                row("GET", "/api/organize/contests/{pContest}/objections", null, 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/objections/{new:objection}/answer", Map.of("outcome", "DISMISSED", "response", "经核实不成立"),
                        401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests/{pContest}/publicity", "body:publicity", 401, 403, 403, 403, 409, 409),
                why(row("POST", "/api/organize/contests/{new:publicityContest}/publish", Map.of(), 401, 403, 403, 403, 409, 409),
                        "publishing needs a judging round's ranking, which the fixture's awards lack (ResultsFlowTest publishes)"),
                row("GET", "/api/organize/contests/{rContest}/unit-stats", null, 401, 403, 403, 403, 200, 200),
                row("PUT", "/api/organize/contests/{rContest}/unit-awards/{csCollege}", Map.of("note", "优秀组织奖"),
                        401, 403, 403, 403, 200, 200),
                why(row("DELETE", "/api/organize/contests/{rContest}/unit-awards/{csCollege}", null, 401, 403, 403, 403, 204, 404),
                        "the organizer's call removed the prize: the admin finds none"),
                row("GET", "/api/organize/contests/{rContest}/exports/results.xlsx", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{rContest}/exports/results.csv", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{rContest}/exports/score-sheets.xlsx", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{rContest}/exports/score-sheets.csv", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{rContest}/exports/unit-stats.xlsx", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{rContest}/exports/unit-stats.csv", null, 401, 403, 403, 403, 200, 200),
                // certificates of contest r
                row("GET", "/api/organize/contests/{rContest}/certificate-template", null, 401, 403, 403, 403, 200, 200),
                row("PUT", "/api/organize/contests/{rContest}/certificate-template", "body:template", 401, 403, 403, 403, 200, 200),
                row("POST", "/api/organize/contests/{rContest}/certificate-template/preview", "body:template",
                        401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/contests/{rContest}/certificates.zip", null, 401, 403, 403, 403, 200, 200),
                row("GET", "/api/organize/awards/{rAward}/certificate.pdf", null, 401, 403, 403, 403, 200, 200),
                why(row("GET", "/api/entries/{rEntry}/certificates", null, 401, 404, 404, 404, 404, 404),
                        "a work's own team only (CertificateApiTest); organizers use /api/organize/awards/{id}/certificate.pdf"),
                why(row("GET", "/api/entries/{rEntry}/certificates/{rAward}.pdf", null, 401, 404, 404, 404, 404, 404), "as above"),
                why(row("POST", "/api/auth/logout", Map.of(), 204, 204, 204, 204, 204, 204),
                        "open to all; the callers sign in again afterwards"));
    }

    private static final String USERS_CSV = "学号/工号,姓名,单位,角色\nm-{actor},学生甲,示范大学/计算机学院/软件2301班,学生\n";

    private static Row row(String method, String path, Object body, Integer... expected) {
        return new Row(new Call(method, path, body), List.of(expected), "");
    }

    private static Row why(Row row, String why) {
        return new Row(row.call(), row.expected(), why);
    }

    private AccessMatrix() {
    }
}
