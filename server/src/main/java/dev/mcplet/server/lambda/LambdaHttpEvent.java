package dev.mcplet.server.lambda;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Lambda HTTP event read from its raw JSON: which front door sent it, the transport-neutral
 * request it carries, and how to write the response back in that front door's shape. Only event
 * shapes are handled here; what the request means is the {@code HttpEndpoint}'s business.
 *
 * <p>Which front door: {@code requestContext.elb} means ALB; {@code version} "2.0" means HTTP
 * API payload 2.0 or a Function URL (the same shape); otherwise {@code httpMethod} means a REST
 * API proxy event or HTTP API payload 1.0 (the same shape, with {@code version} "1.0").
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format">API Gateway REST: proxy input and output formats</a>
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">API Gateway HTTP API: payload formats 1.0 and 2.0</a>
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html">Lambda function URLs: request and response payloads</a>
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html">ALB: Lambda functions as targets</a>
 */
final class LambdaHttpEvent {

    /** The response shapes, one per family of front doors. */
    enum Shape {
        /** API Gateway REST proxy integration, and HTTP API payload 1.0: headers plus multiValueHeaders. */
        REST,
        /** API Gateway HTTP API payload 2.0 and Lambda function URLs: comma-joined headers, cookies apart. */
        HTTP_API,
        /** Application Load Balancer: statusDescription, and headers or multiValueHeaders as the target group says. */
        ALB
    }

    private final Shape shape;
    private final boolean multiValueHeaders;
    private final HttpRequest request;

    private LambdaHttpEvent(Shape shape, boolean multiValueHeaders, HttpRequest request) {
        this.shape = shape;
        this.multiValueHeaders = multiValueHeaders;
        this.request = request;
    }

    /**
     * Reads an event.
     *
     * @throws UnsupportedEventException when it is not an HTTP event of a known shape
     */
    static LambdaHttpEvent read(byte[] json) {
        JsonNode event;
        try {
            event = Json.parseTrusted(json);
        } catch (JsonReadException e) {
            throw new UnsupportedEventException("the event is not JSON (" + e.getMessage() + ")");
        }
        if (!event.isObject()) {
            throw new UnsupportedEventException("the event is a JSON "
                    + event.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
        }
        JsonNode context = event.get("requestContext");
        if (context != null && context.isObject() && context.has("elb")) {
            return alb(event);
        }
        if ("2.0".equals(text(event, "version"))) {
            return httpApi(event, context);
        }
        if (event.has("httpMethod")) {
            return rest(event, context);
        }
        throw new UnsupportedEventException("it has neither requestContext.elb, version \"2.0\" nor httpMethod"
                + " (its fields: " + fieldNames(event) + ")");
    }

    /** Which front door sent the event. */
    Shape shape() {
        return shape;
    }

    /** Whether the event carried multiValueHeaders (ALB answers in kind). */
    boolean multiValueHeaders() {
        return multiValueHeaders;
    }

    /** The HTTP request the event carries. */
    HttpRequest request() {
        return request;
    }

    private static LambdaHttpEvent rest(JsonNode event, JsonNode context) {
        String path = required(event, "path");
        if ("1.0".equals(text(event, "version"))) {
            // HTTP API payload 1.0 keeps a named stage in path; REST APIs never put it there (it is
            // only in requestContext.path), and a REST resource may be named like the stage.
            path = HttpEvents.stripStage(path, text(context, "stage"));
        }
        Headers headers = new Headers();
        addHeaders(headers, event);
        return new LambdaHttpEvent(Shape.REST, false,
                new HttpRequest(required(event, "httpMethod"), path, headers, body(event)));
    }

    private static LambdaHttpEvent httpApi(JsonNode event, JsonNode context) {
        JsonNode http = context == null ? null : context.get("http");
        String method = text(http, "method");
        if (method == null) {
            throw new UnsupportedEventException("a version 2.0 event has no requestContext.http.method");
        }
        String path = HttpEvents.stripStage(required(event, "rawPath"), text(context, "stage"));
        Headers headers = new Headers();
        addHeaders(headers, event);
        JsonNode cookies = event.get("cookies");
        if (cookies != null && cookies.isArray() && cookies.size() > 0) {
            List<String> values = new ArrayList<>(cookies.size());
            for (int i = 0; i < cookies.size(); i++) {
                values.add(cookies.get(i).asText());
            }
            HttpEvents.addCookies(headers, values);
        }
        return new LambdaHttpEvent(Shape.HTTP_API, false, new HttpRequest(method, path, headers, body(event)));
    }

    private static LambdaHttpEvent alb(JsonNode event) {
        Headers headers = new Headers();
        boolean multi = addHeaders(headers, event);
        return new LambdaHttpEvent(Shape.ALB, multi,
                new HttpRequest(required(event, "httpMethod"), required(event, "path"), headers, body(event)));
    }

    /**
     * Adds the event's headers, names case-insensitively: multiValueHeaders first (complete: REST
     * APIs put only the last of repeated values in headers), then any name only in headers.
     * Returns whether the event had multiValueHeaders.
     */
    private static boolean addHeaders(Headers headers, JsonNode event) {
        JsonNode multi = event.get("multiValueHeaders");
        boolean hasMulti = multi != null && multi.isObject();
        if (hasMulti) {
            for (Map.Entry<String, JsonNode> field : multi.properties()) {
                JsonNode values = field.getValue();
                if (values.isArray()) {
                    for (int i = 0; i < values.size(); i++) {
                        headers.add(field.getKey(), values.get(i).asText());
                    }
                } else if (!values.isNull()) {
                    headers.add(field.getKey(), values.asText());
                }
            }
        }
        JsonNode single = event.get("headers");
        if (single != null && single.isObject()) {
            for (Map.Entry<String, JsonNode> field : single.properties()) {
                if (!field.getValue().isNull() && (!hasMulti || !headers.contains(field.getKey()))) {
                    headers.add(field.getKey(), field.getValue().asText());
                }
            }
        }
        return hasMulti;
    }

    private static byte[] body(JsonNode event) {
        JsonNode base64 = event.get("isBase64Encoded");
        return HttpEvents.body(text(event, "body"), base64 != null && base64.asBoolean());
    }

    /**
     * Writes the response as this event's front door expects it, straight to the stream.
     */
    void writeResponse(HttpResponse response, OutputStream out) throws IOException {
        int status = response.status();
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            // The runtime owns the stream; it is not ours to close.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("statusCode", status);
            if (shape == Shape.ALB) {
                json.writeStringField("statusDescription", HttpEvents.statusDescription(status));
            }
            Headers headers = response.headers();
            if (shape == Shape.REST) {
                writeRestHeaders(json, headers);
            } else if (shape == Shape.HTTP_API) {
                writeHttpApiHeaders(json, headers);
            } else if (multiValueHeaders) {
                writeMultiValueHeaders(json, headers);
            } else {
                writeSingleValueHeaders(json, headers);
            }
            byte[] body = response.body();
            json.writeFieldName("body");
            if (HttpEvents.isText(headers.first("content-type"), body.length)) {
                // Already UTF-8: escaped as needed and copied, without decoding to a String first.
                json.writeUTF8String(body, 0, body.length);
                json.writeBooleanField("isBase64Encoded", false);
            } else {
                json.writeBinary(body);
                json.writeBooleanField("isBase64Encoded", true);
            }
            json.writeEndObject();
        }
    }

    /**
     * REST API and HTTP API 1.0: single values in headers, repeated names (Set-Cookie) in
     * multiValueHeaders; API Gateway merges the two, so each name goes in exactly one.
     */
    private static void writeRestHeaders(JsonGenerator json, Headers headers) throws IOException {
        json.writeObjectFieldStart("headers");
        boolean repeated = false;
        for (String name : headers.names()) {
            List<String> values = headers.all(name);
            if (values.size() == 1) {
                json.writeStringField(name, values.get(0));
            } else {
                repeated = true;
            }
        }
        json.writeEndObject();
        if (repeated) {
            json.writeObjectFieldStart("multiValueHeaders");
            for (String name : headers.names()) {
                List<String> values = headers.all(name);
                if (values.size() > 1) {
                    writeArray(json, name, values);
                }
            }
            json.writeEndObject();
        }
    }

    /**
     * HTTP API 2.0 and function URLs: no multiValueHeaders in this format; repeated values are
     * joined with commas, and Set-Cookie values go in cookies.
     */
    private static void writeHttpApiHeaders(JsonGenerator json, Headers headers) throws IOException {
        json.writeObjectFieldStart("headers");
        List<String> cookies = null;
        for (String name : headers.names()) {
            if (HttpEvents.isSetCookie(name)) {
                cookies = headers.all(name);
            } else {
                json.writeStringField(name, HttpEvents.joined(headers.all(name), ","));
            }
        }
        json.writeEndObject();
        if (cookies != null) {
            writeArray(json, "cookies", cookies);
        }
    }

    /** ALB with multi-value headers on: every header in multiValueHeaders, none in headers. */
    private static void writeMultiValueHeaders(JsonGenerator json, Headers headers) throws IOException {
        json.writeObjectFieldStart("multiValueHeaders");
        for (String name : headers.names()) {
            writeArray(json, name, headers.all(name));
        }
        json.writeEndObject();
    }

    /**
     * ALB with multi-value headers off: one value per name. Repeated values are joined with
     * commas (RFC 9110 section 5.3), except Set-Cookie, which cannot be joined (RFC 6265
     * section 3) and keeps its last value, as the load balancer itself does with requests.
     */
    private static void writeSingleValueHeaders(JsonGenerator json, Headers headers) throws IOException {
        json.writeObjectFieldStart("headers");
        for (String name : headers.names()) {
            List<String> values = headers.all(name);
            String value = HttpEvents.isSetCookie(name) ? values.get(values.size() - 1)
                    : HttpEvents.joined(values, ",");
            json.writeStringField(name, value);
        }
        json.writeEndObject();
    }

    private static void writeArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (int i = 0; i < values.size(); i++) {
            json.writeString(values.get(i));
        }
        json.writeEndArray();
    }

    private static String text(JsonNode object, String field) {
        if (object == null) {
            return null;
        }
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode event, String field) {
        String value = text(event, field);
        if (value == null) {
            throw new UnsupportedEventException("the event has no " + field);
        }
        return value;
    }

    /** The first few field names, to say what the event looked like without logging its content. */
    private static String fieldNames(JsonNode event) {
        StringBuilder names = new StringBuilder("[");
        Iterator<String> it = event.fieldNames();
        int shown = 0;
        while (it.hasNext()) {
            String name = it.next();
            if (shown == 8) {
                names.append(", ...");
                break;
            }
            if (shown > 0) {
                names.append(", ");
            }
            names.append(name.length() > 40 ? name.substring(0, 40) + "..." : name);
            shown++;
        }
        return names.append(']').toString();
    }
}
