package dev.mcplet.server.resource;

import dev.mcplet.Completion;
import dev.mcplet.McpContext;
import dev.mcplet.ResourceContents;
import java.util.List;
import java.util.Map;

/**
 * The resources of one annotated class, as the server sees them. The annotation processor
 * generates one implementation per class with {@code @McpResource} methods
 * ({@code Files_McpResources} for {@code Files}); register it with
 * {@code McpServer.builder().resources(...)}.
 *
 * <p>The server owns URI matching: it looks a requested URI up among the fixed URIs of
 * {@link #resources()}, then matches it against the {@link #templates()} in registration order,
 * and calls {@link #read} with what matched. Generated code only decodes the variables and calls
 * the method.
 */
public interface ResourceSet {

    /** The resources with a fixed URI, in declaration order; immutable, the same on every call. */
    List<ResourceDescriptor> resources();

    /** The URI templates, in declaration order; immutable, the same on every call. */
    List<ResourceTemplateDescriptor> templates();

    /**
     * Reads one resource of this set.
     *
     * @param key the {@code uri} of one of {@link #resources()} or the {@code uriTemplate} of one
     *     of {@link #templates()}: the entry the server matched
     * @param uri the URI the client asked for
     * @param variables the template's variables as matched in {@code uri}, percent-decoded; empty
     *     for a fixed URI
     * @param context the request
     * @return the contents, at least one item
     * @throws dev.mcplet.server.tool.InvalidArgumentsException when a variable does not decode to
     *     its parameter's type; its message names the variable
     * @throws Exception anything the method throws
     */
    List<ResourceContents> read(String key, String uri, Map<String, String> variables, McpContext context)
            throws Exception;

    /**
     * Completion values for one variable of one of {@link #templates()}, or null when this set
     * offers none for it (the server then answers with no values).
     *
     * @param uriTemplate the template
     * @param variable the variable being completed
     * @param value what the user typed so far
     * @param arguments the other variables already resolved ({@code context.arguments}); empty
     *     when none
     * @param context the request
     */
    default Completion complete(String uriTemplate, String variable, String value, Map<String, String> arguments,
            McpContext context) throws Exception {
        return null;
    }
}
