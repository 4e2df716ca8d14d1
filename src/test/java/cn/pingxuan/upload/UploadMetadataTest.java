package cn.pingxuan.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.pingxuan.common.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UploadMetadataTest {

    @Test
    void decodesBase64ValuesAsUtf8AndKeepsTheHeaderForHead() {
        String header = "purpose " + b64("entry") + ",filename " + b64("我的作品.mp4") + ",entryId " + b64("42") + ",is_draft";

        UploadMetadata metadata = UploadMetadata.parse(header);

        assertThat(metadata.values()).containsEntry("purpose", "entry").containsEntry("filename", "我的作品.mp4")
                .containsEntry("entryId", "42").containsEntry("is_draft", "");
        assertThat(metadata.purpose()).isEqualTo("entry");
        assertThat(metadata.header()).isEqualTo(header);
    }

    @Test
    void theFileNameLosesPathsAndControlCharacters() {
        assertThat(UploadMetadata.parse("filename " + b64("C:\\fakepath\\作业\u0007.docx")).fileName()).isEqualTo("作业.docx");
        assertThat(UploadMetadata.parse("filename " + b64("../../etc/passwd")).fileName()).isEqualTo("passwd");
        assertThat(UploadMetadata.parse("filename " + b64("长".repeat(300))).fileName()).hasSize(200);
    }

    @Test
    void aMissingFileNameIsRefused() {
        assertThatThrownBy(() -> UploadMetadata.parse("purpose " + b64("test")).fileName())
                .isInstanceOf(ProblemException.class).hasMessage("缺少文件名，请重新选择文件");
        assertThatThrownBy(() -> UploadMetadata.parse("filename " + b64("/")).fileName())
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void refusesMalformedHeaders() {
        assertRefused(null, "缺少上传信息（Upload-Metadata），请刷新页面后重试");
        assertRefused("purpose not*base64", "上传信息（Upload-Metadata）的格式不正确");
        assertRefused("purpose " + b64("a") + ",purpose " + b64("b"), "上传信息（Upload-Metadata）中的“purpose”重复了");
        assertRefused(",purpose " + b64("a"), "上传信息（Upload-Metadata）的格式不正确");
        assertRefused("名字 " + b64("a"), "上传信息（Upload-Metadata）的格式不正确");
        assertRefused("purpose " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28}),
                "上传信息（Upload-Metadata）的格式不正确");
    }

    @Test
    void theBrowsersTypeIsKeptOnlyAsAClaim() {
        assertThat(UploadMetadata.parse("filetype " + b64("video/mp4")).declaredType()).isEqualTo("video/mp4");
        assertThat(UploadMetadata.parse("filetype " + b64("")).declaredType()).isNull();
    }

    private static void assertRefused(String header, String detail) {
        assertThatThrownBy(() -> UploadMetadata.parse(header))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().getCode()).isEqualTo(400))
                .hasMessage(detail);
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
