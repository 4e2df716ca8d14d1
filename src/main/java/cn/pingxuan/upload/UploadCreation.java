package cn.pingxuan.upload;

import cn.pingxuan.account.Actor;
import cn.pingxuan.storage.BlobStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/** The tus creation extension: checks everything that can be checked before a byte is sent. */
@Singleton
class UploadCreation {

    private final UploadRepository uploads;
    private final UploadPurposes purposes;
    private final UploadTokens tokens;
    private final BlobStore store;
    private final UploadProperties properties;
    private final Clock clock;

    UploadCreation(UploadRepository uploads, UploadPurposes purposes, UploadTokens tokens, BlobStore store,
                   UploadProperties properties, Clock clock) {
        this.uploads = uploads;
        this.purposes = purposes;
        this.tokens = tokens;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    Upload create(Actor actor, long length, UploadMetadata metadata) {
        if (length > properties.maxSize()) {
            throw UploadProblems.tooLarge(length, properties.maxSize());
        }
        UploadPurpose purpose = purposes.named(metadata.purpose());
        if (length == 0) {
            throw UploadProblems.emptyFile();
        }
        String fileName = metadata.fileName();
        UploadPlan plan = purpose.plan(actor, metadata.values(), length);
        if (length > plan.maxLength()) {
            throw UploadProblems.tooLarge(length, plan.maxLength());
        }
        if (store.stat(plan.blobKey()).isPresent()) {
            throw new IllegalStateException("upload purpose '" + purpose.name() + "' planned the key " + plan.blobKey()
                    + ", which holds a file already; every plan needs a fresh key");
        }
        Instant now = clock.instant();
        return uploads.save(Upload.start(tokens.uploadId(), actor.id(), purpose.name(), plan, fileName, metadata,
                length, now, now.plus(properties.expiry())));
    }
}
