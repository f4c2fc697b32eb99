package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import dev.mcplet.server.json.JsonWriter;

/**
 * Every tool of every registered {@link ToolSet}, checked once at build time, with the
 * {@code tools/list} result pages serialized as bytes once per revision (on first use), and the opaque cursors
 * that lead from one page to the next.
 *
 * <p>Cursors are opaque strings (pagination: "Clients MUST treat cursors as opaque tokens") that
 * encode a fingerprint of the tool list and page size with the page's position; a cursor from
 * another deployment, whose tools differ, is unknown here and answered with -32602, as
 * pagination, Error Handling, recommends for invalid cursors.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/pagination">MCP: Pagination</a>
 */
final class ToolCatalog {

    private final Map<String, ToolSet> setsByName;
    /** The scopes of each tool that declares some (usually none: an empty map). */
    private final Map<String, List<String>> scopesByName = new HashMap<>();
    private final Set<String> allScopes = new TreeSet<>();
    /** The {@code x-mcp-header} parameters by tool name; null when no tool has any (the usual case). */
    private Map<String, ParamHeaders> paramHeaders;
    private final List<ToolDescriptor> tools;
    private final int pageSize;
    /**
     * Result bytes of {@code tools/list} by revision ordinal, then page, each serialized on its
     * first request: a server answers one or two revisions in practice, and a cold start asks for
     * the first page only, while serializing every page of every revision at start-up was half
     * the build time of a 1,000-tool server ({@code benchmarks/run.sh curves}). Pages are
     * published through a final field ({@link Page}), so a racing thread sees a whole page or
     * null (and then serializes its own, equal, copy).
     */
    private final Page[][] pages;
    /** The cursor that asks for page {@code i}; index 0 (the first page, asked without cursor) is null. */
    private final String[] cursors;

    ToolCatalog(List<? extends ToolSet> toolSets, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        List<ToolDescriptor> tools = new ArrayList<>();
        Map<String, ToolSet> byName = new HashMap<>();
        for (ToolSet set : toolSets) {
            if (set == null) {
                throw new NullPointerException("a ToolSet passed to tools(...) is null");
            }
            List<ToolDescriptor> descriptors = set.tools();
            if (descriptors == null) {
                throw new IllegalStateException(describe(set) + ".tools() returned null; return an empty list instead");
            }
            for (ToolDescriptor tool : descriptors) {
                if (tool == null) {
                    throw new IllegalStateException(describe(set) + ".tools() contains null");
                }
                check(tool, set);
                // A text search first, so that a server without header parameters loads nothing for them.
                if (tool.inputSchema().contains("\"x-mcp-header\"")) {
                    addParamHeaders(tool, set);
                }
                ToolSet previous = byName.put(tool.name(), set);
                if (previous != null) {
                    throw new IllegalStateException("Two tools are named '" + tool.name() + "': one in "
                            + describe(previous) + ", one in " + describe(set)
                            + "; tool names must be unique within a server, so rename one of them"
                            + " (@McpTool(name = \"...\"))");
                }
                tools.add(tool);
                if (!tool.scopes().isEmpty()) {
                    scopesByName.put(tool.name(), tool.scopes());
                    allScopes.addAll(tool.scopes());
                }
            }
        }
        this.setsByName = byName;
        this.tools = tools;
        this.pageSize = pageSize;
        int pageCount = Math.max(1, (tools.size() + pageSize - 1) / pageSize);
        this.cursors = cursors(tools, pageSize, pageCount);
        this.pages = new Page[ProtocolVersion.values().length][pageCount];
    }

    /** One serialized page; a holder so that its final field publishes the bytes safely. */
    private static final class Page {
        final byte[] bytes;

        Page(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private void addParamHeaders(ToolDescriptor tool, ToolSet set) {
        try {
            ParamHeaders headers = ParamHeaders.of(Json.parse(tool.inputSchema()));
            if (paramHeaders == null) {
                paramHeaders = new HashMap<>();
            }
            paramHeaders.put(tool.name(), headers);
        } catch (JsonReadException | IllegalArgumentException e) {
            throw new IllegalStateException("Tool '" + tool.name() + "' in " + describe(set) + " has an invalid"
                    + " x-mcp-header: " + e.getMessage());
        }
    }

    /** The {@code x-mcp-header} parameters of a tool, or null when it has none. */
    ParamHeaders paramHeaders(String tool) {
        return paramHeaders == null ? null : paramHeaders.get(tool);
    }

    /** The set that holds the tool with this name, or null when there is none. */
    ToolSet toolSet(String name) {
        return setsByName.get(name);
    }

    /** The scopes a caller needs for the tool with this name; null when it needs none. */
    List<String> scopes(String name) {
        return scopesByName.isEmpty() ? null : scopesByName.get(name);
    }

    /** Every scope some tool declares, for the protected resource metadata. */
    Set<String> allScopes() {
        return Collections.unmodifiableSet(allScopes);
    }

    /** The page number a cursor leads to, or -1 when the cursor is not one this server issued. */
    int pageOf(String cursor) {
        for (int i = 1; i < cursors.length; i++) {
            if (cursors[i].equals(cursor)) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code ListToolsResult} of a page, as JSON bytes. Not copied, do not modify. */
    byte[] page(ProtocolVersion version, int page) {
        Page built = pages[version.ordinal()][page];
        if (built == null) {
            int from = page * pageSize;
            int to = Math.min(tools.size(), from + pageSize);
            built = new Page(page(tools, from, to, page + 1 < cursors.length ? cursors[page + 1] : null, version));
            pages[version.ordinal()][page] = built;
        }
        return built.bytes;
    }

    /** The number of pages (at least one, which may be empty). */
    int pageCount() {
        return cursors.length;
    }

    private static byte[] page(List<ToolDescriptor> tools, int from, int to, String nextCursor, ProtocolVersion version) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(1024);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("tools");
            for (int i = from; i < to; i++) {
                ToolJson.write(out, tools.get(i), version);
            }
            out.writeEndArray();
            if (nextCursor != null) {
                out.writeStringField("nextCursor", nextCursor);
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String[] cursors(List<ToolDescriptor> tools, int pageSize, int pageCount) {
        StringBuilder names = new StringBuilder();
        for (ToolDescriptor tool : tools) {
            names.append(tool.name()).append('\n');
        }
        String fingerprint = Integer.toHexString(names.toString().hashCode()) + "." + pageSize;
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String[] cursors = new String[pageCount];
        for (int page = 1; page < pageCount; page++) {
            String plain = "mcplet:" + fingerprint + ":" + page * pageSize;
            cursors[page] = base64.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }
        return cursors;
    }

    /**
     * Rejects a descriptor the wire format cannot carry: the schemas are written verbatim, so
     * they must be JSON objects, and the {@code Tool} schema of every revision requires
     * {@code inputSchema.type} (and {@code outputSchema.type}) to be {@code "object"}.
     */
    private static void check(ToolDescriptor tool, ToolSet set) {
        if (tool.name().isEmpty()) {
            throw new IllegalStateException(describe(set) + " has a tool with an empty name");
        }
        if (tool.schemasCheckedAtCompileTime()) {
            // The processor wrote these schemas and checked them as below; tokenizing the 2,000
            // schemas of a 1,000-tool server again took ~20 ms of its ~26 ms build (JDK 17, Lambda flags).
            return;
        }
        checkSchema(tool, set, "inputSchema", tool.inputSchema());
        if (tool.outputSchema() != null) {
            checkSchema(tool, set, "outputSchema", tool.outputSchema());
        }
        if (tool.wrapsResult()) {
            try {
                WrappedOutput.check(tool);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Tool '" + tool.name() + "' in " + describe(set) + ": " + e.getMessage());
            }
        }
    }

    private static void checkSchema(ToolDescriptor tool, ToolSet set, String which, String text) {
        boolean objectSchema;
        try {
            objectSchema = Json.isObjectSchema(text);
        } catch (JsonReadException e) {
            throw new IllegalStateException("Tool '" + tool.name() + "' in " + describe(set) + " has an " + which
                    + " that is not valid JSON: " + e.getMessage());
        }
        if (!objectSchema) {
            throw new IllegalStateException("Tool '" + tool.name() + "' in " + describe(set) + " has an " + which
                    + " that is not an object schema; MCP requires {\"type\":\"object\", ...}");
        }
    }

    private static String describe(ToolSet set) {
        return set.getClass().getName();
    }
}
