package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.LogLevel;
import dev.mcplet.McpCaller;
import dev.mcplet.McpContext;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.mcplet.server.json.JsonWriter;

/**
 * The {@link McpContext} of one request ({@code tools/call}, {@code resources/read},
 * {@code prompts/get}, {@code completion/complete}). What a method sends through it is collected
 * here as JSON-RPC notifications and travels with the answer ({@link #answer}); the transport
 * writes them before the response when the client accepts {@code text/event-stream}, and drops
 * them otherwise. Nothing is kept after the request: the server is stateless.
 *
 * <p>The log level of a request (logging: "the server SHOULD only send logs at the specified
 * level and higher") cannot come from an earlier {@code logging/setLevel}, which a stateless
 * server does not remember; it is the request's {@code _meta["io.modelcontextprotocol/logLevel"]}
 * when present (the key the 2026-07-28 revision defines for exactly this), else the server's
 * default ({@code McpServer.builder().logLevel(...)}, {@code info} unless set).
 *
 * <p>Methods are synchronized: a method may report from threads it starts, as long as it does so
 * before it returns. Whatever is sent after the answer was built is ignored.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging">MCP: Logging</a>
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/progress">MCP: Progress</a>
 */
final class RequestContext implements McpContext {

    /** The {@code _meta} key of a request's log level (2026-07-28, {@code RequestMetaObject}). */
    /** A log threshold above every level: send no log messages. */
    static final int LOG_OFF = Integer.MAX_VALUE;

    private final JsonNode meta;
    private final ProtocolVersion version;
    private final JsonNode progressToken;
    /** The server's default level (a wire name such as {@code "info"}), or null for none. */
    private final String defaultLogLevel;
    /** The ordinal of the least severe level sent, worked out on first use; -1 until then. */
    private int logThreshold = -1;
    /** The verified caller, or null without authorization (then {@link #caller()} is anonymous). */
    private final McpCaller caller;
    /** When the answer is due ({@link System#nanoTime()} terms), or {@link McpProtocol#NO_DEADLINE}. */
    private final long deadlineNanos;
    private List<byte[]> notifications;
    private double lastProgress = Double.NEGATIVE_INFINITY;
    private boolean done;
    /** The request's multi round-trip state (2026-07-28 tools/call, resources/read, prompts/get); null when it cannot ask. */
    private InputRound round;

    /**
     * @param params the request's params, or null
     * @param version the revision the request is served under
     * @param defaultLogLevel the wire name of the least severe level sent when the request names
     *     none ({@code "info"}), or null to send none then
     * @param caller the verified caller, or null when the server has no authorization
     */
    RequestContext(JsonNode params, ProtocolVersion version, String defaultLogLevel, McpCaller caller) {
        this(params, version, defaultLogLevel, caller, McpProtocol.NO_DEADLINE);
    }

    /** @param deadlineNanos when the answer is due, or {@link McpProtocol#NO_DEADLINE} */
    RequestContext(JsonNode params, ProtocolVersion version, String defaultLogLevel, McpCaller caller,
            long deadlineNanos) {
        this.caller = caller;
        this.deadlineNanos = deadlineNanos;
        this.meta = params == null ? null : params.get("_meta");
        this.version = version;
        JsonNode token = meta == null ? null : meta.get("progressToken");
        // ProgressToken: a string or an integer (basic/utilities/progress); anything else is no token.
        this.progressToken = JsonRpc.isValidId(token) ? token : null;
        this.defaultLogLevel = defaultLogLevel;
    }

    /**
     * The ordinal of the least severe level this request gets: its {@code _meta}'s, else the
     * server's default. Worked out when a method first logs, so that a request that never does
     * (a calculator's) loads nothing of logging.
     */
    private synchronized int logThreshold() {
        if (logThreshold < 0) {
            JsonNode requested = meta == null ? null : meta.get(StatelessRequests.LOG_LEVEL);
            LogLevel level = requested != null && requested.isTextual() ? LogLevels.parse(requested.textValue()) : null;
            // 2026-07-28 changelog, Major changes 5: "servers MUST NOT emit notifications/message for
            // requests that did not include this field", so that revision has no server default.
            if (level == null && defaultLogLevel != null && !version.logLevelFromMeta()) {
                level = LogLevels.parse(defaultLogLevel);
            }
            logThreshold = level == null ? LOG_OFF : level.ordinal();
        }
        return logThreshold;
    }

    @Override
    public long remainingMillis() {
        return deadlineNanos == McpProtocol.NO_DEADLINE ? Long.MAX_VALUE
                : Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public McpCaller caller() {
        // Resolved here, not in the constructor, so that a call on a server without authorization
        // does not load McpCaller.
        return caller == null ? McpCaller.ANONYMOUS : caller;
    }

    /** Lets the method ask the client for input within this request (see {@link InputRound}). */
    void acceptInput(InputRound round) {
        this.round = round;
    }

    /**
     * The answer to the request, with whatever notifications the method sent before it; when the
     * method asked for input the request does not carry, the {@code InputRequiredResult} instead,
     * whatever the method did after asking.
     */
    synchronized Reply answer(byte[] response) {
        done = true;
        if (round != null && round.isMissingInput()) {
            return Reply.answer(round.inputRequired(System.currentTimeMillis()), notifications);
        }
        return Reply.answer(response, notifications);
    }

    @Override
    public String protocolVersion() {
        return version.id();
    }

    @Override
    public boolean progressRequested() {
        return progressToken != null;
    }

    @Override
    public synchronized void progress(double progress, Double total, String message) {
        if (progressToken == null || done) {
            return;
        }
        // basic/utilities/progress: "The progress value MUST increase with each notification". A
        // report that does not (or is not a finite number) is not sent: a cosmetic slip of the
        // method must not fail its call, nor break the client's progress bar.
        if (!Double.isFinite(progress) || (total != null && !Double.isFinite(total)) || progress <= lastProgress) {
            return;
        }
        lastProgress = progress;
        ByteArrayBuilder bytes = new ByteArrayBuilder(128);
        try (JsonWriter out = start(bytes, "notifications/progress")) {
            out.writeFieldName("progressToken");
            Json.write(out, progressToken);
            writeNumber(out, "progress", progress);
            if (total != null) {
                writeNumber(out, "total", total);
            }
            // ProgressNotification.params.message exists from 2025-03-26 on.
            if (message != null && version.hasProgressMessages()) {
                out.writeStringField("message", message);
            }
            end(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(bytes.toByteArray());
    }

    @Override
    public boolean isLoggable(LogLevel level) {
        return level.ordinal() >= logThreshold();
    }

    @Override
    public void log(LogLevel level, String message) {
        log(level, null, message);
    }

    @Override
    public synchronized void log(LogLevel level, String logger, String message) {
        if (done || !isLoggable(level)) {
            return;
        }
        ByteArrayBuilder bytes = new ByteArrayBuilder(128);
        try (JsonWriter out = start(bytes, "notifications/message")) {
            out.writeStringField("level", level.wireName());
            if (logger != null) {
                out.writeStringField("logger", logger);
            }
            out.writeStringField("data", String.valueOf(message));
            end(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(bytes.toByteArray());
    }

    @Override
    public Map<String, Object> meta() {
        return JsonValues.toMap(meta);
    }

    @Override
    public Elicitation elicit(String message, String requestedSchema) {
        return elicit("elicitation", message, requestedSchema);
    }

    @Override
    public String sample(String prompt, int maxTokens) {
        return sample("sampling", prompt, maxTokens);
    }

    @Override
    public boolean canElicit() {
        return round != null && round.can(Input.Kind.ELICITATION);
    }

    @Override
    public boolean canSample() {
        return round != null && round.can(Input.Kind.SAMPLING);
    }

    @Override
    public boolean canListRoots() {
        return round != null && round.can(Input.Kind.ROOTS);
    }

    @Override
    public synchronized Elicitation elicit(String key, String message, String requestedSchema) {
        if (round == null) {
            throw ClientRequests.unavailable(version, "ask the user for input (elicitation)");
        }
        ask(Input.elicitation(key, message, requestedSchema));
        return round.elicitation(key);
    }

    @Override
    public synchronized String sample(String key, String prompt, int maxTokens) {
        if (round == null) {
            throw ClientRequests.unavailable(version, "ask the client's model for a completion (sampling)");
        }
        ask(Input.sampling(key, prompt, maxTokens));
        return round.sampledText(key);
    }

    @Override
    public synchronized List<Root> roots(String key) {
        if (round == null) {
            throw ClientRequests.unavailable(version, "ask the client for its roots");
        }
        ask(Input.roots(key));
        return round.roots(key);
    }

    /**
     * Under 2026-07-28 (tools/call, resources/read, prompts/get) asks through the request's
     * {@link InputRound}; otherwise the client cannot be asked ({@link ClientRequests}).
     */
    @Override
    public synchronized void ask(Input... inputs) {
        if (round == null) {
            throw ClientRequests.unavailable(version, "ask the client for input");
        }
        round.ask(inputs);
    }

    private void add(byte[] notification) {
        if (notifications == null) {
            notifications = new ArrayList<>(4);
        }
        notifications.add(notification);
    }

    private static JsonWriter start(ByteArrayBuilder bytes, String method) throws IOException {
        JsonWriter out = Json.writer(bytes);
        out.writeStartObject();
        out.writeStringField("jsonrpc", "2.0");
        out.writeStringField("method", method);
        out.writeObjectFieldStart("params");
        return out;
    }

    private static void end(JsonWriter out) throws IOException {
        out.writeEndObject();
        out.writeEndObject();
    }

    /** A number, written as an integer when it is one ({@code 50}, not {@code 50.0}). */
    private static void writeNumber(JsonWriter out, String name, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.writeNumberField(name, (long) value);
        } else {
            out.writeNumberField(name, value);
        }
    }
}
