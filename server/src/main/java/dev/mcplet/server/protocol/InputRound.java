package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.InputUnavailableException;
import dev.mcplet.McpContext;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.json.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.mcplet.server.json.JsonWriter;

/**
 * One round of a multi round-trip request (MCP 2026-07-28, basic/patterns/mrtr) of
 * {@code tools/call}, {@code prompts/get} or {@code resources/read}: the answers the request
 * carries ({@code inputResponses}, and those of earlier rounds inside its sealed
 * {@code requestState}), and what the method asks for that is not among them. When it asks for
 * anything missing, the request is answered with an {@code InputRequiredResult} that asks for all
 * of it and carries, sealed, every answer the method has read so far; the retry runs the method
 * again from the start. Nothing is kept on the server between rounds.
 *
 * <p>Checked before any application code runs ({@link #open}): {@code inputResponses} must be an
 * object of objects, and a {@code requestState} must open with this server's keys for this very
 * request (method, name, arguments) and not have expired; otherwise -32602.
 */
final class InputRound {

    private static final String ELICITATION = "elicitation";
    private static final String SAMPLING = "sampling";
    private static final String ROOTS = "roots";

    private final JsonNode id;
    private final JsonNode capabilities;
    private final ObjectNode responses;
    private final ObjectNode carried;
    private final String method;
    private final JsonNode params;
    /** What a state is bound to, worked out when a state is opened or sealed. */
    private byte[] binding;
    private final StatelessRequests boundary;
    private final long ttlMillis;
    /** Every answer the method read this round, to carry into the next one. */
    private final ObjectNode read = Json.NODES.objectNode();
    /** What the method asked for and the request does not carry, by key, in the order asked. */
    private Map<String, ObjectNode> missing;

    private InputRound(JsonNode id, JsonNode capabilities, ObjectNode responses, ObjectNode carried, String method,
            JsonNode params, byte[] binding, StatelessRequests boundary, long ttlMillis) {
        this.id = id;
        this.capabilities = capabilities;
        this.responses = responses;
        this.carried = carried;
        this.method = method;
        this.params = params;
        this.binding = binding;
        this.boundary = boundary;
        this.ttlMillis = ttlMillis;
    }

    /** A request refused before its method runs; {@link #error} is the JSON-RPC error. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        final transient byte[] error;

        Refused(byte[] error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /**
     * The round of one request, checked.
     *
     * @param method {@code tools/call}, {@code prompts/get} or {@code resources/read}
     * @param params the request's params (an object)
     * @throws Refused when {@code inputResponses} or {@code requestState} is not acceptable
     */
    static InputRound open(JsonNode id, String method, JsonNode params, StatelessRequests boundary, long ttlMillis,
            long now) throws Refused {
        JsonNode meta = params.path("_meta");
        JsonNode capabilities = meta.path(StatelessRequests.CLIENT_CAPABILITIES);
        ObjectNode responses = null;
        if (params.has("inputResponses")) {
            JsonNode given = params.get("inputResponses");
            if (!given.isObject()) {
                throw invalid(id, "inputResponses must be an object of answers by the keys of inputRequests");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().isObject()) {
                    throw invalid(id, "inputResponses." + JsonRpc.clip(entry.getKey()) + " must be an object"
                            + " (an ElicitResult, CreateMessageResult or ListRootsResult)");
                }
            }
            responses = (ObjectNode) given;
        }
        byte[] binding = null;
        ObjectNode carried = null;
        if (params.has("requestState")) {
            JsonNode state = params.get("requestState");
            if (!state.isTextual()) {
                throw invalid(id, "requestState must be the string this server sent");
            }
            binding = binding(method, params);
            byte[] plain = boundary.seal().open(state.textValue(), binding);
            JsonNode opened = null;
            if (plain != null) {
                try {
                    opened = Json.parse(plain);
                } catch (JsonReadException e) {
                    opened = null;
                }
            }
            if (opened == null || !opened.path("a").isObject()) {
                // mrtr, Server Requirements: "MUST reject state that fails verification".
                throw invalid(id, "requestState was not issued by this server for this request, or was changed;"
                        + " send the request again without requestState and inputResponses");
            }
            if (opened.path("exp").asLong(0) < now) {
                throw invalid(id, "requestState has expired; send the request again without requestState and"
                        + " inputResponses");
            }
            carried = (ObjectNode) opened.get("a");
        }
        return new InputRound(id, capabilities, responses, carried, method, params, binding, boundary, ttlMillis);
    }

    private static Refused invalid(JsonNode id, String message) {
        return new Refused(JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + message));
    }

    /**
     * What a state is bound to: the method, the name (tool, prompt) or URI, and the arguments in
     * a canonical form (object members sorted), as a SHA-256 digest.
     */
    private static byte[] binding(String method, JsonNode params) {
        JsonNode name = "resources/read".equals(method) ? params.get("uri") : params.get("name");
        StringBuilder text = new StringBuilder(128).append(method).append('\n')
                .append(name == null ? "" : name.asText()).append('\n');
        canonical(params.get("arguments"), text);
        return StateSeal.sha256(text.toString());
    }

    private static void canonical(JsonNode value, StringBuilder out) {
        if (value == null || value.isNull()) {
            out.append("null");
        } else if (value.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                sorted.put(entry.getKey(), entry.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(new String(JsonRpc.quoted(entry.getKey()), StandardCharsets.UTF_8)).append(':');
                canonical(entry.getValue(), out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canonical(value.get(i), out);
            }
            out.append(']');
        } else if (value.isNumber()) {
            // Scientific notation, not toPlainString: a client's 1e999999999 would be a billion digits.
            // stripTrailingZeros makes it canonical all the same (1E+2 for both 100 and 1e2).
            out.append(value.decimalValue().stripTrailingZeros().toString());
        } else {
            out.append(Json.toJson(value));
        }
    }

    boolean can(McpContext.Input.Kind kind) {
        switch (kind) {
            case ELICITATION: {
                // ClientCapabilities.elicitation: {} (form, as before url mode existed) or {form: {...}}.
                JsonNode elicitation = capabilities.get(ELICITATION);
                return elicitation != null && elicitation.isObject()
                        && (elicitation.size() == 0 || elicitation.has("form"));
            }
            case SAMPLING:
                return capabilities.path(SAMPLING).isObject();
            default:
                return capabilities.path(ROOTS).isObject();
        }
    }

    /**
     * Asks for inputs: returns when the request carries every answer; otherwise records the
     * missing ones and throws {@link InputRequired}.
     *
     * @throws MissingClientCapability when the client did not declare what an input needs
     *     (mrtr: "Servers MUST NOT send an inputRequests that the client has not declared support for")
     */
    void ask(McpContext.Input... inputs) {
        for (McpContext.Input input : inputs) {
            if (!can(input.kind())) {
                throw new MissingClientCapability(capabilityOf(input.kind()));
            }
        }
        for (McpContext.Input input : inputs) {
            if (answer(input.key()) == null) {
                if (missing == null) {
                    missing = new LinkedHashMap<>();
                }
                missing.put(input.key(), request(input));
            }
        }
        if (missing != null) {
            throw InputRequired.INSTANCE;
        }
    }

    McpContext.Elicitation elicitation(String key) {
        JsonNode answer = answered(key);
        JsonNode action = answer.get("action");
        if (action == null || !action.isTextual() || !("accept".equals(action.textValue())
                || "decline".equals(action.textValue()) || "cancel".equals(action.textValue()))) {
            throw new InvalidInputResponse(key, "an ElicitResult, with action accept, decline or cancel");
        }
        JsonNode content = answer.get("content");
        if (content != null && !content.isObject() && !content.isNull()) {
            throw new InvalidInputResponse(key, "an ElicitResult whose content is an object");
        }
        return new McpContext.Elicitation(action.textValue(),
                content == null || content.isNull() ? Map.of() : JsonValues.toMap(content));
    }

    String sampledText(String key) {
        JsonNode answer = answered(key);
        JsonNode content = answer.get("content");
        if (content == null || !(content.isObject() || content.isArray())) {
            throw new InvalidInputResponse(key, "a CreateMessageResult with content");
        }
        if (content.isObject()) {
            return "text".equals(content.path("type").textValue()) ? content.path("text").asText("") : "";
        }
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").textValue())) {
                return block.path("text").asText("");
            }
        }
        return "";
    }

    List<McpContext.Root> roots(String key) {
        JsonNode roots = answered(key).get("roots");
        if (roots == null || !roots.isArray()) {
            throw new InvalidInputResponse(key, "a ListRootsResult with a roots array");
        }
        List<McpContext.Root> out = new ArrayList<>(roots.size());
        for (JsonNode root : roots) {
            if (!root.path("uri").isTextual()) {
                throw new InvalidInputResponse(key, "a ListRootsResult whose roots each have a uri");
            }
            out.add(new McpContext.Root(root.get("uri").textValue(), root.path("name").textValue()));
        }
        return out;
    }

    /** The answer for a key the method has asked for (and so the request carries), noted to be carried on. */
    private JsonNode answered(String key) {
        JsonNode answer = answer(key);
        if (answer == null) {
            throw new IllegalStateException("no answer for '" + key + "': ask for it first");
        }
        read.set(key, answer);
        return answer;
    }

    private JsonNode answer(String key) {
        JsonNode answer = responses == null ? null : responses.get(key);
        if (answer == null && carried != null) {
            answer = carried.get(key);
        }
        return answer;
    }

    /** Whether the method asked for input the request does not carry. */
    boolean isMissingInput() {
        return missing != null;
    }

    /**
     * The {@code InputRequiredResult} response asking for what is missing, with the sealed state
     * that carries every answer read so far ("Servers MUST include at least one of inputRequests
     * or requestState"; this server always sends both).
     */
    byte[] inputRequired(long now) {
        ObjectNode answers = Json.NODES.objectNode();
        if (carried != null) {
            answers.setAll(carried);
        }
        answers.setAll(read);
        ObjectNode plain = Json.NODES.objectNode();
        plain.put("exp", now + ttlMillis);
        plain.set("a", answers);
        if (binding == null) {
            binding = binding(method, params);
        }
        String state = boundary.seal().seal(Json.toBytes(plain), binding);
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeStringField("resultType", "input_required");
            out.writeObjectFieldStart("inputRequests");
            for (Map.Entry<String, ObjectNode> entry : missing.entrySet()) {
                out.writeFieldName(entry.getKey());
                Json.write(out, entry.getValue());
            }
            out.writeEndObject();
            out.writeStringField("requestState", state);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonRpc.result(id, bytes.toByteArray());
    }

    private static ObjectNode request(McpContext.Input input) {
        ObjectNode request = Json.NODES.objectNode();
        ObjectNode params = Json.NODES.objectNode();
        switch (input.kind()) {
            case ELICITATION:
                request.put("method", "elicitation/create");
                params.put("mode", "form");
                params.put("message", input.message());
                try {
                    params.set("requestedSchema", Json.parse(input.requestedSchema()));
                } catch (JsonReadException e) {
                    throw new IllegalArgumentException("the requestedSchema of input '" + input.key()
                            + "' is not JSON: " + e.getMessage());
                }
                break;
            case SAMPLING: {
                request.put("method", "sampling/createMessage");
                ArrayNode messages = params.putArray("messages");
                ObjectNode message = messages.addObject();
                message.put("role", "user");
                ObjectNode content = message.putObject("content");
                content.put("type", "text");
                content.put("text", input.message());
                params.put("maxTokens", input.maxTokens());
                break;
            }
            default:
                request.put("method", "roots/list");
                break;
        }
        request.set("params", params);
        return request;
    }

    private static String capabilityOf(McpContext.Input.Kind kind) {
        switch (kind) {
            case ELICITATION:
                return ELICITATION;
            case SAMPLING:
                return SAMPLING;
            default:
                return ROOTS;
        }
    }

    /**
     * The response for a method that failed because of its input, or null for any other failure:
     * a placeholder when it stopped to ask (the request's context answers with the
     * {@code InputRequiredResult} instead), the error of a missing capability or a malformed answer.
     * Called on the failure paths only, so a request that asks for nothing never loads this class.
     */
    static byte[] failureResponse(JsonNode id, Throwable failure) {
        if (failure instanceof InputRequired) {
            return JsonRpc.result(id, new byte[] {'{', '}'});
        }
        if (failure instanceof InputFailure) {
            return ((InputFailure) failure).error(id);
        }
        return null;
    }

    /** Thrown to stop a method that asked for input the request does not carry; never seen by clients. */
    static final class InputRequired extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final InputRequired INSTANCE = new InputRequired();

        private InputRequired() {
            super("the request is answered with an InputRequiredResult; do not catch this", null, false, false);
        }
    }

    /** A failure of input that is the client's to fix, with its JSON-RPC error. */
    abstract static class InputFailure extends InputUnavailableException {

        private static final long serialVersionUID = 1L;

        InputFailure(String message) {
            super(message);
        }

        abstract byte[] error(JsonNode id);
    }

    /**
     * basic, _meta: "If processing a request requires a capability the client did not include ...
     * the server MUST return a MissingRequiredClientCapabilityError (-32021) whose
     * data.requiredCapabilities lists the missing capabilities."
     */
    static final class MissingClientCapability extends InputFailure {

        private static final long serialVersionUID = 1L;
        private final String capability;

        MissingClientCapability(String capability) {
            super("This request needs the client capability '" + capability + "', which the client did not declare"
                    + " in _meta[\"" + StatelessRequests.CLIENT_CAPABILITIES + "\"].");
            this.capability = capability;
        }

        @Override
        byte[] error(JsonNode id) {
            return JsonRpc.error(id, StatelessRequests.MISSING_REQUIRED_CLIENT_CAPABILITY,
                    "Missing required client capability: " + capability,
                    JsonRpc.ascii("{\"requiredCapabilities\":{\"" + capability + "\":{}}}"));
        }
    }

    /** An answer in {@code inputResponses} that is not what was asked for: -32602. */
    static final class InvalidInputResponse extends InputFailure {

        private static final long serialVersionUID = 1L;

        InvalidInputResponse(String key, String expected) {
            super("inputResponses." + JsonRpc.clip(key) + " must be " + expected);
        }

        @Override
        byte[] error(JsonNode id) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + getMessage());
        }
    }
}
