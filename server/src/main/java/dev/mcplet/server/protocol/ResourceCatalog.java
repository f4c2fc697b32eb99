package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.McpResource;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every resource and resource template of every registered {@link ResourceSet}, checked once at
 * build time: fixed URIs and templates are unique across the server, every template parses. It
 * precomputes the pages of {@code resources/list} and {@code resources/templates/list} for each
 * revision and finds the resource a URI names: an exact fixed URI first, then the templates in
 * registration order (the first that matches wins).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources">MCP: Resources</a>
 */
final class ResourceCatalog {

    /** A resource a URI resolved to: the set that reads it, the key it knows it by, the template's variables. */
    static final class Match {
        final ResourceSet set;
        final String key;
        final Map<String, String> variables;

        Match(ResourceSet set, String key, Map<String, String> variables) {
            this.set = set;
            this.key = key;
            this.variables = variables;
        }
    }

    /** One template with the set that owns it. */
    static final class Template {
        final UriTemplate template;
        final ResourceSet set;

        Template(UriTemplate template, ResourceSet set) {
            this.template = template;
            this.set = set;
        }
    }

    private final Map<String, ResourceSet> fixed;
    private final Template[] templates;
    private final Map<String, Template> templatesByText;
    private final PagedList resourcesList;
    private final PagedList templatesList;
    /** The descriptors of the fixed URIs and templates that set their own cache hint; usually none. */
    private final List<ResourceDescriptor> hintedResources = new ArrayList<>();
    private final List<ResourceTemplateDescriptor> hintedTemplates = new ArrayList<>();

    ResourceCatalog(List<? extends ResourceSet> sets, int pageSize) {
        List<ResourceDescriptor> resources = new ArrayList<>();
        List<ResourceTemplateDescriptor> templateDescriptors = new ArrayList<>();
        Map<String, ResourceSet> byUri = new HashMap<>();
        Map<String, Template> byText = new HashMap<>();
        List<Template> ordered = new ArrayList<>();
        for (ResourceSet set : sets) {
            if (set == null) {
                throw new NullPointerException("a ResourceSet passed to resources(...) is null");
            }
            for (ResourceDescriptor resource : notNull(set.resources(), set, "resources()")) {
                if (resource == null) {
                    throw new IllegalStateException(describe(set) + ".resources() contains null");
                }
                ResourceSet previous = byUri.put(resource.uri(), set);
                if (previous != null) {
                    throw new IllegalStateException("Two resources have the URI '" + resource.uri() + "': one in "
                            + describe(previous) + ", one in " + describe(set)
                            + "; resource URIs must be unique within a server, so change one of them"
                            + " (@McpResource(uri = \"...\"))");
                }
                resources.add(resource);
                if (resource.cacheTtlMs() >= 0 || resource.cacheScope() != McpResource.CacheScope.SERVER_DEFAULT) {
                    hintedResources.add(resource);
                }
            }
            for (ResourceTemplateDescriptor descriptor : notNull(set.templates(), set, "templates()")) {
                if (descriptor == null) {
                    throw new IllegalStateException(describe(set) + ".templates() contains null");
                }
                UriTemplate template;
                try {
                    template = UriTemplate.parse(descriptor.uriTemplate());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(e.getMessage() + " (resource template '" + descriptor.name()
                            + "' in " + describe(set) + ")");
                }
                Template entry = new Template(template, set);
                Template previous = byText.put(descriptor.uriTemplate(), entry);
                if (previous != null) {
                    throw new IllegalStateException("Two resource templates are '" + descriptor.uriTemplate()
                            + "': one in " + describe(previous.set) + ", one in " + describe(set)
                            + "; templates must be unique within a server, so change one of them"
                            + " (@McpResource(uri = \"...\"))");
                }
                ordered.add(entry);
                templateDescriptors.add(descriptor);
                if (descriptor.cacheTtlMs() >= 0 || descriptor.cacheScope() != McpResource.CacheScope.SERVER_DEFAULT) {
                    hintedTemplates.add(descriptor);
                }
            }
        }
        this.fixed = byUri;
        this.templates = ordered.toArray(new Template[0]);
        this.templatesByText = byText;
        ProtocolVersion[] versions = ProtocolVersion.values();
        byte[][][] resourceItems = new byte[versions.length][resources.size()][];
        byte[][][] templateItems = new byte[versions.length][templateDescriptors.size()][];
        List<String> uris = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ResourceDescriptor resource : resources) {
            uris.add(resource.uri());
        }
        for (ResourceTemplateDescriptor template : templateDescriptors) {
            texts.add(template.uriTemplate());
        }
        for (ProtocolVersion version : versions) {
            for (int i = 0; i < resources.size(); i++) {
                resourceItems[version.ordinal()][i] = ResourceJson.resource(resources.get(i), version);
            }
            for (int i = 0; i < templateDescriptors.size(); i++) {
                templateItems[version.ordinal()][i] = ResourceJson.template(templateDescriptors.get(i), version);
            }
        }
        this.resourcesList = new PagedList("resources", uris, resourceItems, pageSize);
        this.templatesList = new PagedList("resourceTemplates", texts, templateItems, pageSize);
    }

    /** {@code resources/list}. */
    byte[] list(JsonNode id, JsonNode params, ProtocolVersion version) {
        return resourcesList.answer(id, params, version);
    }

    /** {@code resources/templates/list}. */
    byte[] listTemplates(JsonNode id, JsonNode params, ProtocolVersion version) {
        return templatesList.answer(id, params, version);
    }

    /** The resource this URI names, or null when none does. */
    Match find(String uri) {
        ResourceSet set = fixed.get(uri);
        if (set != null) {
            return new Match(set, uri, Map.of());
        }
        for (Template entry : templates) {
            Map<String, String> variables = entry.template.match(uri);
            if (variables != null) {
                return new Match(entry.set, entry.template.text(), variables);
            }
        }
        return null;
    }

    /**
     * The cache hints of reading the resources and templates that set their own (by the key
     * {@link #find} matches them by, the URI or the template): each field they set, else
     * {@code fallback}'s. Empty when none sets one.
     */
    Map<String, CacheHint> ownReadHints(CacheHint fallback) {
        Map<String, CacheHint> hints = new HashMap<>();
        for (ResourceDescriptor resource : hintedResources) {
            hints.put(resource.uri(), fallback.override(resource.cacheTtlMs(), resource.cacheScope()));
        }
        for (ResourceTemplateDescriptor template : hintedTemplates) {
            hints.put(template.uriTemplate(), fallback.override(template.cacheTtlMs(), template.cacheScope()));
        }
        return hints;
    }

    /** Whether a resource with this fixed URI exists. */
    boolean hasFixed(String uri) {
        return fixed.containsKey(uri);
    }

    /** The template written exactly so, or null. */
    Template template(String text) {
        return templatesByText.get(text);
    }

    private static <T> List<T> notNull(List<T> list, ResourceSet set, String method) {
        if (list == null) {
            throw new IllegalStateException(describe(set) + "." + method + " returned null; return an empty list instead");
        }
        return list;
    }

    private static String describe(Object set) {
        return set.getClass().getName();
    }
}
