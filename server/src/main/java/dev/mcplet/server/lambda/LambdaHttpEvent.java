package dev.mcplet.server.lambda;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.mcplet.server.json.JsonWriter;

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
    private final String requestId;

    private LambdaHttpEvent(Shape shape, boolean multiValueHeaders, HttpRequest request, String requestId) {
        this.shape = shape;
        this.multiValueHeaders = multiValueHeaders;
        this.request = request;
        this.requestId = requestId;
    }

    /**
     * Reads an event: the bytes the Lambda runtime hands the handler.
     *
     * @throws UnsupportedEventException when it is not an HTTP event of a known shape
     */
    static LambdaHttpEvent read(byte[] json) {
        return read(json, false);
    }

    /**
     * Reads an event, and with {@code gateway} also what authorization needs of its
     * {@code requestContext}: the authorizer's output and the stage or base path the client's
     * URL has (skipped otherwise, to keep the common path as cheap as it was).
     *
     * @throws UnsupportedEventException when it is not an HTTP event of a known shape
     */
    static LambdaHttpEvent read(byte[] json, boolean gateway) {
        EnvelopeReader in = new EnvelopeReader(json, 0, json.length);
        int first = in.peek();
        if (first != '{') {
            throw new UnsupportedEventException(first == -1 ? "the event is empty"
                    : "the event is a JSON " + kind(first) + ", not an object");
        }
        EventFields event = new EventFields(json);
        event.gateway = gateway;
        event.read(in);
        in.expectEnd();
        return of(event);
    }

    /**
     * Reads the event in one pass over its bytes ({@link EnvelopeReader}): only the members an
     * adapter needs are decoded, and every other subtree ({@code requestContext.identity}, query
     * parameters, ...) is skipped by its brackets. Building a tree of the whole envelope was most
     * of the allocation of a warm {@code tools/call}, tokenizing the members it skipped half of
     * its time (measured with {@code benchmarks/run.sh profile} and {@code curves}), and reading
     * both header maps of a REST event two thirds of what was left (see {@link EventFields#headers()}).
     */
    private static LambdaHttpEvent of(EventFields event) {
        if (event.elb) {
            return new LambdaHttpEvent(Shape.ALB, event.hasMulti, event.withGateway(
                    new HttpRequest(event.required(event.httpMethod, "httpMethod"), event.required(event.path, "path"),
                            event.headers(), event.body()), ""), null);
        }
        if ("2.0".equals(event.version)) {
            if (event.contextMethod == null) {
                throw new UnsupportedEventException("a version 2.0 event has no requestContext.http.method");
            }
            String rawPath = event.required(event.rawPath, "rawPath");
            String path = HttpEvents.stripStage(rawPath, event.stage);
            Headers headers = event.headers();
            if (event.cookies != null && !event.cookies.isEmpty()) {
                HttpEvents.addCookies(headers, event.cookies);
            }
            return new LambdaHttpEvent(Shape.HTTP_API, false, event.withGateway(
                    new HttpRequest(event.contextMethod, path, headers, event.body()), prefix(rawPath, path)),
                    event.requestId);
        }
        if (event.httpMethod != null || event.hasHttpMethod) {
            String eventPath = event.required(event.path, "path");
            String path = eventPath;
            String clientPath = event.contextPath;
            if ("1.0".equals(event.version)) {
                // HTTP API payload 1.0 keeps a named stage in path; REST APIs never put it there (it
                // is only in requestContext.path), and a REST resource may be named like the stage.
                path = HttpEvents.stripStage(path, event.stage);
                clientPath = eventPath;
            }
            return new LambdaHttpEvent(Shape.REST, false, event.withGateway(
                    new HttpRequest(event.required(event.httpMethod, "httpMethod"), path, event.headers(), event.body()),
                    clientPath == null ? "" : prefix(clientPath, path)),
                    event.requestId);
        }
        throw new UnsupportedEventException("it has neither requestContext.elb, version \"2.0\" nor httpMethod"
                + " (its fields: " + event.fieldNames + ")");
    }

    /**
     * What the client's path has before the path the server sees ({@code /Prod} of
     * {@code /Prod/mcp}), or "" when the two do not line up.
     */
    static String prefix(String clientPath, String path) {
        if (clientPath.length() > path.length() && clientPath.endsWith(path) && clientPath.charAt(0) == '/') {
            return clientPath.substring(0, clientPath.length() - path.length());
        }
        return "";
    }

    private static String kind(int first) {
        switch (first) {
            case '[':
                return "array";
            case '"':
                return "string";
            case 't':
            case 'f':
                return "boolean";
            case 'n':
                return "null";
            default:
                if (first == '-' || (first >= '0' && first <= '9')) {
                    return "number";
                }
                throw new UnsupportedEventException("the event is not JSON (it starts with '"
                        + (first >= 0x20 && first < 0x7f ? String.valueOf((char) first) : "0x" + Integer.toHexString(first)) + "')");
        }
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

    /** API Gateway's {@code requestContext.requestId} (REST, HTTP API, function URLs), or null (ALB has none). */
    String requestId() {
        return requestId;
    }

    /** The members of an event that matter here, gathered in one pass in whatever order they come. */
    private static final class EventFields {

        private final byte[] source;
        String httpMethod;
        boolean hasHttpMethod;
        String path;
        String rawPath;
        String version;
        /** Where the {@code body} string lies in {@link #source} (decoded once {@code isBase64Encoded} is known); -1 if absent or null. */
        int bodyStart = -1;
        int bodyEnd;
        boolean base64;
        boolean elb;
        String stage;
        String contextMethod;
        String requestId;
        boolean hasMulti;
        final Headers multi = new Headers();
        /** Where the {@code headers} object lies in {@link #source}, read only when needed; -1 if absent. */
        int singleStart = -1;
        int singleEnd;
        List<String> cookies;
        /** Whether to read the authorizer's output and requestContext.path (authorization on). */
        boolean gateway;
        /** requestContext.authorizer as plain values; read only with {@link #gateway}. */
        Map<String, Object> authorizer;
        /** requestContext.path (REST: the client's path, with the stage); read only with {@link #gateway}. */
        String contextPath;
        /** The first few member names, to say what an unknown event looked like without its content. */
        final StringBuilder fieldNames = new StringBuilder("[");
        int fieldCount;

        EventFields(byte[] source) {
            this.source = source;
        }

        void read(EnvelopeReader in) {
            in.startObject();
            while (in.nextMember()) {
                String name = in.name();
                noteName(name);
                switch (name) {
                    case "httpMethod":
                        hasHttpMethod = true;
                        httpMethod = in.text();
                        break;
                    case "path":
                        path = in.text();
                        break;
                    case "rawPath":
                        rawPath = in.text();
                        break;
                    case "version":
                        version = in.text();
                        break;
                    case "body":
                        bodyStart = in.atString() ? in.position() : -1;
                        in.skipValue();
                        bodyEnd = in.position();
                        break;
                    case "isBase64Encoded":
                        base64 = in.isTrue();
                        break;
                    case "headers":
                        if (in.atObject()) {
                            singleStart = in.position();
                            in.skipValue();
                            singleEnd = in.position();
                        } else {
                            in.skipValue();
                        }
                        break;
                    case "multiValueHeaders":
                        readMultiHeaders(in);
                        break;
                    case "cookies":
                        readCookies(in);
                        break;
                    case "requestContext":
                        readContext(in);
                        break;
                    default:
                        in.skipValue();
                }
            }
            fieldNames.append(']');
        }

        private void noteName(String name) {
            if (fieldCount < 8) {
                if (fieldCount > 0) {
                    fieldNames.append(", ");
                }
                fieldNames.append(name.length() > 40 ? name.substring(0, 40) + "..." : name);
            } else if (fieldCount == 8) {
                fieldNames.append(", ...");
            }
            fieldCount++;
        }

        /**
         * requestContext: {@code elb} marks an ALB event; {@code stage} and {@code http.method}
         * matter for HTTP APIs; {@code requestId} goes to the request log.
         */
        private void readContext(EnvelopeReader in) {
            if (!in.atObject()) {
                in.skipValue();
                return;
            }
            in.startObject();
            while (in.nextMember()) {
                String name = in.name();
                if (name.equals("elb")) {
                    elb = true;
                    in.skipValue();
                } else if (name.equals("stage")) {
                    stage = in.text();
                } else if (name.equals("requestId")) {
                    requestId = in.text();
                } else if (gateway && name.equals("authorizer")) {
                    Object output = plain(in);
                    authorizer = output instanceof Map ? castMap(output) : null;
                } else if (gateway && name.equals("path")) {
                    contextPath = in.text();
                } else if (name.equals("http") && in.atObject()) {
                    in.startObject();
                    while (in.nextMember()) {
                        if (in.name().equals("method")) {
                            contextMethod = in.text();
                        } else {
                            in.skipValue();
                        }
                    }
                } else {
                    in.skipValue();
                }
            }
        }

        HttpRequest withGateway(HttpRequest request, String prefix) {
            return gateway ? request.withGateway(prefix, authorizer) : request;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> castMap(Object value) {
            return (Map<String, Object>) value;
        }

        /**
         * The next value (the authorizer's output, read only with authorization on) as plain Java
         * values, by Jackson over its byte range: its numbers need a number parser.
         */
        private Object plain(EnvelopeReader in) {
            in.peek();
            int start = in.position();
            in.skipValue();
            try (JsonParser parser = Json.trustedParser(source, start, in.position() - start)) {
                return plain(parser, parser.nextToken());
            } catch (IOException e) {
                throw new UnsupportedEventException("the event's requestContext.authorizer is not JSON ("
                        + Json.firstLine(e) + ")");
            }
        }

        /** A JSON value as plain Java values: Map, List, String, Long, Double, Boolean, null. */
        private static Object plain(JsonParser parser, JsonToken token) throws IOException {
            switch (token) {
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        map.put(name, plain(parser, parser.nextToken()));
                    }
                    return map;
                }
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    JsonToken item;
                    while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                        list.add(plain(parser, item));
                    }
                    return list;
                }
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                    return parser.getValueAsLong();
                case VALUE_NUMBER_FLOAT:
                    return parser.getValueAsDouble();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }

        private Headers readSingleHeaders() {
            Headers single = new Headers();
            EnvelopeReader in = new EnvelopeReader(source, singleStart, singleEnd);
            in.startObject();
            while (in.nextMember()) {
                String name = in.name();
                String text = in.text();
                if (text != null) {
                    single.add(name, text);
                }
            }
            return single;
        }

        private void readMultiHeaders(EnvelopeReader in) {
            if (!in.atObject()) {
                in.skipValue();
                return;
            }
            hasMulti = true;
            in.startObject();
            while (in.nextMember()) {
                String name = in.name();
                if (in.atArray()) {
                    in.startArray();
                    while (in.nextItem()) {
                        String text = in.text();
                        multi.add(name, text == null ? "null" : text);
                    }
                } else {
                    String text = in.text();
                    if (text != null) {
                        multi.add(name, text);
                    }
                }
            }
        }

        private void readCookies(EnvelopeReader in) {
            if (!in.atArray()) {
                in.skipValue();
                return;
            }
            cookies = new ArrayList<>(4);
            in.startArray();
            while (in.nextItem()) {
                String text = in.text();
                cookies.add(text == null ? "null" : text);
            }
        }

        /**
         * The request headers. {@code multiValueHeaders}, when the event has it, is complete: API
         * Gateway (REST, and HTTP API payload 1.0) sends every header there, with all its values,
         * and in {@code headers} the same names with only the last value; an ALB target group
         * with multi-value headers sends only that map. So {@code headers} is read only when
         * there is no {@code multiValueHeaders}: its members were skipped in the first pass and
         * are read from their byte range now.
         */
        Headers headers() {
            if (hasMulti) {
                return multi;
            }
            return singleStart < 0 ? new Headers() : readSingleHeaders();
        }

        byte[] body() {
            if (bodyStart < 0) {
                return HttpEvents.body(null, false);
            }
            EnvelopeReader in = new EnvelopeReader(source, bodyStart, bodyEnd);
            return base64 ? HttpEvents.body(in.text(), true) : in.stringBytes();
        }

        String required(String value, String field) {
            if (value == null) {
                throw new UnsupportedEventException("the event has no " + field);
            }
            return value;
        }

    }

    /**
     * Writes the response as this event's front door expects it, straight to the stream.
     */
    void writeResponse(HttpResponse response, OutputStream out) throws IOException {
        int status = response.status();
        try (JsonWriter json = Json.writer(out)) {
            // The runtime owns the stream; closing the writer leaves it open.
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
                json.writeUtf8String(body);
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
    private static void writeRestHeaders(JsonWriter json, Headers headers) throws IOException {
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
    private static void writeHttpApiHeaders(JsonWriter json, Headers headers) throws IOException {
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
    private static void writeMultiValueHeaders(JsonWriter json, Headers headers) throws IOException {
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
    private static void writeSingleValueHeaders(JsonWriter json, Headers headers) throws IOException {
        json.writeObjectFieldStart("headers");
        for (String name : headers.names()) {
            List<String> values = headers.all(name);
            String value = HttpEvents.isSetCookie(name) ? values.get(values.size() - 1)
                    : HttpEvents.joined(values, ",");
            json.writeStringField(name, value);
        }
        json.writeEndObject();
    }

    private static void writeArray(JsonWriter json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (int i = 0; i < values.size(); i++) {
            json.writeString(values.get(i));
        }
        json.writeEndArray();
    }
}
