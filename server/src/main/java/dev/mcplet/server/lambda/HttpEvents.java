package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules every Lambda HTTP event shape shares, in one place for the raw-bytes handler
 * ({@link LambdaHttpEvent}) and the typed handlers: body decoding, stage prefixes, cookies,
 * which response bodies go back as text, and ALB status lines.
 */
final class HttpEvents {

    /** The stage name API Gateway HTTP APIs use when no stage prefix appears in the URL. */
    static final String DEFAULT_STAGE = "$default";

    private static final byte[] EMPTY = new byte[0];

    private HttpEvents() {
    }

    /**
     * The body bytes of an event: API Gateway, Function URLs and ALB send binary (and, with
     * {@code BinaryMediaTypes} such as {@code *}{@code /*}, every) body base64-encoded with
     * {@code isBase64Encoded: true}; text bodies arrive as the string itself.
     *
     * @throws UnsupportedEventException when a body marked base64 is not base64
     */
    static byte[] body(String body, boolean base64) {
        if (body == null || body.isEmpty()) {
            return EMPTY;
        }
        if (!base64) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            // The basic decoder (RFC 4648 section 4), which also accepts missing padding.
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEventException("the event's body is marked isBase64Encoded but is not base64: "
                    + e.getMessage());
        }
    }

    /**
     * The path without the stage prefix. HTTP APIs (payload 2.0 {@code rawPath}, and payload 1.0
     * {@code path}) keep the stage in the path when the stage is not {@code $default}:
     * {@code /prod/mcp} on stage {@code prod} is {@code /mcp}. REST APIs give {@code path} without
     * the stage already (it is only in {@code requestContext.path}), so they do not call this.
     */
    static String stripStage(String path, String stage) {
        if (stage == null || stage.isEmpty() || stage.equals(DEFAULT_STAGE) || path.length() <= stage.length()
                || path.charAt(0) != '/' || !path.startsWith(stage, 1)) {
            return path;
        }
        int end = stage.length() + 1;
        if (path.length() == end) {
            return "/";
        }
        return path.charAt(end) == '/' ? path.substring(end) : path;
    }

    /**
     * The headers of a typed event, names case-insensitively: {@code multiValueHeaders} first
     * (complete: REST APIs put only the last of repeated values in {@code headers}), then any
     * name only in {@code headers}. Either map may be null.
     */
    static Headers headers(Map<String, List<String>> multi, Map<String, String> single) {
        Headers headers = new Headers();
        if (multi != null) {
            for (Map.Entry<String, List<String>> entry : multi.entrySet()) {
                List<String> values = entry.getValue();
                if (entry.getKey() != null && values != null) {
                    for (int i = 0; i < values.size(); i++) {
                        headers.add(entry.getKey(), values.get(i));
                    }
                }
            }
        }
        if (single != null) {
            for (Map.Entry<String, String> entry : single.entrySet()) {
                if (entry.getKey() != null && entry.getValue() != null && !headers.contains(entry.getKey())) {
                    headers.add(entry.getKey(), entry.getValue());
                }
            }
        }
        return headers;
    }

    /**
     * The names with one value, and that value; with {@code joinRepeated}, names with several
     * values too, joined with commas (RFC 9110 section 5.3). Set-Cookie is left out when
     * {@code withoutSetCookie}.
     */
    static Map<String, String> singleValues(Headers headers, boolean joinRepeated, boolean withoutSetCookie) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : headers.names()) {
            List<String> values = headers.all(name);
            if (withoutSetCookie && isSetCookie(name)) {
                continue;
            }
            if (values.size() == 1) {
                out.put(name, values.get(0));
            } else if (joinRepeated) {
                out.put(name, isSetCookie(name) ? values.get(values.size() - 1) : joined(values, ","));
            }
        }
        return out;
    }

    /** The names with more than one value (or every name, with {@code all}), or null when there is none. */
    static Map<String, List<String>> multiValues(Headers headers, boolean all) {
        Map<String, List<String>> out = null;
        for (String name : headers.names()) {
            List<String> values = headers.all(name);
            if (all || values.size() > 1) {
                if (out == null) {
                    out = new LinkedHashMap<>();
                }
                out.put(name, new ArrayList<>(values));
            }
        }
        return out;
    }

    /**
     * A response body as the event's {@code body} string: the text itself, or base64 (with
     * {@code isBase64Encoded: true}) when it is not text (see {@link #isText}).
     */
    static String bodyString(byte[] body, boolean text) {
        return text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body);
    }

    /**
     * Puts back the {@code Cookie} header that HTTP API payload 2.0 and Function URLs move into
     * the {@code cookies} array (RFC 6265 section 5.4: pairs joined with "; ").
     */
    static void addCookies(Headers headers, List<String> cookies) {
        if (cookies == null || cookies.isEmpty() || headers.contains("cookie")) {
            return;
        }
        headers.add("cookie", joined(cookies, "; "));
    }

    /** The values joined with a separator. */
    static String joined(List<String> values, String separator) {
        if (values.size() == 1) {
            return values.get(0);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(values.get(i));
        }
        return out.toString();
    }

    /**
     * Whether a response body goes back as a string ({@code isBase64Encoded: false}) rather than
     * base64: empty bodies and text media types (JSON, XML, JavaScript, forms and {@code text/*}).
     * Everything else is sent base64-encoded so that no byte is lost on the way through API
     * Gateway or ALB, and so is text declared in a charset other than UTF-8 (or US-ASCII): the
     * string form is written as UTF-8 (for JSON, RFC 8259 section 8.1 requires it anyway).
     */
    static boolean isText(String contentType, int length) {
        if (length == 0) {
            return true;
        }
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            int charset = type.indexOf("charset=", semicolon);
            if (charset >= 0 && !isUtf8(type, charset + 8)) {
                // Text in another encoding: passed on byte for byte, base64-encoded.
                return false;
            }
            type = type.substring(0, semicolon);
        }
        type = type.trim();
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded");
    }

    private static boolean isUtf8(String type, int at) {
        int start = at < type.length() && type.charAt(at) == '"' ? at + 1 : at;
        return type.startsWith("utf-8", start) || type.startsWith("us-ascii", start);
    }

    /** The header whose values HTTP APIs and Function URLs want in {@code cookies}, not in {@code headers}. */
    static boolean isSetCookie(String lowerCaseName) {
        return lowerCaseName.equals("set-cookie");
    }

    /**
     * An ALB {@code statusDescription}: the status code, a space and the reason phrase
     * (RFC 9110 section 15), e.g. {@code 200 OK}.
     */
    static String statusDescription(int status) {
        return status + " " + reason(status);
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 304: return "Not Modified";
            case 307: return "Temporary Redirect";
            case 308: return "Permanent Redirect";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 406: return "Not Acceptable";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 413: return "Content Too Large";
            case 415: return "Unsupported Media Type";
            case 422: return "Unprocessable Content";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return status < 300 ? "Success" : status < 400 ? "Redirection" : status < 500 ? "Client Error"
                    : "Server Error";
        }
    }

    /**
     * The request with a deadline {@code marginMillis} before the invocation's end, so that a
     * slow tool is answered before Lambda (or API Gateway, at 29 s) cuts the invocation off.
     * Without a context (priming, tests) or a known remaining time, the request is unchanged.
     */
    static HttpRequest withLambdaDeadline(HttpRequest request, Context context, long marginMillis) {
        if (context == null) {
            return request;
        }
        long remaining = context.getRemainingTimeInMillis();
        if (remaining <= 0) {
            return request;
        }
        return request.withDeadline(System.nanoTime() + Math.max(0, remaining - marginMillis) * 1_000_000);
    }

    /**
     * The request with the invocation's Lambda request id and the front door's request id, for the
     * request log; marked as priming when the handler's own SnapStart priming sent it (priming
     * passes no context: it runs outside any invocation).
     *
     * @param priming the handler's priming, or null when it does not initialize for SnapStart
     */
    static HttpRequest withIds(HttpRequest request, Context context, String gatewayRequestId, SnapStartPriming priming) {
        HttpRequest identified = request.withIds(context == null ? null : context.getAwsRequestId(), gatewayRequestId);
        return context == null && priming != null && priming.running() ? identified.asPriming() : identified;
    }

    /** The server's {@code lambdaDeadlineMargin}, or the default for another endpoint (tests). */
    static long deadlineMarginMillis(HttpEndpoint endpoint) {
        return endpoint instanceof McpServer ? ((McpServer) endpoint).lambdaDeadlineMarginMillis()
                : McpServer.Builder.DEFAULT_LAMBDA_DEADLINE_MARGIN_MILLIS;
    }
}
