package dev.mcplet.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.HttpRequest;

/**
 * Where a request's W3C {@code traceparent} is found. The request log tries its sources in
 * order and keeps the first well-formed value ({@code 00-<32 hex>-<16 hex>-<2 hex>}); anything
 * else is left out of the log, so a client cannot write arbitrary text into it.
 *
 * <p>The defaults, in this order: {@link #meta()}, the message's {@code params._meta.traceparent}
 * (the OpenTelemetry convention for MCP, SEP-414, which carries the context per message whatever
 * the transport), then {@link #header()}, the HTTP {@code traceparent} header. A revision that
 * adds its own place implements this interface and is put first.
 *
 * @see <a href="https://www.w3.org/TR/trace-context/#traceparent-header">W3C Trace Context: traceparent</a>
 * @see <a href="https://modelcontextprotocol.io/seps/414">SEP-414: trace context in _meta</a>
 */
public interface TraceSource {

    /**
     * The candidate value, or null when this source has none.
     *
     * @param request the HTTP request
     * @param params the params of the JSON-RPC request answered, or null (a batch, a refusal)
     */
    String traceparent(HttpRequest request, JsonNode params);

    /** {@code params._meta.traceparent} of the request message. */
    static TraceSource meta() {
        return StandardTraceSource.META;
    }

    /** The HTTP {@code traceparent} header. */
    static TraceSource header() {
        return StandardTraceSource.HEADER;
    }
}
