package cn.pingxuan.upload;

import cn.pingxuan.account.Sessions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * tus 1.0.0 with the creation, termination and expiration extensions. Upload URLs are
 * {@code /api/uploads/{id}}; an upload exists only for the user who created it.
 *
 * <p>PATCH bodies arrive as a stream on a blocking thread and are never buffered whole; a single PATCH may
 * carry a complete file.
 */
@Controller("/api/uploads")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "uploads")
class TusController {

    private final Sessions sessions;
    private final UploadCreation creation;
    private final UploadLookup lookup;
    private final UploadReception reception;
    private final UploadTermination termination;
    private final UploadProperties properties;

    TusController(Sessions sessions, UploadCreation creation, UploadLookup lookup, UploadReception reception,
                  UploadTermination termination, UploadProperties properties) {
        this.sessions = sessions;
        this.creation = creation;
        this.lookup = lookup;
        this.reception = reception;
        this.termination = termination;
        this.properties = properties;
    }

    @Options
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> discover() {
        return HttpResponse.noContent()
                .header(TusHeaders.TUS_VERSION, TusHeaders.VERSION)
                .header(TusHeaders.TUS_EXTENSION, TusHeaders.EXTENSIONS)
                .header(TusHeaders.TUS_MAX_SIZE, Long.toString(properties.maxSize()));
    }

    @Post(consumes = MediaType.ALL)
    HttpResponse<?> create(@Nullable @Header(TusHeaders.UPLOAD_LENGTH) String length,
                           @Nullable @Header(TusHeaders.UPLOAD_DEFER_LENGTH) String deferLength,
                           @Nullable @Header(TusHeaders.UPLOAD_METADATA) String metadata,
                           Authentication authentication) {
        if (deferLength != null) {
            throw UploadProblems.deferredLength();
        }
        if (length == null) {
            throw UploadProblems.missingLength();
        }
        Upload upload = creation.create(sessions.require(authentication),
                TusHeaders.nonNegative(TusHeaders.UPLOAD_LENGTH, length), UploadMetadata.parse(metadata));
        return HttpResponse.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/uploads/" + upload.id())
                .header(TusHeaders.UPLOAD_EXPIRES, TusHeaders.httpDate(upload.expiresAt()));
    }

    @Head("/{id}")
    HttpResponse<?> head(String id, Authentication authentication) {
        Upload upload = lookup.visible(sessions.require(authentication), id);
        MutableHttpResponse<?> response = HttpResponse.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(TusHeaders.UPLOAD_OFFSET, Long.toString(upload.receivedBytes()))
                .header(TusHeaders.UPLOAD_LENGTH, Long.toString(upload.uploadLength()));
        if (upload.status() == UploadStatus.RECEIVING) {
            response.header(TusHeaders.UPLOAD_EXPIRES, TusHeaders.httpDate(upload.expiresAt()));
        }
        if (upload.metadata() != null) {
            response.header(TusHeaders.UPLOAD_METADATA, upload.metadata());
        }
        return response;
    }

    @Patch(value = "/{id}", consumes = MediaType.ALL)
    HttpResponse<?> patch(String id, @Nullable @Body InputStream body, HttpRequest<?> request,
                          Authentication authentication) {
        // closing hands unread bytes back to the server to discard; left open, an early answer (409, 423)
        // would leave a large body stuck in the connection
        try (InputStream in = body == null ? InputStream.nullInputStream() : body) {
            if (!TusHeaders.isOffsetOctetStream(request.getHeaders().get(HttpHeaders.CONTENT_TYPE))) {
                throw UploadProblems.wrongContentType();
            }
            String offset = request.getHeaders().get(TusHeaders.UPLOAD_OFFSET);
            if (offset == null) {
                throw UploadProblems.missingOffset();
            }
            UploadReception.Appended appended = reception.append(sessions.require(authentication), id,
                    TusHeaders.nonNegative(TusHeaders.UPLOAD_OFFSET, offset), request.getContentLength(), in);
            MutableHttpResponse<?> response = HttpResponse.noContent()
                    .header(TusHeaders.UPLOAD_OFFSET, Long.toString(appended.offset()));
            if (appended.expiresAt() != null) {
                response.header(TusHeaders.UPLOAD_EXPIRES, TusHeaders.httpDate(appended.expiresAt()));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Delete("/{id}")
    HttpResponse<?> terminate(String id, Authentication authentication) {
        termination.terminate(sessions.require(authentication), id);
        return HttpResponse.noContent();
    }

    /** For clients that cannot send PATCH or DELETE (Java's HttpURLConnection, old proxies): tus requires it. */
    @Post(value = "/{id}", consumes = MediaType.ALL)
    HttpResponse<?> overridden(String id, @Nullable @Header(TusHeaders.METHOD_OVERRIDE) String method,
                               @Nullable @Body InputStream body, HttpRequest<?> request, Authentication authentication) {
        return switch (method == null ? "" : method.strip().toUpperCase(Locale.ROOT)) {
            case "PATCH" -> patch(id, body, request, authentication);
            case "DELETE" -> terminate(id, authentication);
            case "HEAD" -> head(id, authentication);
            default -> throw UploadProblems.methodNotAllowed();
        };
    }
}
