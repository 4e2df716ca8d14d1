package cn.pingxuan.upload;

import cn.pingxuan.account.Actor;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Finds an upload the way its creator may see it; to everybody else it does not exist. */
@Singleton
class UploadLookup {

    private final UploadRepository uploads;
    private final Clock clock;

    UploadLookup(UploadRepository uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    /**
     * A receiving or completed upload of {@code actor}: 404 when it is unknown, someone else's or expired, 410
     * when it failed.
     */
    Upload visible(Actor actor, String id) {
        if (!UploadTokens.isUploadId(id)) {
            throw UploadProblems.notFound();
        }
        Upload upload = uploads.findByIdAndUserId(id, actor.id())
                .filter(found -> !found.expiredAt(clock.instant()))
                .orElseThrow(UploadProblems::notFound);
        if (upload.status() == UploadStatus.FAILED) {
            throw UploadProblems.failed();
        }
        return upload;
    }
}
