package cn.pingxuan.support;

import io.micronaut.runtime.server.EmbeddedServer;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** Uploads as a signed-in user would: the real tus client for whole files, raw requests to probe refusals. */
public final class TusUploads {

    private final EmbeddedServer server;

    public TusUploads(EmbeddedServer server) {
        this.server = server;
    }

    /** Uploads the whole file in small requests; returns the upload's URL path. */
    public String upload(ApiClient client, byte[] content, Map<String, String> metadata) throws Exception {
        TusClient tus = new TusClient();
        tus.setUploadCreationURL(new URL(server.getURI().resolve("/api/uploads").toString()));
        tus.setHeaders(Map.of("Cookie", client.cookieHeader(), "X-XSRF-TOKEN", client.csrfToken(true),
                "X-Forwarded-For", client.clientAddress()));
        TusUpload upload = new TusUpload();
        upload.setInputStream(new ByteArrayInputStream(content));
        upload.setSize(content.length);
        upload.setFingerprint("test-" + System.nanoTime());
        upload.setMetadata(metadata);
        TusUploader uploader = tus.createUpload(upload);
        uploader.setChunkSize(256 * 1024);
        uploader.setRequestPayloadSize(1024 * 1024);
        while (uploader.uploadChunk() > -1) {
            if (uploader.getOffset() > content.length) {
                throw new AssertionError("offset past the end: " + uploader.getOffset());
            }
        }
        uploader.finish();
        if (uploader.getOffset() != content.length) {
            throw new AssertionError("upload stopped at " + uploader.getOffset() + " of " + content.length);
        }
        return uploader.getUploadURL().getPath();
    }

    public HttpResponse<String> create(ApiClient client, long length, Map<String, String> metadata) throws IOException, InterruptedException {
        String encoded = metadata.entrySet().stream().map(e -> e.getKey() + " "
                + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining(","));
        HttpRequest request = request(client, server.getURI().resolve("/api/uploads"))
                .header("Upload-Length", String.valueOf(length))
                .header("Upload-Metadata", encoded)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> patch(ApiClient client, String location, long offset, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = request(client, server.getURI().resolve(location))
                .header("Upload-Offset", String.valueOf(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(ApiClient client, URI uri) {
        String cookie = client.cookieHeader();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Tus-Resumable", "1.0.0")
                .header("X-XSRF-TOKEN", client.csrfToken(true)).header("X-Forwarded-For", client.clientAddress());
        return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
    }
}
