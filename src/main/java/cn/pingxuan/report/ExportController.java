package cn.pingxuan.report;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.storage.ContentDisposition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Organizers' downloads of a contest's results, score sheets and unit statistics. */
@Controller("/api/organize/contests/{id}/exports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports")
class ExportController {

    private final Exports exports;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    ExportController(Exports exports, Sessions sessions, ClientAddress clientAddress) {
        this.exports = exports;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/results.xlsx")
    HttpResponse<StreamedFile> resultsXlsx(long id, Authentication authentication, HttpRequest<?> request) {
        return send(id, Exports.Kind.RESULTS, Exports.Format.XLSX, null, authentication, request);
    }

    @Get("/results.csv")
    HttpResponse<StreamedFile> resultsCsv(long id, Authentication authentication, HttpRequest<?> request) {
        return send(id, Exports.Kind.RESULTS, Exports.Format.CSV, null, authentication, request);
    }

    @Get("/score-sheets.xlsx")
    HttpResponse<StreamedFile> scoreSheetsXlsx(long id, Authentication authentication, HttpRequest<?> request) {
        return send(id, Exports.Kind.SCORE_SHEETS, Exports.Format.XLSX, null, authentication, request);
    }

    @Get("/score-sheets.csv")
    HttpResponse<StreamedFile> scoreSheetsCsv(long id, Authentication authentication, HttpRequest<?> request) {
        return send(id, Exports.Kind.SCORE_SHEETS, Exports.Format.CSV, null, authentication, request);
    }

    @Get("/unit-stats.xlsx")
    HttpResponse<StreamedFile> unitStatsXlsx(long id, @Nullable @QueryValue Long parentId, Authentication authentication,
                                             HttpRequest<?> request) {
        return send(id, Exports.Kind.UNIT_STATS, Exports.Format.XLSX, parentId, authentication, request);
    }

    @Get("/unit-stats.csv")
    HttpResponse<StreamedFile> unitStatsCsv(long id, @Nullable @QueryValue Long parentId, Authentication authentication,
                                            HttpRequest<?> request) {
        return send(id, Exports.Kind.UNIT_STATS, Exports.Format.CSV, parentId, authentication, request);
    }

    private HttpResponse<StreamedFile> send(long id, Exports.Kind kind, Exports.Format format, @Nullable Long parentId,
                                            Authentication authentication, HttpRequest<?> request) {
        ExportFile file = exports.export(sessions.require(authentication), id, kind, format, parentId,
                clientAddress.of(request));
        try {
            long size = file.size();
            // opening unlinks the file on Linux: its size is taken first
            return HttpResponse.ok(new StreamedFile(file.open(), MediaType.of(file.contentType()), System.currentTimeMillis(),
                    size)).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
