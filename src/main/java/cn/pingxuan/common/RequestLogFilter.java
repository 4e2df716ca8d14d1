package cn.pingxuan.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access-log line per request: method, path, status, time. Never the query string, headers, cookies or
 * bodies, which is where passwords and tokens travel.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter {

    private static final Logger LOG = LoggerFactory.getLogger("pingxuan.access");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";

    private final ClientAddress clientAddress;

    public RequestLogFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long elapsedMicros = request.getAttribute(STARTED, Long.class)
                .map(started -> (System.nanoTime() - started) / 1000).orElse(-1L);
        LOG.info("{} {} {} {}ms {}", request.getMethodName(), request.getPath(), response.code(),
                String.format("%.1f", elapsedMicros / 1000.0), clientAddress.of(request));
    }
}
