package cn.pingxuan.authz;

/** Names an operation the way the OpenAPI document does, whatever ids or query a row's path carries. */
final class Operations {

    static String key(Call call) {
        return key(call.method(), call.path());
    }

    static String key(OpenApiOperations.Operation operation) {
        return key(operation.method(), operation.path());
    }

    private static String key(String method, String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return method + " " + withoutQuery.replaceAll("\\{[^}]+}", "{}");
    }

    private Operations() {
    }
}
