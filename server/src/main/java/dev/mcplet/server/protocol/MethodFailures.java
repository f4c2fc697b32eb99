package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.InputUnavailableException;
import dev.mcplet.ToolException;
import dev.mcplet.server.tool.InvalidArgumentsException;

/**
 * The JSON-RPC error for a failure of application code behind {@code resources/read},
 * {@code prompts/get} or {@code completion/complete}. Unlike tools, these have no
 * {@code isError} result, so every failure is a JSON-RPC error (resources, prompts and
 * completion, Error Handling): a value that does not decode is the client's mistake (-32602,
 * naming it); a {@link ToolException} or {@link InputUnavailableException} carries a message
 * meant for the client (-32603 with it); anything else is the server's fault (-32603 with a
 * reference that the server log line repeats, and the exception's message only when the server
 * was built to expose them, for development: as for tools, see {@code ToolCalls}).
 */
final class MethodFailures {

    private MethodFailures() {
    }

    /**
     * @param what the failed item for messages and the log, e.g. {@code prompt 'review'}
     * @param exposeMessages whether an unexpected exception's message reaches the client
     */
    static byte[] error(JsonNode id, String what, Throwable failure, boolean exposeMessages) {
        byte[] input = InputRound.failureResponse(id, failure);
        if (input != null) {
            return input; // see InputRound: stopped to ask, or the client's input is at fault
        }
        if (failure instanceof InvalidArgumentsException) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params for " + what + ": " + failure.getMessage());
        }
        if (failure instanceof ToolException || failure instanceof InputUnavailableException) {
            ServerLog.methodFailed(what, failure, failure.getCause() != null);
            String message = failure.getMessage();
            return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, message == null || message.isEmpty()
                    ? "The " + what + " failed without an error message." : message);
        }
        if (!(failure instanceof Exception)) {
            ServerLog.internalError("in " + what, failure);
            return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, "Internal error in " + what + "; the server log has the details");
        }
        String reference = ServerLog.reference();
        ServerLog.failedWithReference(what, reference, failure);
        String message = failure.getMessage();
        return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, exposeMessages && message != null && !message.isEmpty()
                ? message + " (reference " + reference + ")"
                : "Internal error in " + what + " (reference " + reference + "); the server log has the details");
    }
}
