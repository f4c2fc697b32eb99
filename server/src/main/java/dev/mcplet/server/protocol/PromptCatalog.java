package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.prompt.PromptArgument;
import dev.mcplet.server.prompt.PromptDescriptor;
import dev.mcplet.server.prompt.PromptSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every prompt of every registered {@link PromptSet}, checked once at build time (names unique
 * across the server, argument names unique within a prompt), with the pages of
 * {@code prompts/list} precomputed for each revision.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts#listing-prompts">MCP: Listing prompts</a>
 */
final class PromptCatalog {

    /** One prompt with the set that renders it. */
    static final class Entry {
        final PromptDescriptor descriptor;
        final PromptSet set;

        Entry(PromptDescriptor descriptor, PromptSet set) {
            this.descriptor = descriptor;
            this.set = set;
        }

        /** The argument with this name, or null. */
        PromptArgument argument(String name) {
            for (PromptArgument argument : descriptor.arguments()) {
                if (argument.name().equals(name)) {
                    return argument;
                }
            }
            return null;
        }
    }

    private final Map<String, Entry> byName;
    private final PagedList list;

    PromptCatalog(List<? extends PromptSet> sets, int pageSize) {
        Map<String, Entry> entries = new HashMap<>();
        List<PromptDescriptor> prompts = new ArrayList<>();
        for (PromptSet set : sets) {
            if (set == null) {
                throw new NullPointerException("a PromptSet passed to prompts(...) is null");
            }
            List<PromptDescriptor> descriptors = set.prompts();
            if (descriptors == null) {
                throw new IllegalStateException(describe(set) + ".prompts() returned null; return an empty list instead");
            }
            for (PromptDescriptor prompt : descriptors) {
                if (prompt == null) {
                    throw new IllegalStateException(describe(set) + ".prompts() contains null");
                }
                if (prompt.name().isEmpty()) {
                    throw new IllegalStateException(describe(set) + " has a prompt with an empty name");
                }
                Set<String> argumentNames = new HashSet<>();
                for (PromptArgument argument : prompt.arguments()) {
                    if (!argumentNames.add(argument.name())) {
                        throw new IllegalStateException("Prompt '" + prompt.name() + "' in " + describe(set)
                                + " has two arguments named '" + argument.name() + "'");
                    }
                }
                Entry previous = entries.put(prompt.name(), new Entry(prompt, set));
                if (previous != null) {
                    throw new IllegalStateException("Two prompts are named '" + prompt.name() + "': one in "
                            + describe(previous.set) + ", one in " + describe(set)
                            + "; prompt names must be unique within a server, so rename one of them"
                            + " (@McpPrompt(name = \"...\"))");
                }
                prompts.add(prompt);
            }
        }
        this.byName = entries;
        ProtocolVersion[] versions = ProtocolVersion.values();
        byte[][][] items = new byte[versions.length][prompts.size()][];
        List<String> names = new ArrayList<>();
        for (PromptDescriptor prompt : prompts) {
            names.add(prompt.name());
        }
        for (ProtocolVersion version : versions) {
            for (int i = 0; i < prompts.size(); i++) {
                items[version.ordinal()][i] = PromptJson.prompt(prompts.get(i), version);
            }
        }
        this.list = new PagedList("prompts", names, items, pageSize);
    }

    /** {@code prompts/list}. */
    byte[] list(JsonNode id, JsonNode params, ProtocolVersion version) {
        return list.answer(id, params, version);
    }

    /** The prompt with this name, or null. */
    Entry prompt(String name) {
        return byName.get(name);
    }

    private static String describe(PromptSet set) {
        return set.getClass().getName();
    }
}
