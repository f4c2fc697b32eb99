package dev.mcplet.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP answer as a test sees it, whichever way it came (in process or through a Lambda event). */
final class HttpAnswer {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    HttpAnswer(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body;
    }

    int status() {
        return status;
    }

    /** The first value of a header (names are case-insensitive), or null. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> headers(String name) {
        return List.copyOf(headers.getOrDefault(name, List.of()));
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + headers + (body.length == 0 ? " (no body)" : "\n" + bodyText());
    }
}
