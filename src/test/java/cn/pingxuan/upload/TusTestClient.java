package cn.pingxuan.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.pingxuan.support.ApiClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Speaks tus 1.0.0 to the server for one signed-in user, like tus-js-client in the browser does. */
final class TusTestClient {

    static final String COLLECTION = "/api/uploads";

    private final ApiClient api;
    private final URI base;

    TusTestClient(ApiClient api, URI base) {
        this.api = api;
        this.base = base;
    }

    ApiClient api() {
        return api;
    }

    ApiClient.Response options() {
        return api.exchange("OPTIONS", COLLECTION, Map.of(), HttpRequest.BodyPublishers.noBody());
    }

    ApiClient.Response create(long length, Map<String, String> metadata) {
        return api.exchange("POST", COLLECTION, Map.of("Tus-Resumable", "1.0.0", "Upload-Length", Long.toString(length),
                "Upload-Metadata", metadata(metadata)), HttpRequest.BodyPublishers.noBody());
    }

    /** Creates an upload for the test purpose and returns its URL. */
    String createUpload(long length, Map<String, String> extraMetadata) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("purpose", TestUploadPurpose.NAME);
        metadata.put("filename", "作品.mp4");
        metadata.put("filetype", "video/mp4");
        metadata.putAll(extraMetadata);
        ApiClient.Response created = create(length, metadata);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    ApiClient.Response head(String location) {
        return api.exchange("HEAD", location, Map.of("Tus-Resumable", "1.0.0"), HttpRequest.BodyPublishers.noBody());
    }

    long offset(String location) {
        ApiClient.Response head = head(location);
        assertThat(head.status()).isEqualTo(200);
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    ApiClient.Response patch(String location, long offset, byte[] bytes) {
        return patch(location, offset, bytes, 0, bytes.length);
    }

    ApiClient.Response patch(String location, long offset, byte[] file, int from, int to) {
        return api.exchange("PATCH", location, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(offset),
                        "Content-Type", "application/offset+octet-stream"),
                HttpRequest.BodyPublishers.ofByteArray(file, from, to - from));
    }

    /** PATCHes {@code file[from..)} in requests of {@code chunk} bytes; returns the last response. */
    ApiClient.Response patchInChunks(String location, byte[] file, int from, int chunk) {
        ApiClient.Response last = null;
        for (int offset = from; offset < file.length; offset += chunk) {
            int end = Math.min(file.length, offset + chunk);
            last = patch(location, offset, file, offset, end);
            assertThat(last.status()).as(last.body()).isEqualTo(204);
            assertThat(last.headers().firstValue("Upload-Offset")).hasValue(Long.toString(end));
        }
        return last;
    }

    ApiClient.Response delete(String location) {
        return api.exchange("DELETE", location, Map.of("Tus-Resumable", "1.0.0"), HttpRequest.BodyPublishers.noBody());
    }

    /**
     * Starts a PATCH over a raw connection that announces {@code file[from..to)} but sends only the first
     * {@code send} bytes; the caller closes the socket to cut the connection.
     */
    Socket startPatch(String location, long offset, byte[] file, int from, int to, int send) {
        try {
            Socket socket = new Socket(base.getHost(), base.getPort());
            OutputStream out = socket.getOutputStream();
            String head = "PATCH " + location + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Tus-Resumable: 1.0.0\r\n"
                    + "Upload-Offset: " + offset + "\r\n"
                    + "Content-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: " + (to - from) + "\r\n"
                    + "Cookie: " + api.cookieHeader() + "\r\n"
                    + "X-XSRF-TOKEN: " + api.csrfToken(true) + "\r\n"
                    + "X-Forwarded-For: " + api.clientAddress() + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(file, from, send);
            out.flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String metadata(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + " " + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }
}
