package dev.mcplet.server.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpContext;
import java.util.List;

/**
 * The tools of one annotated class, as the server sees them. The annotation processor generates
 * one implementation per class with {@code @McpTool} methods ({@code Calculator_McpTools} for
 * {@code Calculator}); register it with {@code McpServer.builder().tools(...)}.
 *
 * <p>Implementations are generated: descriptors are compile-time constants and {@link #call}
 * decodes arguments with explicit type checks and invokes the method directly, with no
 * reflection. Writing one by hand is possible but rarely needed.
 */
public interface ToolSet {

    /** The tools, in declaration order. The list is immutable and the same on every call. */
    List<ToolDescriptor> tools();

    /**
     * Calls one tool.
     *
     * @param name the name of one of {@link #tools()}
     * @param arguments the {@code arguments} of the {@code tools/call} request; an empty object
     *     when the client sent none
     * @return the outcome, rendered into a {@code CallToolResult} by the protocol layer
     * @throws InvalidArgumentsException when an argument is missing, of the wrong type, out of
     *     range or unexpected; its message names the argument path and what was expected
     * @throws UnknownToolException when no tool of this set has that name
     * @throws Exception anything the tool itself throws; reported to the client as a tool error
     */
    CallResult call(String name, ObjectNode arguments) throws Exception;

    /**
     * Calls one tool with the request's context; the server always calls this one. Generated
     * classes whose tools take an {@link McpContext} parameter override it; the default ignores
     * the context, so tool sets without such tools need not know it exists.
     *
     * @param context the request being served
     * @see #call(String, ObjectNode)
     */
    default CallResult call(String name, ObjectNode arguments, McpContext context) throws Exception {
        return call(name, arguments);
    }
}
