package cn.pingxuan.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/**
 * A {@code worker} node runs background jobs and answers only its health check, so a misrouted load
 * balancer cannot send users to it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "pingxuan.role", value = "worker")
class WorkerOnlyFilter implements Ordered {

    private final ErrorResponseProcessor<?> responses;

    WorkerOnlyFilter(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request) {
        if (request.getPath().equals("/health") || request.getPath().startsWith("/health/")) {
            return null;
        }
        ProblemException problem = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "worker-node",
                "这是后台任务节点，不提供网页和接口服务");
        return responses.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
    }
}
