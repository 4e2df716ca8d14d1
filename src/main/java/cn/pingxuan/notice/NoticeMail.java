package cn.pingxuan.notice;

import io.micronaut.serde.annotation.Serdeable;

/** Job payload: e-mail a copy of this notice to its user. */
@Serdeable
public record NoticeMail(long noticeId) {
}
