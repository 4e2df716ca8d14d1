package cn.pingxuan.certificate;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.EntryParticipants;
import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.results.Award;
import cn.pingxuan.results.AwardRepository;
import cn.pingxuan.results.CertificateSerials;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Who gets which certificate. Organizers: any active award of their contest once allocated. Students: their own
 * entry's active awards once the results are published. The public: verification of published awards by serial.
 * Everything else answers 404, so a guessed address tells nothing.
 */
@Singleton
class Certificates {

    private final AwardRepository awards;
    private final ContestService contests;
    private final JudgingEntries entries;
    private final EntryParticipants participants;
    private final CertificateContents contents;
    private final CertificateRenderer renderer;

    Certificates(AwardRepository awards, ContestService contests, JudgingEntries entries, EntryParticipants participants,
                 CertificateContents contents, CertificateRenderer renderer) {
        this.awards = awards;
        this.contests = contests;
        this.entries = entries;
        this.participants = participants;
        this.contents = contents;
        this.renderer = renderer;
    }

    /** A ZIP's worth of certificates, worded and checked against the font; drawing them is left to the stream. */
    record Batch(String fileName, List<Certificate> certificates) {
    }

    @Transactional(readOnly = true)
    Download organizerCopy(Actor actor, long awardId) {
        Award award = awards.findById(awardId).orElseThrow(Certificates::notFound);
        Contest contest = contests.requireManagedBy(actor, award.contestId());
        if (!award.active()) {
            throw ProblemException.conflict("该奖项已撤销，不再出具证书");
        }
        return download(contest, award);
    }

    @Transactional(readOnly = true)
    Batch organizerBatch(Actor actor, long contestId) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        List<Award> active = awards.findByContestIdInOrder(contestId).stream().filter(Award::active).toList();
        if (active.isEmpty()) {
            throw ProblemException.conflict("本比赛还没有评定奖项，暂无证书");
        }
        List<Certificate> certificates = contents.of(contest, active);
        renderer.requireGlyphs(certificates);
        return new Batch(CertificateRenderer.safeFileName(contest.title() + "-获奖证书.zip"), certificates);
    }

    @Transactional(readOnly = true)
    List<EntryCertificate> ofEntry(Actor actor, long entryId) {
        if (!participants.includes(entryId, actor.id())) {
            throw notFound();
        }
        return awards.findByEntryId(entryId).stream().filter(this::studentMaySee)
                .map(a -> new EntryCertificate(a.id(), a.tierName(), a.certificateSerial(),
                        "/api/entries/" + entryId + "/certificates/" + a.id() + ".pdf"))
                .toList();
    }

    @Transactional(readOnly = true)
    Download studentCopy(Actor actor, long entryId, long awardId) {
        Award award = awards.findById(awardId).filter(a -> a.entryId() == entryId).filter(this::studentMaySee)
                .filter(a -> participants.includes(entryId, actor.id()))
                .orElseThrow(Certificates::notFound);
        return download(contests.require(award.contestId()), award);
    }

    @Transactional(readOnly = true)
    Verification verify(String typedSerial) {
        Award award = awards.findByCertificateSerial(CertificateSerials.normalize(typedSerial))
                .filter(a -> published(contests.require(a.contestId())))
                .filter(a -> !withdrawn(a.entryId()))
                .orElseThrow(() -> ProblemException.notFound("未找到该编号的证书，请核对证书上的编号"));
        Certificate printed = contents.of(contests.require(award.contestId()), List.of(award)).get(0);
        return new Verification(award.certificateSerial(), award.status(), award.status().label(), printed.contestTitle(),
                printed.workTitle(), printed.tier(), printed.names(), printed.issuer(), printed.issueDate());
    }

    private Download download(Contest contest, Award award) {
        Certificate certificate = contents.of(contest, List.of(award)).get(0);
        return new Download(CertificateRenderer.safeFileName(certificate.fileName()), renderer.pdf(List.of(certificate)));
    }

    private boolean studentMaySee(Award award) {
        return award.active() && published(contests.require(award.contestId())) && !withdrawn(award.entryId());
    }

    private boolean withdrawn(long entryId) {
        return entries.byIds(List.of(entryId)).stream().findFirst().map(EntryForJudging::status)
                .map(status -> status == EntryStatus.WITHDRAWN).orElse(true);
    }

    private static boolean published(Contest contest) {
        return contest.status() == ContestStatus.PUBLISHED || contest.status() == ContestStatus.ARCHIVED;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("证书不存在");
    }
}
