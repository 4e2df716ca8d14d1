package cn.pingxuan.upload;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The purpose tests (and the upload benchmark) upload for, steered by metadata: {@code allow} lists the
 * accepted {@link FileType}s, {@code max} the largest size, {@code deny} makes the plan refuse, and
 * {@code reject-completion} makes {@link #completed} throw. Records every completed upload.
 */
@Singleton
@Requires(env = {Environment.TEST, "bench"})
public class TestUploadPurpose implements UploadPurpose {

    public static final String NAME = "test";
    static final Set<FileType> DEFAULT_TYPES = EnumSet.of(FileType.MP4, FileType.MOV, FileType.WEBM, FileType.PNG, FileType.JPEG);
    static final long DEFAULT_MAX = 64L * 1024 * 1024;

    private final List<CompletedUpload> completed = new CopyOnWriteArrayList<>();
    private final Set<String> closedSubjects = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public UploadPlan plan(Actor actor, Map<String, String> metadata, long declaredLength) {
        if (metadata.containsKey("deny")) {
            throw ProblemException.forbidden("你不能为这个作品上传文件");
        }
        Set<FileType> allowed = metadata.containsKey("allow")
                ? Arrays.stream(metadata.get("allow").split(",")).map(FileType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileType.class)))
                : DEFAULT_TYPES;
        long max = metadata.containsKey("max") ? Long.parseLong(metadata.get("max")) : DEFAULT_MAX;
        String subject = metadata.getOrDefault("subject", UUID.randomUUID().toString());
        String rejection = metadata.containsKey("reject-completion") ? ":reject" : "";
        return new UploadPlan("test/" + actor.id() + "/" + UUID.randomUUID(), max, allowed, "test:" + subject + rejection);
    }

    @Override
    public void checkStillAllowed(Actor actor, UploadSession upload) {
        if (closedSubjects.contains(upload.subjectRef())) {
            throw new ProblemException(HttpStatus.CONFLICT, "window-closed", "作品提交已截止，不能再上传");
        }
    }

    @Override
    public void completed(CompletedUpload upload) {
        if (upload.subjectRef().endsWith(":reject")) {
            throw new IllegalStateException("the entry was deleted meanwhile");
        }
        completed.add(upload);
    }

    public List<CompletedUpload> completed() {
        return List.copyOf(completed);
    }

    void closeWindow(String subjectRef) {
        closedSubjects.add(subjectRef);
    }
}
