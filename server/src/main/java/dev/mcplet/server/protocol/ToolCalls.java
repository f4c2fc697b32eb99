package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.InputUnavailableException;
import dev.mcplet.McpCaller;
import dev.mcplet.McpContext;
import dev.mcplet.ToolException;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers {@code tools/call}: checks the request, calls the tool through its {@link ToolSet} and
 * sorts what can go wrong into the two kinds the specification distinguishes (tools, Error
 * Handling): protocol errors (a malformed request, an unknown tool, a server fault) are JSON-RPC
 * errors; everything the tool reports, including invalid arguments, is a result with
 * {@code isError: true} "that language models can use to self-correct".
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#error-handling">MCP: Tools, Error Handling</a>
 */
final class ToolCalls {

    private final ToolCatalog catalog;
    private final Limits limits;
    private final boolean exposeExceptionMessages;

    ToolCalls(ToolCatalog catalog, Limits limits, boolean exposeExceptionMessages) {
        this.catalog = catalog;
        this.limits = limits;
        this.exposeExceptionMessages = exposeExceptionMessages;
    }

    /**
     * @param context the request's context, passed to the tool (see {@link RequestContext})
     * @param caller the verified caller, or null when the server has no authorization
     * @param deadlineNanos when the answer is due ({@link System#nanoTime()} terms), or
     *     {@link McpProtocol#NO_DEADLINE}; a tool still running then is answered with a tool error
     * @throws ScopeRefusal when the caller lacks a scope the tool needs, before any tool code runs
     */
    byte[] call(JsonNode id, JsonNode params, ProtocolVersion version, long deadlineNanos, McpContext context,
            McpCaller caller) {
        if (params == null || !params.isObject()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: tools/call needs params with the name of the tool to call");
        }
        JsonNode nameNode = params.get("name");
        if (nameNode == null || !nameNode.isTextual()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: name must be a string naming a tool");
        }
        String name = nameNode.textValue();
        JsonNode argumentsNode = params.get("arguments");
        ObjectNode arguments;
        if (argumentsNode == null || argumentsNode.isNull()) {
            // "arguments" is optional (CallToolRequestParams); an explicit null is read the same way.
            arguments = Json.NODES.objectNode();
        } else if (argumentsNode.isObject()) {
            arguments = (ObjectNode) argumentsNode;
        } else {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: arguments must be an object of argument names to values");
        }
        ToolSet set = catalog.toolSet(name);
        if (set == null) {
            return unknownTool(id, name);
        }
        List<String> needed = catalog.scopes(name);
        if (needed != null && (caller == null || !caller.scopes().containsAll(needed))) {
            return refuse(id, name, needed, caller, version);
        }
        CallResult result;
        if (arguments.size() > limits.maxArguments()) {
            return response(id, name, CallResult.error("Invalid arguments for tool '" + name + "': "
                    + arguments.size() + " arguments; this server accepts at most " + limits.maxArguments()
                    + " arguments (maxArguments)"), version);
        }
        try {
            boolean onWorker = deadlineNanos != McpProtocol.NO_DEADLINE;
            result = onWorker ? ToolWorkers.call(set, name, arguments, context, deadlineNanos)
                    : set.call(name, arguments, context);
            // onWorker first: without a deadline, ToolWorkers is never loaded.
            if (onWorker && result == ToolWorkers.TIMED_OUT) {
                ServerLog.deadlinePassed(name);
                result = CallResult.error("Tool '" + name + "' did not finish in the time this request had; it may"
                        + " still complete on the server. Try again, or ask for less at a time.");
            } else if (result == null) {
                ServerLog.toolFailed(name, new NullPointerException("ToolSet.call returned null"), false);
                result = CallResult.error("Tool '" + name + "' returned no result.");
            }
        } catch (InvalidArgumentsException e) {
            result = CallResult.error("Invalid arguments for tool '" + name + "': " + e.getMessage());
        } catch (UnknownToolException e) {
            return unknownTool(id, name);
        } catch (ToolException e) {
            // The tool's own report, meant for the model: sent verbatim; its cause (if any) is for the log only.
            ServerLog.toolFailed(name, e, e.getCause() != null);
            result = CallResult.error(messageOf(e, name));
        } catch (Exception e) {
            // Stopped to ask for input (answered with an InputRequiredResult by the context), or a
            // missing client capability or malformed answer (a JSON-RPC error): the input's own answers.
            byte[] input = InputRound.failureResponse(id, e);
            if (input != null) {
                return input;
            }
            if (e instanceof InputUnavailableException) {
                // Elicitation or sampling asked of a stateless server: an expected answer, meant for
                // the model, not a bug. (Tested with instanceof, not a catch clause, which would load
                // the class on every call's path.)
                ServerLog.toolFailed(name, e, false);
                result = CallResult.error(messageOf(e, name));
            } else {
                // Not meant for the model: its message may say what only the operator should know
                // (a path, a host, a query). The client gets a reference the log line repeats.
                String reference = ServerLog.reference();
                ServerLog.failedWithReference("tool '" + name + "'", reference, e);
                result = CallResult.error(exposeExceptionMessages
                        ? messageOf(e, name) + " (reference " + reference + ")"
                        : "Tool '" + name + "' failed (reference " + reference + "); the server log has the details.");
            }
        } catch (Error e) {
            // StackOverflowError, OutOfMemoryError, a linkage error: the server's fault, not the call's.
            ServerLog.internalError("in tool '" + name + "'", e);
            return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR,
                    "Internal error while calling tool '" + name + "'; the server log has the details");
        }
        return response(id, name, result, version);
    }

    private byte[] response(JsonNode id, String name, CallResult result, ProtocolVersion version) {
        try {
            byte[] response = CallResultJson.response(id, result, version);
            if (response.length > limits.maxResponseBytes()) {
                return CallResultJson.response(id, CallResult.error("The result of tool '" + name + "' is "
                        + response.length + " bytes, more than the " + limits.maxResponseBytes()
                        + " bytes this server may answer (maxResponseBytes); ask for less at a time."), version);
            }
            return response;
        } catch (IOException | RuntimeException e) {
            ServerLog.internalError("writing the result of tool '" + name + "'", e);
            return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR,
                    "Internal error while writing the result of tool '" + name + "'");
        }
    }

    /**
     * A tool whose scopes the caller lacks. MCP authorization (2025-11-25), Runtime Insufficient
     * Scope Errors: the server "SHOULD respond with HTTP 403 Forbidden" and
     * {@code error="insufficient_scope"}; the challenge's {@code scope} follows its recommended
     * approach, "both existing relevant scopes and newly required scopes", so that a client that
     * asks for exactly those does not lose what it was granted. Without authorization no caller
     * has scopes, and the tool answers with an error that says why (nothing to re-authorize).
     */
    private byte[] refuse(JsonNode id, String name, List<String> needed, McpCaller caller, ProtocolVersion version) {
        String list = String.join(" ", needed);
        if (caller == null) {
            try {
                return CallResultJson.response(id, CallResult.error("Tool '" + name + "' needs the OAuth scope(s) "
                        + list + ", and this server has no authorization configured to grant them."), version);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> challenge = new TreeSet<>(needed);
        for (String granted : caller.scopes()) {
            if (catalog.allScopes().contains(granted)) {
                challenge.add(granted);
            }
        }
        byte[] body = JsonRpc.error(id, JsonRpc.SERVER_ERROR, "Forbidden: tool '" + JsonRpc.clip(name)
                + "' needs the OAuth scope(s) " + list + "; get a token with them and call again");
        throw ScopeRefusal.of(body, String.join(" ", challenge));
    }

    /** A call refused for want of a scope: the protocol core answers it with {@link Reply.Kind#INSUFFICIENT_SCOPE}. */
    static final class ScopeRefusal extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient byte[] body;
        private final String scope;

        /**
         * Typed as RuntimeException so that the bytecode verifier of ToolCalls does not load this
         * class (a {@code throw new ScopeRefusal} would) on servers that never refuse.
         */
        static RuntimeException of(byte[] body, String scope) {
            return new ScopeRefusal(body, scope);
        }

        private ScopeRefusal(byte[] body, String scope) {
            super(null, null, false, false);
            this.body = body;
            this.scope = scope;
        }

        byte[] body() {
            return body;
        }

        String scope() {
            return scope;
        }
    }

    /** tools, Error Handling: unknown tools are protocol errors, -32602 ("Unknown tool: invalid_tool_name"). */
    private static byte[] unknownTool(JsonNode id, String name) {
        return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Unknown tool: " + JsonRpc.clip(name));
    }

    private static String messageOf(Exception e, String tool) {
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return "Tool '" + tool + "' failed without an error message.";
        }
        return message;
    }
}
