package cn.pingxuan.upload;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;

import java.util.Map;

/**
 * The business side of an upload, one {@code @Singleton} per kind of file the portal accepts (an entry's work,
 * …), chosen by the {@code purpose} key of the tus {@code Upload-Metadata}. Business code sees only decisions
 * and the finished file: the protocol, parts, tails and leases stay in this package.
 */
public interface UploadPurpose {

    /** The value of the {@code purpose} metadata key that selects this purpose, e.g. {@code entry}. */
    String name();

    /**
     * Decides, before any byte is stored, whether {@code actor} may upload this file, and where it goes.
     *
     * @param metadata       the decoded {@code Upload-Metadata}: {@code purpose}, {@code filename}, {@code filetype}
     *                       and the purpose's own keys (e.g. {@code entryId}); {@code filetype} is the browser's
     *                       claim and proves nothing (the content is checked against the plan's types)
     * @param declaredLength the size the client announced, at least 1 byte
     * @throws ProblemException 403, 404, 409 or 413 with a {@code detail} a student understands
     */
    UploadPlan plan(Actor actor, Map<String, String> metadata, long declaredLength);

    /**
     * Called at the start of every {@code PATCH}, before its bytes are stored: the rules may have changed since
     * {@link #plan} (the submission window closed, the entry was submitted).
     *
     * @throws ProblemException 403 or 409 with a {@code detail} a student understands
     */
    void checkStillAllowed(Actor actor, UploadSession upload);

    /**
     * Called once per upload, when the file is complete under {@link UploadPlan#blobKey()}, inside the database
     * transaction that marks the upload completed: database work done here commits or rolls back with it. If
     * this throws, the upload is marked failed with the reason and the file stays in the store for an operator;
     * a {@link ProblemException} reaches the student as it is.
     */
    void completed(CompletedUpload upload);
}
