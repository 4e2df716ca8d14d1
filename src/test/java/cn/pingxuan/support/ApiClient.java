package cn.pingxuan.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser-like API client for HTTP tests: keeps cookies, echoes the CSRF cookie on unsafe requests the way
 * the front end does, and poses as its own client address so throttling tests do not disturb each other.
 */
public final class ApiClient {

    private final URI base;
    private final JsonMapper json;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String clientAddress;
    private boolean sendCsrfHeader = true;

    public ApiClient(EmbeddedServer server, JsonMapper json) {
        this(server.getURI(), json);
    }

    /** A client of a portal at {@code base}, e.g. one running in another process. */
    public ApiClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.clientAddress = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    public static ApiClient loggedIn(EmbeddedServer server, JsonMapper json, String username, String password) {
        return loggedIn(server.getURI(), json, username, password);
    }

    public static ApiClient loggedIn(URI base, JsonMapper json, String username, String password) {
        ApiClient client = new ApiClient(base, json);
        Response response = client.post("/api/auth/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login as " + username + " failed: " + response.status() + " " + response.body());
        }
        return client;
    }

    public ApiClient withoutCsrfHeader() {
        this.sendCsrfHeader = false;
        return this;
    }

    public String clientAddress() {
        return clientAddress;
    }

    /** Any request, e.g. a tus HEAD or PATCH: the client's cookies, address and (for unsafe methods) CSRF header go along. */
    public Response exchange(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = request(path);
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            builder = unsafe(builder);
        }
        headers.forEach(builder::header);
        return send(builder.method(method, body).build());
    }

    /** The Cookie header this client sends, for clients that do not share its cookie store (raw sockets, tus-java-client). */
    public String cookieHeader() {
        csrfToken(true);
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** The CSRF token that unsafe requests must echo in {@code X-XSRF-TOKEN}. */
    public String csrfToken(boolean fetchIfMissing) {
        if (csrfToken() == null && fetchIfMissing) {
            get("/api/me");
        }
        return csrfToken();
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET whose body is bytes (files), with extra request headers such as Range. */
    public BinaryResponse getBinary(String path, String... headerNamesAndValues) {
        HttpRequest.Builder builder = request(path).GET();
        for (int i = 0; i + 1 < headerNamesAndValues.length; i += 2) {
            builder.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record BinaryResponse(int status, byte[] body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response delete(String path) {
        return send(unsafe(request(path)).DELETE().build());
    }

    public Response post(String path, Object body) {
        return send(unsafe(request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public Response put(String path, Object body) {
        return send(unsafe(request(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(unsafe(request(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "----pingxuan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(unsafe(request(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("X-Forwarded-For", clientAddress);
    }

    private HttpRequest.Builder unsafe(HttpRequest.Builder builder) {
        if (!sendCsrfHeader) {
            return builder;
        }
        if (csrfToken() == null) {
            get("/api/me");
        }
        return builder.header("X-XSRF-TOKEN", csrfToken());
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers, JsonMapper json) {

        public Map<String, Object> map() {
            try {
                return json.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + body, e);
            }
        }

        public List<Map<String, Object>> list() {
            try {
                return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new AssertionError("not a JSON array: " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
