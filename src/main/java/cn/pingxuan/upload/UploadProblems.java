package cn.pingxuan.upload;

import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.Set;

/** The answers a student (or the tus client acting for them) gets when an upload cannot go on. */
final class UploadProblems {

    private UploadProblems() {
    }

    static ProblemException unsupportedVersion() {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "tus-version",
                "上传组件的协议版本不受支持（需要 tus 1.0.0），请刷新页面后重试");
    }

    static ProblemException missingLength() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-length", "缺少文件大小（Upload-Length），请刷新页面后重试");
    }

    static ProblemException deferredLength() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-defer-length", "不支持大小未知的上传，请选择一个文件后再上传");
    }

    static ProblemException invalidNumber(String header) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-header", "上传请求中的 " + header + " 不是有效的数字");
    }

    static ProblemException missingOffset() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-offset", "缺少上传进度（Upload-Offset），请刷新页面后重试");
    }

    static ProblemException emptyFile() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "empty-file", "文件是空的，请重新选择文件");
    }

    static ProblemException tooLarge(long length, long limit) {
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "upload-too-large",
                "文件太大（" + ByteSizes.format(length) + "），最大只能上传 " + ByteSizes.format(limit));
    }

    static ProblemException unknownPurpose(String purpose) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-purpose",
                purpose == null || purpose.isBlank() ? "缺少上传用途，请刷新页面后重试" : "不支持的上传用途：" + purpose);
    }

    static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "upload-not-found", "上传记录不存在或已过期，请重新上传文件");
    }

    static ProblemException failed() {
        return new ProblemException(HttpStatus.GONE, "upload-failed", "这次上传没有成功，请重新上传文件");
    }

    static LockedException locked() {
        return new LockedException();
    }

    static ProblemException offsetMismatch(long stored) {
        return new ProblemException(HttpStatus.CONFLICT, "upload-offset-mismatch",
                "上传进度不一致：服务器已收到 " + stored + " 字节，请从那里继续");
    }

    static ProblemException wrongContentType() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "upload-content-type",
                "上传数据的类型不正确（需要 application/offset+octet-stream）");
    }

    static ProblemException beyondLength() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-beyond-length", "上传的数据超出了文件的大小，请重新上传");
    }

    static ProblemException firstChunkTooShort() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-first-chunk",
                "第一次发送的数据太少，无法识别文件格式（至少需要 " + FileTypeSniffer.SNIFF_LENGTH + " 字节），请重试");
    }

    static ProblemException methodNotAllowed() {
        return new ProblemException(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持此请求方法");
    }

    static ProblemException handOverFailed() {
        return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "upload-hand-over-failed",
                "文件已经收到，但保存时出错了，请稍后重新上传；如果一直失败，请联系管理员");
    }

    static RefusedFileTypeException refusedType(FileType detected, Set<FileType> allowed) {
        return new RefusedFileTypeException("文件内容不是允许的格式（检测到：" + detected.displayName() + "），本类别只接受 "
                + FileType.displayNames(allowed));
    }

    /** Another request holds the upload's lease, or took it over from this one. */
    static final class LockedException extends ProblemException {
        LockedException() {
            super(HttpStatus.LOCKED, "upload-locked", "这个文件正在通过另一个连接上传，请稍后再试");
        }
    }

    /** The first bytes show a type the upload may not have; the upload ends with it. */
    static final class RefusedFileTypeException extends ProblemException {
        RefusedFileTypeException(String detail) {
            super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-refused", detail);
        }
    }
}
