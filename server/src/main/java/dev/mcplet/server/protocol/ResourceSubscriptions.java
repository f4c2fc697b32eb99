package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers {@code resources/subscribe} and {@code resources/unsubscribe} as a stateless server
 * can. A subscription asks for {@code notifications/resources/updated} later, on a stream that
 * outlives the request; this server keeps no session and no stream, so it never sends one, and
 * {@code initialize} does not advertise {@code resources.subscribe}. A client that subscribes
 * anyway gets an empty result for a resource that exists (the request is valid and harmless;
 * nothing is remembered) and the not-found error for one that does not. Clients that need fresh
 * contents read the resource again.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources#subscriptions">MCP: Resource subscriptions</a>
 */
final class ResourceSubscriptions {

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final ResourceCatalog catalog;

    ResourceSubscriptions(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Both methods: the same check, the same empty answer. */
    byte[] answer(JsonNode id, JsonNode params, ProtocolVersion version) {
        String uri = ResourceReads.uri(params);
        if (uri == null) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: uri must be a string naming a resource");
        }
        if (catalog.find(uri) == null) {
            return ResourceReads.notFound(id, uri, version);
        }
        return JsonRpc.result(id, EMPTY_OBJECT);
    }
}
