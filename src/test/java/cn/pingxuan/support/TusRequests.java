package cn.pingxuan.support;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** tus requests one by one, as a client that resumes by hand: create, HEAD for the offset, PATCH a stream. */
public final class TusRequests {

    private TusRequests() {
    }

    /** @return the upload's path, from {@code Location} */
    public static String create(ApiClient client, long length, Map<String, String> metadata) {
        String encoded = metadata.entrySet().stream().map(e -> e.getKey() + " "
                + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining(","));
        ApiClient.Response created = client.exchange("POST", "/api/uploads", Map.of("Tus-Resumable", "1.0.0",
                "Upload-Length", String.valueOf(length), "Upload-Metadata", encoded), HttpRequest.BodyPublishers.noBody());
        if (created.status() != 201) {
            throw new AssertionError("tus creation refused: " + created);
        }
        return created.headers().firstValue("Location").orElseThrow();
    }

    public static ApiClient.Response head(ApiClient client, String location) {
        return client.exchange("HEAD", location, Map.of("Tus-Resumable", "1.0.0"), HttpRequest.BodyPublishers.noBody());
    }

    /** The stored offset; fails unless the upload answers 200. */
    public static long offset(ApiClient client, String location) {
        ApiClient.Response head = head(client, location);
        if (head.status() != 200) {
            throw new AssertionError("HEAD " + location + ": " + head.status());
        }
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /** One PATCH of {@code length} bytes read from {@code body}; throws when the connection breaks. */
    public static ApiClient.Response patch(ApiClient client, String location, long offset, InputStream body, long length) {
        return client.exchange("PATCH", location, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", String.valueOf(offset),
                        "Content-Type", "application/offset+octet-stream"),
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), length));
    }

    public static long offsetOf(ApiClient.Response response) {
        return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow(
                () -> new AssertionError("no Upload-Offset in " + response)));
    }
}
