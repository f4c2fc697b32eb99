package dev.mcplet.server.testing;

import dev.mcplet.Completion;
import dev.mcplet.ContentAnnotations;
import dev.mcplet.LogLevel;
import dev.mcplet.McpContext;
import dev.mcplet.ResourceContents;
import dev.mcplet.ToolException;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import dev.mcplet.server.tool.InvalidArgumentsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link ResourceSet} shaped like what the processor generates: the conformance
 * fixture's resources (static text, static binary, the watched resource, the template
 * {@code test://template/{id}/data}) and a few more that exercise the server's edges (a nested
 * path template, a numeric variable, a failing resource, a logging one, many completion values).
 */
public final class FixtureResources implements ResourceSet {

    /** The 1x1 red PNG of the conformance fixture. */
    public static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    private static final List<ResourceDescriptor> RESOURCES = List.of(
            new ResourceDescriptor("test://static-text", "static-text", "Static Text Resource",
                    "A static text resource for testing", "text/plain", 48, null),
            new ResourceDescriptor("test://static-binary", "static-binary", "Static Binary Resource",
                    "A static binary resource (image) for testing", "image/png", -1,
                    new ContentAnnotations(List.of(ContentAnnotations.Role.USER), 0.5, "2026-01-01T00:00:00Z")),
            new ResourceDescriptor("test://watched-resource", "watched-resource", "Watched Resource",
                    "A resource that auto-updates every 3 seconds", "text/plain", -1, null),
            new ResourceDescriptor("test://failing", "failing", null, null, null, -1, null),
            new ResourceDescriptor("test://logging", "logging", null, "Logs while it is read", "text/plain", -1, null));

    private static final List<ResourceTemplateDescriptor> TEMPLATES = List.of(
            new ResourceTemplateDescriptor("test://template/{id}/data", "template", "Resource Template",
                    "A resource template with parameter substitution", "application/json", null),
            new ResourceTemplateDescriptor("file:///{+path}", "file", null, "Any file", null, null),
            new ResourceTemplateDescriptor("test://orders/{number}", "order", null, "An order by number", "text/plain",
                    null));

    @Override
    public List<ResourceDescriptor> resources() {
        return RESOURCES;
    }

    @Override
    public List<ResourceTemplateDescriptor> templates() {
        return TEMPLATES;
    }

    @Override
    public List<ResourceContents> read(String key, String uri, Map<String, String> variables, McpContext context)
            throws Exception {
        switch (key) {
            case "test://static-text":
                return List.of(ResourceContents.text(uri, "text/plain", "This is the content of the static text resource."));
            case "test://static-binary":
                return List.of(new ResourceContents.Blob(uri, "image/png", PNG));
            case "test://watched-resource":
                return List.of(ResourceContents.text(uri, "text/plain", "Watched resource content"));
            case "test://failing":
                throw new IllegalStateException("database password is hunter2");
            case "test://logging":
                context.log(LogLevel.INFO, "reading", "read started");
                context.progress(1, 1.0, null);
                return List.of(ResourceContents.text(uri, "text/plain", "logged"));
            case "test://template/{id}/data": {
                String id = variables.get("id");
                return List.of(ResourceContents.text(uri, "application/json",
                        "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}"));
            }
            case "file:///{+path}":
                return List.of(ResourceContents.text(uri, null, "path=" + variables.get("path")),
                        ResourceContents.blob(uri + ".bin", "application/octet-stream", new byte[] {1, 2, 3}));
            case "test://orders/{number}": {
                String number = variables.get("number");
                if (!number.chars().allMatch(Character::isDigit)) {
                    throw new InvalidArgumentsException("number", "expected an integer, got \"" + number + "\"");
                }
                if (number.equals("0")) {
                    throw new ToolException("Order 0 does not exist; order numbers start at 1.");
                }
                return List.of(ResourceContents.text(uri, "text/plain", "order " + number));
            }
            default:
                throw new IllegalArgumentException("unknown key " + key);
        }
    }

    @Override
    public Completion complete(String uriTemplate, String variable, String value, Map<String, String> arguments,
            McpContext context) {
        if (uriTemplate.equals("test://orders/{number}")) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 250; i++) {
                if (Integer.toString(i).startsWith(value)) {
                    values.add(Integer.toString(i));
                }
            }
            return Completion.of(values);
        }
        return null;
    }
}
