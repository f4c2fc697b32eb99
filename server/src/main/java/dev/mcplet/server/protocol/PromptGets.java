package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.PromptResult;
import dev.mcplet.server.prompt.PromptArgument;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers {@code prompts/get}: checks the name and the arguments against the prompt's descriptor
 * before any application code runs (every argument a string, none undeclared, every required one
 * present: prompts, Error Handling, "Missing required arguments: -32602"), renders the prompt
 * through its set with the request's context, and writes the messages.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts#getting-a-prompt">MCP: Getting a prompt</a>
 */
final class PromptGets {

    private final PromptCatalog catalog;

    private final boolean exposeMessages;

    PromptGets(PromptCatalog catalog, boolean exposeMessages) {
        this.catalog = catalog;
        this.exposeMessages = exposeMessages;
    }

    byte[] get(JsonNode id, JsonNode params, ProtocolVersion version, RequestContext context) {
        JsonNode nameNode = params == null ? null : params.get("name");
        if (nameNode == null || !nameNode.isTextual()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: name must be a string naming a prompt");
        }
        String name = nameNode.textValue();
        PromptCatalog.Entry prompt = catalog.prompt(name);
        if (prompt == null) {
            // prompts, Error Handling: "Invalid prompt name: -32602".
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Unknown prompt: " + JsonRpc.clip(name));
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        String problem = readArguments(params.get("arguments"), prompt, arguments);
        if (problem != null) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                    "Invalid arguments for prompt '" + JsonRpc.clip(name) + "': " + problem);
        }
        String what = "prompt '" + JsonRpc.clip(name) + "'";
        PromptResult result;
        try {
            result = prompt.set.get(name, arguments, context);
        } catch (Exception | Error e) {
            return MethodFailures.error(id, what, e, exposeMessages);
        }
        if (result == null) {
            return MethodFailures.error(id, what, new NullPointerException("PromptSet.get returned null"), exposeMessages);
        }
        try {
            return PromptJson.getResponse(id, result, version);
        } catch (IOException | RuntimeException e) {
            return MethodFailures.error(id, what, e, exposeMessages);
        }
    }

    /** Copies the arguments into {@code out}; returns every problem found, or null when there is none. */
    private static String readArguments(JsonNode node, PromptCatalog.Entry prompt, Map<String, String> out) {
        StringBuilder problems = new StringBuilder();
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                return "arguments must be an object of argument names to string values";
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (prompt.argument(name) == null) {
                    append(problems, JsonRpc.clip(name) + ": unexpected argument, expected "
                            + expected(prompt));
                } else if (value.isTextual()) {
                    out.put(name, value.textValue());
                } else if (!value.isNull()) {
                    // GetPromptRequest: arguments is {[key: string]: string}; null counts as absent.
                    append(problems, name + ": expected a string, got " + value.getNodeType().name().toLowerCase(
                            java.util.Locale.ROOT));
                }
            }
        }
        for (PromptArgument argument : prompt.descriptor.arguments()) {
            boolean wrongType = node != null && node.has(argument.name()) && !node.get(argument.name()).isNull();
            if (argument.required() && !out.containsKey(argument.name()) && !wrongType) {
                append(problems, argument.name() + ": missing required argument"
                        + (argument.description() == null ? "" : " (" + argument.description() + ")"));
            }
        }
        return problems.length() == 0 ? null : problems.toString();
    }

    private static String expected(PromptCatalog.Entry prompt) {
        if (prompt.descriptor.arguments().isEmpty()) {
            return "none (this prompt takes no arguments)";
        }
        StringBuilder names = new StringBuilder("one of: ");
        for (int i = 0; i < prompt.descriptor.arguments().size(); i++) {
            if (i > 0) {
                names.append(", ");
            }
            names.append(prompt.descriptor.arguments().get(i).name());
        }
        return names.toString();
    }

    private static void append(StringBuilder problems, String problem) {
        if (problems.length() > 0) {
            problems.append("; ");
        }
        problems.append(problem);
    }
}
