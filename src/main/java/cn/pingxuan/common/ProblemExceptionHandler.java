package cn.pingxuan.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> responses;

    ProblemExceptionHandler(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        return responses.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.status(exception.status()));
    }
}
