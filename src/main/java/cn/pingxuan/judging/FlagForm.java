package cn.pingxuan.judging;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A judge's report on an entry for the organizer (suspected plagiarism, off-topic, …). */
@Serdeable
public record FlagForm(
        @NotNull(message = "请选择问题类型") FlagKind kind,
        @NotBlank(message = "请说明情况") @Size(max = 500, message = "说明不能超过 500 个字符") String note) {

    /** The stored flag as its judge sees it. */
    @Serdeable
    public record Receipt(long id, FlagKind kind, String kindLabel, String note, Instant createdAt) {

        static Receipt of(JudgeFlag flag) {
            return new Receipt(flag.id(), flag.kind(), flag.kind().label(), flag.note(), flag.createdAt());
        }
    }
}
