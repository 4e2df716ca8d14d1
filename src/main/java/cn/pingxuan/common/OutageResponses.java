package cn.pingxuan.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Answers failures of the database and store layers: 503 with {@code Retry-After} when the service is out of reach
 * ({@link Outage}), otherwise the 500 the server would have given without a handler, logged the same way.
 */
@Singleton
class OutageResponses {

    private static final Logger LOG = LoggerFactory.getLogger(OutageResponses.class);

    private final ErrorResponseProcessor<?> responses;
    private final Duration retryAfter;

    OutageResponses(ErrorResponseProcessor<?> responses, HttpProperties properties) {
        this.responses = responses;
        this.retryAfter = properties.retryAfter();
    }

    HttpResponse<?> answer(HttpRequest<?> request, RuntimeException failure) {
        Optional<Outage> outage = Outage.behind(failure);
        if (outage.isEmpty()) {
            LOG.error("Unexpected error occurred: {}", failure.getMessage(), failure);
            return responses.processResponse(ErrorContext.builder(request).cause(failure)
                    .errorMessage("Internal Server Error: " + failure.getMessage()).build(), HttpResponse.serverError());
        }
        // one line per request: the outage itself is on /health, a stack trace per request would bury the log
        LOG.warn("{} {} answered 503, {} unavailable: {}", request.getMethodName(), request.getPath(), outage.get(),
                deepestMessage(failure));
        return responses.processResponse(ErrorContext.builder(request).cause(outage.get().problem(retryAfter)).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
    }

    private static String deepestMessage(Throwable failure) {
        Throwable deepest = failure;
        for (int depth = 0; deepest.getCause() != null && deepest.getCause() != deepest && depth < 20; depth++) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
