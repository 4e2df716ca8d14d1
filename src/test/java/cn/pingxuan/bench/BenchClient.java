package cn.pingxuan.bench;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** JSON over HTTP to the bench server as a signed-in browser would send it: session cookie plus the XSRF header. */
final class BenchClient {

    static final JsonMapper JSON = JsonMapper.createDefault();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    BenchClient(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    record Session(String cookie, String xsrf) {
    }

    Session login(String username, String password) {
        HttpResponse<byte[]> me = send(null, "GET", "/api/me", null);
        String xsrf = cookie(me, "XSRF-TOKEN");
        Session anonymous = new Session("XSRF-TOKEN=" + xsrf, xsrf);
        HttpResponse<byte[]> login = expect(send(anonymous, "POST", "/api/auth/login",
                Map.of("username", username, "password", password)), 200);
        String renewed = login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("XSRF-TOKEN="))
                ? cookie(login, "XSRF-TOKEN") : xsrf;
        return new Session("XSRF-TOKEN=" + renewed + "; PX_SESSION=" + cookie(login, "PX_SESSION"), renewed);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " cookie: " + response));
    }

    HttpResponse<byte[]> send(Session session, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (session != null) {
                request.header("Cookie", session.cookie()).header("X-XSRF-TOKEN", session.xsrf());
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> expect(HttpResponse<byte[]> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " → " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }

    static Map<String, Object> json(HttpResponse<byte[]> response) {
        try {
            return JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Object> jsonList(HttpResponse<byte[]> response) {
        try {
            return JSON.readValue(response.body(), Argument.listOf(Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
