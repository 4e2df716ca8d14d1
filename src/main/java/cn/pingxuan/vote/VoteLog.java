package cn.pingxuan.vote;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The raw vote log for organizers, and voiding the votes of a flagged address or account. */
@Singleton
class VoteLog {

    static final int MAX_PAGE_SIZE = 200;

    private final VoteRepository votes;
    private final CandidateRepository entries;
    private final UserLookup users;
    private final ContestService contests;
    private final AuditLog audit;

    VoteLog(VoteRepository votes, CandidateRepository entries, UserLookup users, ContestService contests, AuditLog audit) {
        this.votes = votes;
        this.entries = entries;
        this.users = users;
        this.contests = contests;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResult<VoteReportView.LogLine> page(Actor actor, long contestId, int page, int size, @Nullable String ip,
                                                   @Nullable Long userId) {
        contests.requireManagedBy(actor, contestId);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Pageable pageable = Pageable.from(Math.max(0, page), pageSize, Sort.of(Sort.Order.desc("id")));
        Page<Vote> found = ip != null && !ip.isBlank() ? votes.findByContestIdAndIp(contestId, ip.strip(), pageable)
                : userId != null ? votes.findByContestIdAndUserId(contestId, userId, pageable)
                : votes.findByContestId(contestId, pageable);
        Map<Long, String> codes = entries.allEntries(contestId).stream()
                .filter(c -> c.code() != null).collect(Collectors.toMap(Candidate::id, Candidate::code));
        Map<Long, UserSummary> voters = users.byIds(found.getContent().stream().map(Vote::userId).toList());
        List<VoteReportView.LogLine> lines = found.getContent().stream().map(v -> new VoteReportView.LogLine(v.id(),
                v.createdAt(), v.voteDay(), v.entryId(), codes.get(v.entryId()), v.userId(),
                voters.containsKey(v.userId()) ? voters.get(v.userId()).username() : null, v.ip(), v.userAgent())).toList();
        return new PageResult<>(lines, found.getTotalSize(), found.getPageNumber(), pageSize);
    }

    /** Deletes the votes from the tally; the audit log keeps who voided how many, from where, and why. */
    @Transactional
    public VoteVoidForm.Result voidVotes(Actor actor, long contestId, VoteVoidForm form, String ip) {
        contests.requireManagedBy(actor, contestId);
        boolean byAddress = form.ip() != null && !form.ip().isBlank();
        if (byAddress == (form.userId() != null)) {
            throw ProblemException.invalidField("ip", "请指定一个 IP 地址或一个用户");
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.length() < 2 || reason.length() > 500) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "请填写作废原因（2 到 500 字）",
                    List.of(new FieldError("reason", "请填写作废原因（2 到 500 字）")), null);
        }
        long voided = byAddress ? votes.deleteByContestIdAndIp(contestId, form.ip().strip())
                : votes.deleteByContestIdAndUserId(contestId, form.userId());
        String subject = byAddress ? "IP " + form.ip().strip() : "用户 " + form.userId();
        audit.record(actor.id(), "vote.void", "contest", contestId, subject + " 的 " + voided + " 票作废：" + reason, ip);
        return new VoteVoidForm.Result(voided);
    }
}
