package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.LogLevel;

/**
 * Answers {@code logging/setLevel} and reads level names. The server is stateless, so a level set
 * by one request cannot apply to the next (which may reach another Lambda instance): the request
 * is checked and acknowledged with an empty result, and the level that applies to a request is
 * its own {@code _meta["io.modelcontextprotocol/logLevel"]} or the server's default (see
 * {@link RequestContext}). The README says so.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging">MCP: Logging</a>
 */
final class LogLevels {

    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    /** The wire names, for messages. */
    static final String NAMES = "debug, info, notice, warning, error, critical, alert, emergency";

    private LogLevels() {
    }

    /** The level with this wire name ({@code "warning"}), or null when there is none. */
    static LogLevel parse(String name) {
        for (LogLevel level : LogLevel.values()) {
            if (level.wireName().equals(name)) {
                return level;
            }
        }
        return null;
    }

    static byte[] setLevel(JsonNode id, JsonNode params) {
        JsonNode level = params == null ? null : params.get("level");
        if (level == null || !level.isTextual() || parse(level.textValue()) == null) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: level must be one of " + NAMES);
        }
        return JsonRpc.result(id, EMPTY_OBJECT);
    }
}
