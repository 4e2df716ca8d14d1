package cn.pingxuan.authz;

import java.util.List;
import java.util.Map;

/**
 * Every operation that takes an id, called by someone who holds the right role but not that object: the demo student
 * with another student's entry, the demo judge with another judge's assignment, an organizer and a unit admin of
 * 文学院 with 示范大学's contests and 计算机学院's entries, anyone with an unpublished contest's slug. Each must answer
 * 403 or 404 and say nothing about the object. {@link IdorTest} fails while an id-taking operation of the OpenAPI
 * document has no case here.
 */
final class IdorCases {

    /**
     * {@code ownOnly}: the path's id is public (a contest), the answer 200 but limited to the caller's own things;
     * {@code status}: the answer when it is not 403/404 (0), for a foreign id in the body rather than the path.
     */
    record Case(String actor, Call call, boolean ownOnly, int status) {
        @Override
        public String toString() {
            return call + " as " + actor;
        }
    }

    static List<Case> all() {
        return List.of(
                // accounts
                as("unitadmin", "PUT", "/api/admin/units/{litClass}", Map.of("name", "汉语言2301班", "kind", "CLASS")),
                as("unitadmin", "POST", "/api/admin/units/{litClass}/move", Map.of("parentId", "{csCollege}")),
                as("unitadmin", "DELETE", "/api/admin/units/{litClass}", null),
                as("unitadmin", "PUT", "/api/admin/users/{litStudent}", Map.of("displayName", "改名", "unitId", "{csClass}",
                        "roles", List.of("STUDENT"))),
                as("unitadmin", "POST", "/api/admin/users/{litStudent}/deactivate", Map.of()),
                as("unitadmin", "POST", "/api/admin/users/{litStudent}/activate", Map.of()),
                as("unitadmin", "POST", "/api/admin/users/{litStudent}/reset-password", Map.of()),
                as("student", "POST", "/api/me/notices/{otherNotice}/read", Map.of()),
                // contests
                as("student", "GET", "/api/contests/{draftContest}", null),
                as("anonymous", "GET", "/api/contests/{draftContest}/cover", null),
                as("otherOrganizer", "PUT", "/api/organize/contests/{oContest}", "body:contestForm"),
                as("otherOrganizer", "POST", "/api/organize/contests/{oContest}/status", Map.of("status", "CLOSED")),
                // entries and their files
                as("student", "GET", "/api/entries/{otherEntry}", null),
                as("student", "PUT", "/api/entries/{otherEntry}", Map.of("title", "改走", "pledgeAccepted", true)),
                as("student", "POST", "/api/entries/{otherEntry}/submit", Map.of()),
                as("student", "POST", "/api/entries/{otherEntry}/withdraw", Map.of()),
                as("student", "DELETE", "/api/entries/{otherEntry}", null),
                as("student", "GET", "/api/entries/{otherEntry}/files/{otherAsset}", null),
                as("student", "GET", "/api/entries/{myEntry}/files/{otherAsset}", null),
                as("student", "DELETE", "/api/entries/{otherEntry}/files/{otherAsset}", null),
                as("student", "DELETE", "/api/entries/{myEntry}/files/{otherAsset}", null),
                as("otherUnitAdmin", "GET", "/api/entries/{myEntry}", null),
                as("student", "GET", "/api/entries/{rEntry}/certificates", null),
                as("student", "GET", "/api/entries/{rEntry}/certificates/{rAward}.pdf", null),
                as("rStudent", "GET", "/api/entries/{rEntry}/certificates/{pAward}.pdf", null),
                // uploads
                as("otherStudent", "HEAD", "/api/uploads/{upload}", new Call.Tus(Map.of(), "")),
                as("otherStudent", "PATCH", "/api/uploads/{upload}", new Call.Tus(Map.of("Upload-Offset", "0",
                        "Content-Type", "application/offset+octet-stream"), "he")),
                as("otherStudent", "POST", "/api/uploads/{upload}", new Call.Tus(Map.of("X-HTTP-Method-Override", "DELETE"), "")),
                as("otherStudent", "DELETE", "/api/uploads/{upload}", new Call.Tus(Map.of(), "")),
                // screening
                as("otherOrganizer", "GET", "/api/contests/{oContest}/screening", null),
                ownOnly("otherUnitAdmin", "GET", "/api/contests/{oContest}/screening"),
                as("otherOrganizer", "GET", "/api/contests/{oContest}/screening/{otherEntry}/similar", null),
                as("otherOrganizer", "GET", "/api/contests/{oContest}/screening/{otherEntry}/similar/{otherSubmittedEntry}/files/{otherSubmittedAsset}", null),
                as("otherOrganizer", "POST", "/api/contests/{oContest}/screening/{otherEntry}/review", Map.of("verdict", "REJECT", "reason", "x")),
                as("organizer", "POST", "/api/contests/{oContest}/screening/{jEntry}/review", Map.of("verdict", "REJECT", "reason", "x")),
                as("organizer", "GET", "/api/contests/{oContest}/screening/{otherEntry}/similar/{jEntry}/files/{myAssignmentAsset}", null),
                as("otherOrganizer", "POST", "/api/contests/{oContest}/screening/approve-all", Map.of("entryIds", List.of("{otherEntry}"))),
                as("otherUnitAdmin", "POST", "/api/contests/{oContest}/screening/{otherEntry}/recommendation", Map.of()),
                as("otherUnitAdmin", "DELETE", "/api/contests/{oContest}/screening/{otherEntry}/recommendation", null),
                // the judge's panel
                as("outsideJudge", "GET", "/api/judging/rounds/{round}/queue", null),
                as("judge", "GET", "/api/judging/assignments/{otherAssignment}", null),
                as("judge", "GET", "/api/judging/assignments/{otherAssignment}/files/{otherAssignmentAsset}", null),
                as("judge", "GET", "/api/judging/assignments/{myAssignment}/files/{otherAsset}", null),
                as("judge", "PUT", "/api/judging/assignments/{otherAssignment}/draft", "body:otherScoreForm"),
                as("judge", "POST", "/api/judging/assignments/{otherAssignment}/submit", "body:otherScoreForm"),
                as("judge", "POST", "/api/judging/assignments/{otherAssignment}/recuse", Map.of("reason", "x")),
                as("judge", "POST", "/api/judging/assignments/{otherAssignment}/flags", Map.of("kind", "OTHER", "note", "x")),
                // rounds, run by another unit's organizer
                as("otherOrganizer", "GET", "/api/organize/contests/{jContest}/rounds", null),
                as("otherOrganizer", "POST", "/api/organize/contests/{jContest}/rounds", "body:roundForm"),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}", null),
                as("otherOrganizer", "PUT", "/api/organize/rounds/{round}", "body:roundForm"),
                as("otherOrganizer", "DELETE", "/api/organize/rounds/{round}", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/open", Map.of()),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/lock", Map.of()),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/ranking", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/advance", Map.of()),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/judge-candidates", null),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/judges", null),
                as("otherOrganizer", "PUT", "/api/organize/rounds/{round}/judges", "body:pool"),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/conflicts", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/conflicts", Map.of("judgeId", "{judgeId}",
                        "entryId", "{jEntry}", "reason", "x")),
                as("otherOrganizer", "DELETE", "/api/organize/rounds/{round}/conflicts/{conflict}", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/assignment", Map.of()),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/assignments", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/assignments", Map.of("entryId", "{jEntry}",
                        "judgeId", "{judgeId}")),
                as("otherOrganizer", "DELETE", "/api/organize/rounds/{round}/assignments/{myAssignment}", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/assignments/{myAssignment}/swap",
                        Map.of("judgeId", "{otherJudgeId}")),
                as("organizer", "POST", "/api/organize/rounds/{round}/assignments/{lockedRoundAssignment}/swap",
                        Map.of("judgeId", "{otherJudgeId}")),
                as("organizer", "POST", "/api/organize/rounds/{round}/flags/{lockedRoundFlag}/resolve", Map.of("resolution", "x")),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/progress", null),
                as("otherOrganizer", "GET", "/api/organize/rounds/{round}/flags", null),
                as("otherOrganizer", "POST", "/api/organize/rounds/{round}/flags/{flag}/resolve", Map.of("resolution", "x")),
                // public vote
                as("student", "GET", "/api/contests/{oSlug}/vote", null),
                as("student", "GET", "/api/contests/{jSlug}/vote/works/{otherEntry}", null),
                as("student", "GET", "/api/contests/{jSlug}/vote/works/{jEntry}/files/{otherAsset}", null),
                as("student", "POST", "/api/contests/{oSlug}/votes", Map.of("entryId", "{otherEntry}")),
                as("otherOrganizer", "GET", "/api/organize/contests/{jContest}/vote-setting", null),
                as("otherOrganizer", "PUT", "/api/organize/contests/{jContest}/vote-setting", "body:voteSetting"),
                as("otherOrganizer", "GET", "/api/organize/contests/{jContest}/vote-report", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{jContest}/vote-log", null),
                as("otherOrganizer", "POST", "/api/organize/contests/{jContest}/vote-voids", Map.of("ip", "10.1.1.1", "reason", "x")),
                // results
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/award-tiers", null),
                as("otherOrganizer", "PUT", "/api/organize/contests/{pContest}/award-tiers", "body:tiers"),
                as("otherOrganizer", "POST", "/api/organize/contests/{pContest}/awards/preview", Map.of("decisions", List.of())),
                as("otherOrganizer", "POST", "/api/organize/contests/{pContest}/awards/allocate", Map.of("decisions", List.of())),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/awards", null),
                as("otherOrganizer", "POST", "/api/organize/contests/{pContest}/awards", Map.of("entryId", "{pEntry}",
                        "tierId", "{pTier}", "reason", "x")),
                as("otherOrganizer", "PUT", "/api/organize/awards/{pAward}", Map.of("tierId", "{pTier}", "reason", "x")),
                as("otherOrganizer", "POST", "/api/organize/awards/{pAward}/revoke", Map.of("reason", "x")),
                as("otherOrganizer", "GET", "/api/organize/contests/{pContest}/results", null),
                as("otherOrganizer", "PUT", "/api/organize/contests/{pContest}/results/display", Map.of("showAuthors", true,
                        "showUnit", true, "showAdvisor", true)),
                as("otherOrganizer", "POST", "/api/organize/contests/{pContest}/publicity", "body:publicity"),
                as("otherOrganizer", "PUT", "/api/organize/contests/{pContest}/publicity", "body:publicity"),
                as("otherOrganizer", "POST", "/api/organize/contests/{pContest}/publish", Map.of()),
                as("otherOrganizer", "GET", "/api/organize/contests/{pContest}/objections", null),
                as("otherOrganizer", "POST", "/api/organize/objections/{objection}/answer", Map.of("outcome", "DISMISSED", "response", "x")),
                as("student", "GET", "/api/contests/{oSlug}/publicity", null),
                // the slug is public; the foreign entry is in the body, refused like any id not on the publicity list
                bodyRefused("student", "POST", "/api/contests/{pSlug}/objections", Map.of("entryId", "{otherEntry}",
                        "body", "这件作品并不属于本比赛，却被提出异议"), 400),
                ownOnly("student", "GET", "/api/contests/{pSlug}/objections/mine"),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/unit-stats", null),
                as("otherOrganizer", "PUT", "/api/organize/contests/{rContest}/unit-awards/{csCollege}", Map.of("note", "x")),
                as("otherOrganizer", "DELETE", "/api/organize/contests/{rContest}/unit-awards/{csCollege}", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/exports/results.xlsx", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/exports/results.csv", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/exports/score-sheets.xlsx", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/exports/score-sheets.csv", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/exports/unit-stats.xlsx", null),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/exports/unit-stats.csv", null),
                // certificates and the gallery
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/certificate-template", null),
                as("otherOrganizer", "PUT", "/api/organize/contests/{rContest}/certificate-template", "body:template"),
                as("otherOrganizer", "POST", "/api/organize/contests/{rContest}/certificate-template/preview", "body:template"),
                as("otherOrganizer", "GET", "/api/organize/contests/{rContest}/certificates.zip", null),
                as("otherOrganizer", "GET", "/api/organize/awards/{rAward}/certificate.pdf", null),
                as("anonymous", "GET", "/api/certificates/{unknownSerial}", null),
                as("anonymous", "GET", "/api/gallery/{pSlug}", null),
                as("anonymous", "GET", "/api/gallery/{rSlug}/works/{pCode}", null),
                as("anonymous", "GET", "/api/gallery/{rSlug}/works/{rCode}/media/{otherAsset}", null),
                as("anonymous", "GET", "/api/gallery/{rSlug}/works/{rCode}/media/{rAsset}", null));
    }

    private static Case as(String actor, String method, String path, Object body) {
        return new Case(actor, new Call(method, path, body), false, 0);
    }

    private static Case ownOnly(String actor, String method, String path) {
        return new Case(actor, new Call(method, path, null), true, 200);
    }

    private static Case bodyRefused(String actor, String method, String path, Object body, int status) {
        return new Case(actor, new Call(method, path, body), false, status);
    }

    private IdorCases() {
    }
}
