package dev.mcplet.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.protocol.Reply;
import dev.mcplet.server.protocol.RequestFailures;
import java.nio.charset.StandardCharsets;

/**
 * Reports each request a server answered: one request-log line and, when metrics are on, one
 * Embedded Metric Format line. Made by {@link Monitoring#monitor(String)} for {@code McpServer},
 * which calls {@link #record} once per HTTP request; applications do not use it directly.
 *
 * <p>A request-log line, members in this order, absent ones left out:
 *
 * <pre>{@code
 * {"time":"2026-12-01T12:00:00.123Z","level":"INFO","event":"mcp.request",
 *  "requestId":"<Lambda request id>","apiRequestId":"<API Gateway request id>","server":"calculator",
 *  "revision":"2025-11-25","method":"tools/call","name":"add","outcome":"ok","status":200,
 *  "durationMs":0.412,"traceparent":"00-...-...-01","xrayTraceId":"1-...-..."}
 * }</pre>
 *
 * <p>{@code outcome} is one of {@code ok}, {@code accepted} (notifications, 202),
 * {@code tool_error} (a result with {@code isError: true}), {@code protocol_error} (a JSON-RPC
 * error; {@code errorCode} says which), {@code http_error} (refused before any message was read:
 * 403, 404, 405, 406, 413, 415) and {@code internal_error} (HTTP 500 or JSON-RPC -32603). The
 * level follows: {@code INFO} for the first two, {@code ERROR} for the last, {@code WARN} between.
 * {@code name} is the tool's or prompt's {@code name}, or the resource's {@code uri}, whatever the
 * method's params carry. {@code durationMs} is the time in the server, from the request to the
 * response, event parsing by the transport excluded.
 *
 * <p>When something failed while the request was answered, the line goes on with
 * {@code failure} (what failed), {@code errorReference} (the reference the client was given),
 * {@code exception} and {@code stackTrace} ({@link RequestFailures}); an unexpected exception
 * makes the line {@code ERROR}. A failure whose line is not written is printed as text instead.
 */
public final class RequestMonitor {

    /** Set by the Lambda Java runtime for each invocation, from the Lambda-Runtime-Trace-Id header. */
    private static final String XRAY_PROPERTY = "com.amazonaws.xray.traceHeader";
    private static final String XRAY_ENV = "_X_AMZN_TRACE_ID";
    private static final int INTERNAL_ERROR = -32603;
    private static final int METHOD_NOT_FOUND = -32601;
    /** An exception's message may be long (a query, a document): it is cut here. */
    private static final int MAX_EXCEPTION_CHARS = 2 * 1024;
    /** A stack trace is cut here; CloudWatch Logs takes events of up to 256 KB. */
    private static final int MAX_STACK_TRACE_CHARS = 32 * 1024;
    /** Payloads above this size are logged as their size only. */
    private static final int MAX_PAYLOAD_CHARS = 64 * 1024;

    private final String server;
    private final LogLevel threshold;
    private final LogSink sink;
    private final boolean payloads;
    private final TraceSource[] traceSources;
    private final EmfMetrics metrics;

    RequestMonitor(String server, LogLevel threshold, LogSink sink, boolean payloads, TraceSource[] traceSources,
            EmfMetrics metrics) {
        this.server = server;
        this.threshold = threshold;
        this.sink = sink;
        this.payloads = payloads;
        this.traceSources = traceSources;
        this.metrics = metrics;
    }

    /**
     * Reports one answered request. Never throws: a failure to log is reported on standard error
     * and the response goes out unchanged.
     *
     * @param startNanos {@code System.nanoTime()} when the request reached the server
     * @param failures what failed while the request was answered; its line carries it, or, when
     *        no line is written, it is printed as text. Cleared here.
     */
    public void record(HttpRequest request, HttpResponse response, long startNanos, RequestFailures failures) {
        long nanos = System.nanoTime() - startNanos;
        boolean failureLogged = false;
        try {
            long now = System.currentTimeMillis();
            Reply reply = response.reply();
            int status = response.status();
            int code = reply == null ? 0 : reply.errorCode();
            String outcome;
            LogLevel level;
            if (status >= 500 || code == INTERNAL_ERROR) {
                outcome = "internal_error";
                level = LogLevel.ERROR;
            } else if (reply == null) {
                outcome = status >= 400 ? "http_error" : "ok";
                level = status >= 400 ? LogLevel.WARN : LogLevel.INFO;
            } else if (code != 0) {
                outcome = "protocol_error";
                level = LogLevel.WARN;
            } else if (reply.kind() == Reply.Kind.ACCEPTED) {
                outcome = "accepted";
                level = LogLevel.INFO;
            } else if (reply.isToolError()) {
                outcome = "tool_error";
                level = LogLevel.WARN;
            } else {
                outcome = "ok";
                level = LogLevel.INFO;
            }
            if (failures.any() && level == LogLevel.INFO) {
                level = LogLevel.WARN; // e.g. a tool error the tool reported, whose cause is kept for the log
            }
            if (failures.severe()) {
                level = LogLevel.ERROR; // an unexpected exception: the application's bug, or the server's
            }
            String method = reply == null ? null : reply.method();
            JsonNode params = reply == null ? null : reply.params();
            String name = nameOf(params);
            // SnapStart priming's own requests are formatted (so the snapshot holds this code warm)
            // but not written: the log and the metrics report what clients asked.
            boolean priming = request.isPriming();
            if (sink != null && level.passes(threshold) && sink.enabled(level)) {
                String line = line(request, reply, now, level, method, name, outcome, code, status, nanos, params,
                        response, failures);
                if (!priming) {
                    sink.write(level, line);
                    failureLogged = true;
                }
            }
            if (metrics != null) {
                String metricMethod = reply == null ? "(http)" : method == null ? "(batch)"
                        : code == METHOD_NOT_FOUND ? "(other)" : clip(method, 100);
                // Only names the server knows are dimensions: an unknown tool is a protocol error,
                // and a client must not be able to create metrics by sending made-up names.
                boolean named = ("ok".equals(outcome) || "tool_error".equals(outcome))
                        && ("tools/call".equals(method) || "prompts/get".equals(method));
                String line = metrics.line(metricMethod, named ? name : null, outcome, nanos, now, request.invocationId());
                if (!priming) {
                    metrics.write(line);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("mcplet: could not report a request: " + e);
        } finally {
            if (!failureLogged) {
                failures.printUnlogged();
            }
            failures.clear();
        }
    }

    private String line(HttpRequest request, Reply reply, long now, LogLevel level, String method, String name,
            String outcome, int code, int status, long nanos, JsonNode params, HttpResponse response,
            RequestFailures failures) {
        JsonLine line = new JsonLine(320)
                .time("time", now)
                .string("level", level.name())
                .string("event", "mcp.request")
                .string("requestId", request.invocationId())
                .string("apiRequestId", request.gatewayRequestId())
                .string("server", server)
                .string("revision", reply == null ? null : reply.revision())
                .string("method", method == null ? null : clip(method, 100))
                .string("name", name)
                .string("outcome", outcome);
        if (code != 0) {
            line.number("errorCode", code);
        }
        line.number("status", status)
                .millis("durationMs", nanos)
                .string("traceparent", traceparent(request, params))
                .string("xrayTraceId", xrayTraceId());
        if (failures.any()) {
            line.string("failure", failures.message())
                    .string("errorReference", failures.reference())
                    .string("exception", clip(failures.exception(), MAX_EXCEPTION_CHARS))
                    .string("stackTrace", clip(failures.stackTrace(), MAX_STACK_TRACE_CHARS));
        }
        if (payloads) {
            if (params != null) {
                payload(line, "params", Json.toJson(params));
            }
            if (response.body().length > 0) {
                payload(line, "response", new String(response.body(), StandardCharsets.UTF_8));
            }
        }
        return line.end();
    }

    private static void payload(JsonLine line, String member, String json) {
        if (json.length() <= MAX_PAYLOAD_CHARS) {
            line.raw(member, json);
        } else {
            line.number(member + "Chars", json.length());
        }
    }

    /** What the request was about: {@code name} (tools, prompts), {@code uri} (resources), or the completion's {@code ref}. */
    static String nameOf(JsonNode params) {
        if (params == null || !params.isObject()) {
            return null;
        }
        JsonNode name = params.get("name");
        if (name == null || !name.isTextual()) {
            name = params.get("uri");
        }
        if (name == null || !name.isTextual()) {
            JsonNode ref = params.get("ref");
            if (ref != null && ref.isObject()) {
                name = ref.get("name");
                if (name == null || !name.isTextual()) {
                    name = ref.get("uri");
                }
            }
        }
        return name != null && name.isTextual() ? clip(name.textValue(), 200) : null;
    }

    private String traceparent(HttpRequest request, JsonNode params) {
        for (TraceSource source : traceSources) {
            String value = source.traceparent(request, params);
            if (value != null) {
                value = value.trim();
                if (isTraceparent(value)) {
                    return value.substring(0, 55);
                }
            }
        }
        return null;
    }

    /**
     * {@code version-traceid-parentid-flags}, lower-case hex, of version 00 or a later one (whose
     * value may go on after a dash; only the first 55 characters are kept).
     *
     * @see <a href="https://www.w3.org/TR/trace-context/#traceparent-header-field-values">W3C Trace Context: field values</a>
     */
    static boolean isTraceparent(String value) {
        int n = value.length();
        if (n < 55 || (n > 55 && (value.startsWith("00") || value.charAt(55) != '-')) || value.startsWith("ff")) {
            return false;
        }
        for (int i = 0; i < 55; i++) {
            char c = value.charAt(i);
            boolean dash = i == 2 || i == 35 || i == 52;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return !value.startsWith("00000000000000000000000000000000", 3) && !value.startsWith("0000000000000000", 36);
    }

    /** The X-Ray trace id ({@code Root=} of the trace header) of the current invocation, or null. */
    static String xrayTraceId() {
        String header = System.getProperty(XRAY_PROPERTY);
        if (header == null || header.isEmpty()) {
            header = System.getenv(XRAY_ENV);
        }
        return header == null ? null : xrayRoot(header);
    }

    static String xrayRoot(String header) {
        int at = header.indexOf("Root=");
        if (at < 0) {
            return null;
        }
        int from = at + 5;
        int to = from;
        while (to < header.length() && to - from < 64) {
            char c = header.charAt(to);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-')) {
                break;
            }
            to++;
        }
        return to > from ? header.substring(from, to) : null;
    }

    /** {@link Json#clip}, which keeps a surrogate pair whole, of text that may be absent. */
    private static String clip(String text, int max) {
        return text == null ? null : Json.clip(text, max);
    }
}
