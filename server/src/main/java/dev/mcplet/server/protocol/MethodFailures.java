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
 * meant for the client (-32603 with it); anything else is the server's fault (-32603, details in
 * the server log only, never in the answer).
 */
final class MethodFailures {

    private MethodFailures() {
    }

    /**
     * @param what the failed item for messages and the log, e.g. {@code prompt 'review'}
     */
    static byte[] error(JsonNode id, String what, Throwable failure) {
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
        if (failure instanceof Exception) {
            ServerLog.methodFailed(what, failure, true);
        } else {
            ServerLog.internalError("in " + what, failure);
        }
        return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, "Internal error in " + what + "; the server log has the details");
    }
}
