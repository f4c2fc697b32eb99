package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.ResourceContents;
import java.io.IOException;
import java.util.List;

/**
 * Answers {@code resources/read}: finds the resource the URI names (see
 * {@link ResourceCatalog#find}), reads it through its set with the request's context, and writes
 * the contents. A URI no resource or template matches is the error the revision prescribes
 * (resources, Error Handling: "Resource not found: -32002", with the URI in {@code data}).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources#reading-resources">MCP: Reading resources</a>
 */
final class ResourceReads {

    private final ResourceCatalog catalog;

    private final boolean exposeMessages;

    ResourceReads(ResourceCatalog catalog, boolean exposeMessages) {
        this.catalog = catalog;
        this.exposeMessages = exposeMessages;
    }

    byte[] read(JsonNode id, JsonNode params, ProtocolVersion version, RequestContext context) {
        String uri = uri(params);
        if (uri == null) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: uri must be a string naming a resource");
        }
        ResourceCatalog.Match match = catalog.find(uri);
        if (match == null) {
            return notFound(id, uri, version);
        }
        String what = "resource '" + JsonRpc.clip(uri) + "'";
        List<ResourceContents> contents;
        try {
            contents = match.set.read(match.key, uri, match.variables, context);
        } catch (Exception | Error e) {
            return MethodFailures.error(id, what, e, exposeMessages);
        }
        if (contents == null) {
            return MethodFailures.error(id, what, new NullPointerException("ResourceSet.read returned null"), exposeMessages);
        }
        try {
            return ResourceJson.readResponse(id, contents);
        } catch (IOException | RuntimeException e) {
            return MethodFailures.error(id, what, e, exposeMessages);
        }
    }

    /** The {@code uri} param, or null when it is absent or not a string. */
    static String uri(JsonNode params) {
        JsonNode uri = params == null ? null : params.get("uri");
        return uri != null && uri.isTextual() ? uri.textValue() : null;
    }

    static byte[] notFound(JsonNode id, String uri, ProtocolVersion version) {
        return JsonRpc.error(id, version.resourceNotFoundCode(), "Resource not found: " + JsonRpc.clip(uri),
                JsonRpc.concat(JsonRpc.ascii("{\"uri\":"), JsonRpc.quoted(uri), new byte[] {'}'}));
    }
}
