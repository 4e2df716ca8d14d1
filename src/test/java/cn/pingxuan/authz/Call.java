package cn.pingxuan.authz;

import cn.pingxuan.support.ApiClient;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of a matrix row or IDOR case, with its placeholders filled in: {@code {name}} is an id of the scene,
 * {@code {new:kind}} a resource made afresh for this one call (for rows that change or delete what they name) and
 * {@code {new:kind.part}} another value of that same fresh resource (its round, a spare judge…),
 * {@code {actor}} the caller's name. A body is JSON (a map, or {@code "body:name"} for one the scene builds at the
 * moment of the call), a {@link Multipart} file or a {@link Tus} request.
 */
record Call(String method, String path, Object body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(new:)?([A-Za-z0-9]+)(?:\\.([A-Za-z0-9]+))?}");

    record Multipart(String fileName, String content) {
    }

    record Tus(Map<String, String> headers, String content) {
    }

    /**
     * {@code mayChange}: the caller is expected to succeed, so {@code {new:kind}} is made for this call alone; a
     * caller expected to be refused gets one shared object of that kind (were it changed, a later call would fail).
     */
    ApiClient.Response send(ApiClient client, AuthzScene scene, String actor, boolean mayChange) {
        Fill fill = new Fill(scene, actor, new HashMap<>(), mayChange);
        String target = fill.text(path);
        Object filled = body instanceof String name && name.startsWith("body:") ? scene.body(name.substring(5))
                : body instanceof Map<?, ?> map ? fill.map(map) : body;
        if (filled instanceof Multipart file) {
            return client.postFile(target, "file", file.fileName(), fill.text(file.content()).getBytes(StandardCharsets.UTF_8));
        }
        if (filled instanceof Tus tus) {
            return client.exchange(method, target, fill.tusHeaders(tus.headers()),
                    HttpRequest.BodyPublishers.ofString(tus.content()));
        }
        if (filled == null) {
            return switch (method) {
                case "GET" -> client.get(target);
                case "DELETE" -> client.delete(target);
                case "POST" -> client.post(target, Map.of());
                default -> client.exchange(method, target, Map.of(), HttpRequest.BodyPublishers.noBody());
            };
        }
        return switch (method) {
            case "POST" -> client.post(target, filled);
            case "PUT" -> client.put(target, filled);
            default -> throw new IllegalArgumentException(method + " with a JSON body");
        };
    }

    /** Fresh resources are made once per call: {@code made} holds them by kind. */
    record Fill(AuthzScene scene, String actor, Map<String, Map<String, Object>> made, boolean mayChange) {

        String text(String text) {
            Matcher matcher = PLACEHOLDER.matcher(text.replace("{actor}", actor));
            StringBuilder result = new StringBuilder();
            while (matcher.find()) {
                Object value = matcher.group(1) == null ? scene.id(matcher.group(2))
                        : made.computeIfAbsent(matcher.group(2), mayChange ? scene::fresh : scene::shared).get(matcher.group(3) == null ? "id" : matcher.group(3));
                if (value == null) {
                    throw new IllegalStateException("the scene has no " + matcher.group());
                }
                matcher.appendReplacement(result, Matcher.quoteReplacement(String.valueOf(value)));
            }
            return matcher.appendTail(result).toString();
        }

        Map<String, String> tusHeaders(Map<String, String> headers) {
            Map<String, String> all = new HashMap<>();
            headers.forEach((name, value) -> all.put(name, text(value)));
            all.put("Tus-Resumable", "1.0.0");
            return all;
        }

        Map<String, Object> map(Map<?, ?> map) {
            Map<String, Object> filled = new HashMap<>();
            map.forEach((key, value) -> filled.put(key.toString(), value(value)));
            return filled;
        }

        private Object value(Object value) {
            if (value instanceof String s) {
                String filled = text(s);
                return PLACEHOLDER.matcher(s).matches() && filled.matches("\\d+") ? Long.parseLong(filled) : filled;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(this::value).toList();
            }
            if (value instanceof Map<?, ?> map) {
                return map(map);
            }
            return value;
        }
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
