package dev.mcplet.server.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import dev.mcplet.server.json.JsonWriter;

/**
 * Priming through {@link McpLambdaHandler#handleRequest}: wraps each priming request in an API
 * Gateway event, as raw JSON bytes, and unwraps the status and body from the response bytes, so
 * that priming runs the same code as a real invocation (event parsing, the server, response
 * writing). Loaded only when the function initializes for SnapStart.
 */
final class PrimingEvents extends SnapStartPriming.Target {

    private final McpLambdaHandler handler;
    private final boolean httpApi;
    private final String path;
    private final String host;

    /**
     * @param httpApi HTTP API payload 2.0 events, rather than REST API proxy events
     * @param path the MCP endpoint path
     * @param host the Host header, or null for none
     */
    PrimingEvents(McpLambdaHandler handler, boolean httpApi, String path, String host) {
        super(httpApi ? "API Gateway HTTP API" : "API Gateway REST API");
        this.handler = handler;
        this.httpApi = httpApi;
        this.path = path;
        this.host = host;
    }

    @Override
    SnapStartPriming.Answer post(String body, String protocolVersion) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(event(body, protocolVersion)), response, null);
        JsonNode answer;
        try {
            answer = Json.parse(response.toByteArray());
        } catch (JsonReadException e) {
            throw new IOException("the handler's response is not JSON: " + e.getMessage());
        }
        JsonNode status = answer.get("statusCode");
        JsonNode text = answer.get("body");
        JsonNode base64 = answer.get("isBase64Encoded");
        return SnapStartPriming.answer(status == null ? 0 : status.asInt(),
                text == null || text.isNull() ? null : text.asText(), base64 != null && base64.asBoolean());
    }

    private byte[] event(String body, String protocolVersion) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + body.length());
        try (JsonWriter json = Json.writer(out)) {
            json.writeStartObject();
            if (httpApi) {
                json.writeStringField("version", "2.0");
                json.writeStringField("rawPath", path);
                json.writeStringField("rawQueryString", "");
            } else {
                json.writeStringField("resource", path);
                json.writeStringField("path", path);
                json.writeStringField("httpMethod", "POST");
            }
            json.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> header : SnapStartPriming.headers(protocolVersion, host).entrySet()) {
                json.writeStringField(header.getKey(), header.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("requestContext");
            json.writeStringField("stage", httpApi ? HttpEvents.DEFAULT_STAGE : "priming");
            if (httpApi) {
                json.writeObjectFieldStart("http");
                json.writeStringField("method", "POST");
                json.writeStringField("path", path);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeStringField("body", body);
            json.writeBooleanField("isBase64Encoded", false);
            json.writeEndObject();
        }
        return out.toByteArray();
    }
}
