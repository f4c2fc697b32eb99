package dev.mcplet.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.HttpRequest;

/** The two places the W3C trace context travels today (see {@link TraceSource}). */
enum StandardTraceSource implements TraceSource {
    META,
    HEADER;

    @Override
    public String traceparent(HttpRequest request, JsonNode params) {
        if (this == HEADER) {
            return request.headers().first("traceparent");
        }
        if (params == null) {
            return null;
        }
        JsonNode meta = params.get("_meta");
        JsonNode value = meta == null ? null : meta.get("traceparent");
        return value == null ? null : value.textValue();
    }
}
