package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.Completion;
import dev.mcplet.server.json.Json;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.mcplet.server.json.JsonWriter;

/**
 * Answers {@code completion/complete} for a prompt argument ({@code ref/prompt}) or a resource
 * template variable ({@code ref/resource}, the template exactly as listed): checks that the
 * reference and the argument exist (completion, Error Handling: "Invalid prompt name: -32602"; an
 * unknown template or argument is refused the same way), asks the owning set, and sends at most
 * 100 values (completion, Completion Results: "Maximum 100 items per response"), with
 * {@code total} and {@code hasMore} saying what was cut. A set that offers nothing for an argument
 * yields no values, not an error.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/completion">MCP: Completion</a>
 */
final class Completions {

    /** completion: "Maximum 100 items per response". */
    static final int MAX_VALUES = 100;

    private final PromptCatalog prompts;
    private final ResourceCatalog resources;
    private final boolean exposeMessages;

    /** Either catalog may be null when the server has no prompts, or no resources. */
    Completions(PromptCatalog prompts, ResourceCatalog resources, boolean exposeMessages) {
        this.prompts = prompts;
        this.resources = resources;
        this.exposeMessages = exposeMessages;
    }

    byte[] complete(JsonNode id, JsonNode params, RequestContext context) {
        JsonNode ref = params == null ? null : params.get("ref");
        JsonNode argument = params == null ? null : params.get("argument");
        if (ref == null || !ref.isObject() || !ref.path("type").isTextual()) {
            return invalid(id, "ref must be an object with a type, ref/prompt or ref/resource");
        }
        if (argument == null || !argument.path("name").isTextual() || !argument.path("value").isTextual()) {
            return invalid(id, "argument must be an object with a string name and a string value");
        }
        String name = argument.get("name").textValue();
        String value = argument.get("value").textValue();
        Map<String, String> resolved = new LinkedHashMap<>();
        JsonNode contextArguments = params.path("context").path("arguments");
        if (contextArguments.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = contextArguments.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isTextual()) {
                    return invalid(id, "context.arguments." + JsonRpc.clip(field.getKey()) + " must be a string");
                }
                resolved.put(field.getKey(), field.getValue().textValue());
            }
        }
        String type = ref.get("type").textValue();
        Completion completion;
        String what = "completion";
        try {
            if (type.equals("ref/prompt")) {
                JsonNode promptName = ref.get("name");
                if (promptName == null || !promptName.isTextual()) {
                    return invalid(id, "ref.name must be a string naming a prompt");
                }
                PromptCatalog.Entry prompt = prompts == null ? null : prompts.prompt(promptName.textValue());
                if (prompt == null) {
                    return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Unknown prompt: " + JsonRpc.clip(promptName.textValue()));
                }
                if (prompt.argument(name) == null) {
                    return invalid(id, "prompt '" + JsonRpc.clip(promptName.textValue()) + "' has no argument '"
                            + JsonRpc.clip(name) + "'");
                }
                what = "completion of argument '" + JsonRpc.clip(name) + "' of prompt '" + JsonRpc.clip(promptName.textValue()) + "'";
                completion = prompt.set.complete(promptName.textValue(), name, value, resolved, context);
            } else if (type.equals("ref/resource")) {
                JsonNode uri = ref.get("uri");
                if (uri == null || !uri.isTextual()) {
                    return invalid(id, "ref.uri must be a string: a resource template as resources/templates/list shows it");
                }
                ResourceCatalog.Template template = resources == null ? null : resources.template(uri.textValue());
                if (template == null) {
                    boolean fixed = resources != null && resources.hasFixed(uri.textValue());
                    return invalid(id, fixed ? "resource '" + JsonRpc.clip(uri.textValue()) + "' has a fixed URI, with no"
                            + " variables to complete" : "unknown resource template '" + JsonRpc.clip(uri.textValue()) + "'");
                }
                if (!template.template.variables().contains(name)) {
                    return invalid(id, "resource template '" + JsonRpc.clip(uri.textValue()) + "' has no variable '"
                            + JsonRpc.clip(name) + "'");
                }
                what = "completion of variable '" + JsonRpc.clip(name) + "' of '" + JsonRpc.clip(uri.textValue()) + "'";
                completion = template.set.complete(uri.textValue(), name, value, resolved, context);
            } else {
                return invalid(id, "ref.type must be ref/prompt or ref/resource, was '" + JsonRpc.clip(type) + "'");
            }
        } catch (Exception | Error e) {
            return MethodFailures.error(id, what, e, exposeMessages);
        }
        try {
            return response(id, completion);
        } catch (IOException | RuntimeException e) {
            return MethodFailures.error(id, what, e, exposeMessages);
        }
    }

    private static byte[] invalid(JsonNode id, String problem) {
        return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + problem);
    }

    /** {@code {"completion":{"values":[...],"total":n,"hasMore":b}}}, at most {@link #MAX_VALUES} values. */
    static byte[] response(JsonNode id, Completion completion) throws IOException {
        List<String> values = completion == null ? List.of() : completion.values();
        int sent = Math.min(values.size(), MAX_VALUES);
        boolean cut = values.size() > MAX_VALUES;
        Integer total = completion == null ? null : completion.total();
        if (cut && (total == null || total < values.size())) {
            total = values.size();
        }
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        bytes.write(JsonRpc.resultPrefix(id));
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeObjectFieldStart("completion");
            out.writeArrayFieldStart("values");
            for (int i = 0; i < sent; i++) {
                out.writeString(values.get(i));
            }
            out.writeEndArray();
            if (total != null) {
                out.writeNumberField("total", total.intValue());
            }
            out.writeBooleanField("hasMore", cut || (completion != null && completion.hasMore()));
            out.writeEndObject();
            out.writeEndObject();
        }
        bytes.write('}');
        return bytes.toByteArray();
    }
}
