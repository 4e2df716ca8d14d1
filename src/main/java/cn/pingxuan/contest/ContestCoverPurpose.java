package cn.pingxuan.contest;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.upload.CompletedUpload;
import cn.pingxuan.upload.FileType;
import cn.pingxuan.upload.UploadPlan;
import cn.pingxuan.upload.UploadPurpose;
import cn.pingxuan.upload.UploadSession;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;

/** Uploading a contest's cover image (metadata {@code contestId}): its organizers, JPEG/PNG/WebP up to 10 MB. */
@Singleton
class ContestCoverPurpose implements UploadPurpose {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ContestService contests;
    private final SecureRandom random = new SecureRandom();

    ContestCoverPurpose(ContestService contests) {
        this.contests = contests;
    }

    @Override
    public String name() {
        return "contest-cover";
    }

    @Override
    public UploadPlan plan(Actor actor, Map<String, String> metadata, long declaredLength) {
        long contestId = contestId(metadata.get("contestId"));
        contests.requireManagedBy(actor, contestId);
        if (declaredLength > MAX_BYTES) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "封面图片不能超过 10 MB");
        }
        byte[] name = new byte[12];
        random.nextBytes(name);
        return new UploadPlan("contests/" + contestId + "/cover/" + HexFormat.of().formatHex(name), MAX_BYTES,
                EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP), String.valueOf(contestId));
    }

    @Override
    public void checkStillAllowed(Actor actor, UploadSession upload) {
        contests.requireManagedBy(actor, Long.parseLong(upload.subjectRef()));
    }

    @Override
    public void completed(CompletedUpload upload) {
        contests.replaceCover(Long.parseLong(upload.subjectRef()), upload.blobKey(), upload.userId());
    }

    private static long contestId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("上传信息缺少有效的 contestId");
        }
    }
}
