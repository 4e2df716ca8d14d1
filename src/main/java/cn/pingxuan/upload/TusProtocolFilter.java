package cn.pingxuan.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/**
 * tus version negotiation for every upload request: a request that does not speak tus 1.0.0 is refused with
 * 412 before anything else looks at it (OPTIONS, the discovery request, needs no version), and every response
 * says which version the server speaks.
 */
@ServerFilter({"/api/uploads", "/api/uploads/**"})
class TusProtocolFilter implements Ordered {

    /** Before {@code CsrfFilter} (-1000): an outdated client learns the version it needs even when refused. */
    private static final int ORDER = -1100;

    private final ErrorResponseProcessor<?> responses;

    TusProtocolFilter(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireVersion(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.OPTIONS
                || TusHeaders.VERSION.equals(request.getHeaders().get(TusHeaders.TUS_RESUMABLE))) {
            return null;
        }
        return responses.processResponse(ErrorContext.builder(request).cause(UploadProblems.unsupportedVersion()).build(),
                        HttpResponse.status(HttpStatus.PRECONDITION_FAILED))
                .header(TusHeaders.TUS_VERSION, TusHeaders.VERSION)
                .header(TusHeaders.TUS_RESUMABLE, TusHeaders.VERSION);
    }

    @ResponseFilter
    void announceVersion(MutableHttpResponse<?> response) {
        response.header(TusHeaders.TUS_RESUMABLE, TusHeaders.VERSION);
    }
}
