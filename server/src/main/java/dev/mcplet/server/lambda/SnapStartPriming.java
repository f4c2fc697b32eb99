package dev.mcplet.server.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: just before Lambda snapshots the initialized function, pushes a few
 * synthetic MCP requests through the whole handler path (event bytes in, response bytes out),
 * so that the classes of the request path are loaded and initialized in the snapshot instead of
 * on the first real request after each restore.
 *
 * <p>The requests, per event shape: {@code initialize}, {@code notifications/initialized},
 * {@code tools/list}, and a {@code tools/call} of the first listed tool whose only argument is
 * {@value #MARKER_ARGUMENT}. The generated dispatchers reject unexpected arguments before they
 * call the tool's method, so no user code runs and nothing has side effects; the answer is an
 * {@code isError} result. With no tools, {@code tools/call} is skipped. Priming never fails the
 * snapshot: it reports one line on standard error (CloudWatch), saying how each request was
 * answered.
 *
 * <p>Registered only when the function initializes for SnapStart
 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}): that is the only time the Lambda runtime
 * runs checkpoint hooks, and an on-demand cold start then does not load {@code org.crac}.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-java.html">Lambda SnapStart runtime hooks for Java</a>
 * @see <a href="https://aws.amazon.com/blogs/compute/reducing-java-cold-starts-on-aws-lambda-functions-with-snapstart/">Priming with SnapStart</a>
 */
final class SnapStartPriming implements Resource {

    /** The value of {@code AWS_LAMBDA_INITIALIZATION_TYPE} when Lambda initializes for a snapshot. */
    static final String SNAP_START = "snap-start";
    /** The environment variable that names the initialization type. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    /** The one argument of the priming {@code tools/call}: unknown to every tool, so rejected before user code. */
    static final String MARKER_ARGUMENT = "__mcplet_priming__";
    /** What the priming line on standard error starts with. */
    static final String REPORT_PREFIX = "mcplet: SnapStart priming";

    private static final String PROTOCOL_VERSION = "2025-11-25";

    /** A way into a handler: one front door's event shape, through the handler's public entry point. */
    abstract static class Target {

        private final String name;

        /** @param name the event shape, as the report names it ({@code API Gateway REST}) */
        Target(String name) {
            this.name = name;
        }

        /**
         * Sends one POST with a JSON-RPC body through the handler, wrapped in this target's event
         * shape, and returns the status and the body text.
         *
         * @param protocolVersion the {@code MCP-Protocol-Version} header, or null for none
         */
        abstract Answer post(String body, String protocolVersion) throws IOException;
    }

    /** An HTTP status and body text, unwrapped from the handler's response. */
    static final class Answer {
        final int status;
        final String body;

        Answer(int status, String body) {
            this.status = status;
            this.body = body;
        }
    }

    private final Target[] targets;
    /** True while {@link #prime()} runs: its requests are marked as priming (see {@code HttpEvents.withIds}). */
    private volatile boolean running;

    SnapStartPriming(Target... targets) {
        this.targets = targets;
    }

    /**
     * Registers with the global CRaC context. The context holds resources weakly: the handler
     * keeps this object in a field for as long as it lives.
     */
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        String report = prime();
        PrintStream err = System.err;
        err.println(report);
        err.flush();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the handler holds no connections, clocks or random state.
    }

    /** Whether priming requests are being sent now. */
    boolean running() {
        return running;
    }

    /**
     * Runs every target's requests and returns the report line; never throws. The requests are
     * marked as priming, so they stay out of the request log and the metrics.
     */
    String prime() {
        running = true;
        try {
            return primeAll();
        } finally {
            running = false;
        }
    }

    private String primeAll() {
        long start = System.nanoTime();
        StringBuilder report = new StringBuilder(REPORT_PREFIX);
        for (int i = 0; i < targets.length; i++) {
            report.append(i == 0 ? ": " : "; ");
            report.append(targets[i].name).append(" events: ");
            try {
                prime(targets[i], report);
            } catch (IOException | RuntimeException e) {
                if (report.charAt(report.length() - 1) != ' ') {
                    report.append(", ");
                }
                report.append("failed: ").append(e);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return report.append(" (").append(millis).append(" ms)").toString();
    }

    private static void prime(Target target, StringBuilder report) throws IOException {
        ObjectNode clientInfo = Json.NODES.objectNode().put("name", "mcplet-snapstart-priming").put("version", "1");
        ObjectNode initializeParams = Json.NODES.objectNode().put("protocolVersion", PROTOCOL_VERSION);
        initializeParams.set("capabilities", Json.NODES.objectNode());
        initializeParams.set("clientInfo", clientInfo);
        Answer initialized = target.post(request(1, "initialize", initializeParams), null);
        report.append("initialize ").append(initialized.status);
        String version = PROTOCOL_VERSION;
        JsonNode negotiated = result(initialized).get("protocolVersion");
        if (negotiated != null && negotiated.isTextual()) {
            version = negotiated.textValue();
        }

        Answer notified = target.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", version);
        report.append(", notifications/initialized ").append(notified.status);

        Answer listed = target.post(request(2, "tools/list", null), version);
        report.append(", tools/list ").append(listed.status);
        JsonNode tools = result(listed).get("tools");
        JsonNode first = tools != null && tools.isArray() && tools.size() > 0 ? tools.get(0).get("name") : null;
        if (first == null || !first.isTextual()) {
            report.append(", no tool to call");
            return;
        }
        ObjectNode callParams = Json.NODES.objectNode().put("name", first.textValue());
        callParams.set("arguments", Json.NODES.objectNode().put(MARKER_ARGUMENT, true));
        Answer called = target.post(request(3, "tools/call", callParams), version);
        report.append(", tools/call '").append(first.textValue()).append("' ").append(called.status);
        JsonNode isError = result(called).get("isError");
        if (isError != null && isError.asBoolean()) {
            report.append(" (isError, as intended)");
        }
    }

    /** The headers of a priming request, for targets that build typed events. */
    static Map<String, String> headers(String protocolVersion, String host) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("accept", "application/json, text/event-stream");
        if (protocolVersion != null) {
            headers.put("mcp-protocol-version", protocolVersion);
        }
        if (host != null) {
            headers.put("host", host);
        }
        return headers;
    }

    /** An answer from a typed response's fields. */
    static Answer answer(int status, String body, boolean base64) {
        String text = body == null ? "" : body;
        if (base64) {
            text = new String(HttpEvents.body(text, true), StandardCharsets.UTF_8);
        }
        return new Answer(status, text);
    }

    private static String request(int id, String method, ObjectNode params) {
        ObjectNode request = Json.NODES.objectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            request.set("params", params);
        }
        return Json.toJson(request);
    }

    /** The JSON-RPC result of an answer, or an empty object when there is none. */
    private static JsonNode result(Answer answer) {
        if (answer.body == null || answer.body.isEmpty()) {
            return Json.NODES.objectNode();
        }
        try {
            JsonNode result = Json.parse(answer.body).get("result");
            return result == null ? Json.NODES.objectNode() : result;
        } catch (JsonReadException e) {
            return Json.NODES.objectNode();
        }
    }
}
