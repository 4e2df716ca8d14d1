package cn.pingxuan.account;

import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;

/** Bulk import of users: columns 学号/工号, 姓名, 单位, 角色; CSV (UTF-8 or GBK) or Excel. */
@Controller("/api/admin/users/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
class UserImportController {

    private final UserImportService imports;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    UserImportController(UserImportService imports, Sessions sessions, ClientAddress clientAddress) {
        this.imports = imports;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Post(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    ImportReport preview(@Part("file") CompletedFileUpload file, Authentication authentication) {
        return imports.preview(sessions.require(authentication), file.getFilename(), bytes(file));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    ImportResult importAll(@Part("file") CompletedFileUpload file, Authentication authentication, HttpRequest<?> request) {
        return imports.importAll(sessions.require(authentication), file.getFilename(), bytes(file), clientAddress.of(request));
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ProblemException.badRequest("上传的文件读取失败，请重试");
        }
    }
}
