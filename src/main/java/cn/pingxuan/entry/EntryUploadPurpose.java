package cn.pingxuan.entry;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.upload.CompletedUpload;
import cn.pingxuan.upload.UploadPlan;
import cn.pingxuan.upload.UploadPurpose;
import cn.pingxuan.upload.UploadSession;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * Uploading the work of an entry: metadata {@code entryId} and, for a series of images, {@code slot} (0-based).
 * Only the submitter, while the window is open and the entry editable, within the category's size and formats.
 */
@Singleton
class EntryUploadPurpose implements UploadPurpose {

    static final String NAME = "entry";

    private final EntryService entries;
    private final SecureRandom random = new SecureRandom();

    EntryUploadPurpose(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public UploadPlan plan(Actor actor, Map<String, String> metadata, long declaredLength) {
        long entryId = number(metadata.get("entryId"), "entryId");
        EntryService.Uploadable target = entries.requireEditable(actor, entryId);
        ContestCategory category = target.category();
        int slot = metadata.get("slot") == null ? 0 : (int) number(metadata.get("slot"), "slot");
        if (slot < 0 || slot >= category.maxImages()) {
            throw ProblemException.badRequest(category.maxImages() == 1 ? "本类别只能上传一个文件"
                    : "本类别最多上传 " + category.maxImages() + " 张图片");
        }
        if (declaredLength > category.maxBytes()) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "文件大小 " + megabytes(declaredLength) + " 超过本类别 " + megabytes(category.maxBytes()) + " 的限制");
        }
        byte[] name = new byte[12];
        random.nextBytes(name);
        return new UploadPlan("entries/" + entryId + "/original/" + HexFormat.of().formatHex(name), category.maxBytes(),
                CategoryFileTypes.of(Arrays.asList(category.formats().split(","))), entryId + ":" + slot);
    }

    @Override
    public void checkStillAllowed(Actor actor, UploadSession upload) {
        entries.requireEditable(actor, subject(upload.subjectRef())[0]);
    }

    @Override
    public void completed(CompletedUpload upload) {
        long[] subject = subject(upload.subjectRef());
        entries.recordUploadedFile(upload.userId(), subject[0], (int) subject[1], upload.blobKey(), upload.fileName(),
                upload.detectedType().contentType(), upload.size(), upload.sha256());
    }

    private static long[] subject(String ref) {
        String[] parts = ref.split(":");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static long number(String value, String key) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("上传信息缺少有效的 " + key);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
