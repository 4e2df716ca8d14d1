package cn.pingxuan.authz;

import cn.pingxuan.support.ApiClient;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations (method + path) of the OpenAPI document the build generated, as the running server serves it. */
final class OpenApiOperations {

    static final String DOCUMENT = "/swagger/pingxuan-openapi.yml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    record Operation(String method, String path) {

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Operation> all(ApiClient anyone) {
        ApiClient.Response response = anyone.get(DOCUMENT);
        if (response.status() != 200) {
            throw new AssertionError("the OpenAPI document is not served: " + response.status());
        }
        Map<String, Object> document = new Yaml(new LoaderOptions()).load(response.body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream().filter(METHODS::contains)
                .forEach(method -> operations.add(new Operation(method.toUpperCase(), path))));
        if (operations.size() < 100) {
            throw new AssertionError("suspiciously few operations in the OpenAPI document: " + operations.size());
        }
        return operations;
    }

    private OpenApiOperations() {
    }
}
