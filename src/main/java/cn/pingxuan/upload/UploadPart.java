package cn.pingxuan.upload;

import cn.pingxuan.storage.PartInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One stored part of an upload's multipart upload, in the order it has in the finished file. */
@MappedEntity("upload_part")
record UploadPart(@Id @GeneratedValue @Nullable Long id, String uploadId, int partNumber, String etag, long partSize) {

    static UploadPart of(String uploadId, PartInfo part) {
        return new UploadPart(null, uploadId, part.partNumber(), part.etag(), part.size());
    }

    PartInfo info() {
        return new PartInfo(partNumber, etag, partSize);
    }
}
