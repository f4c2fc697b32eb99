package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.McpResource.CacheScope;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @McpResource(cacheTtl, cacheScope)}: the hint of a resource's reads under MCP 2026-07-28
 * is read at compile time into its descriptor (milliseconds and scope, each left to the server
 * when unset); a resource that sets neither gets the descriptor it always had.
 */
class ResourceCacheHintTest {

    private static final String SOURCE = """
            package test;
            import dev.mcplet.McpResource;
            import dev.mcplet.McpResource.CacheScope;
            public class Shop {
                @McpResource(uri = "shop://catalog", cacheTtl = "PT1H", cacheScope = CacheScope.PUBLIC)
                public String catalog() { return "all"; }
                @McpResource(uri = "shop://me", cacheTtl = "PT0S", cacheScope = CacheScope.PRIVATE)
                public String me() { return "me"; }
                @McpResource(uri = "shop://news", cacheScope = CacheScope.PUBLIC)
                public String news() { return "news"; }
                @McpResource(uri = "shop://plain")
                public String plain() { return "plain"; }
                @McpResource(uri = "shop://prices/{sku}", cacheTtl = " PT1.5S ")
                public String price(String sku) { return sku; }
                @McpResource(uri = "shop://stock/{sku}")
                public String stock(String sku) { return sku; }
            }
            """;

    @Test
    void theDescriptorsCarryTheHints() {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Shop", SOURCE));
        ResourceSet set = (ResourceSet) loaded.generated("test.Shop_McpResources", loaded.instance("test.Shop"));
        assertEquals(List.of(
                new ResourceDescriptor("shop://catalog", "catalog", null, null, null, -1, null, 3_600_000,
                        CacheScope.PUBLIC),
                new ResourceDescriptor("shop://me", "me", null, null, null, -1, null, 0, CacheScope.PRIVATE),
                new ResourceDescriptor("shop://news", "news", null, null, null, -1, null, -1, CacheScope.PUBLIC),
                new ResourceDescriptor("shop://plain", "plain", null, null, null, -1, null)), set.resources());
        assertEquals(List.of(
                new ResourceTemplateDescriptor("shop://prices/{sku}", "price", null, null, null, null, 1_500,
                        CacheScope.SERVER_DEFAULT),
                new ResourceTemplateDescriptor("shop://stock/{sku}", "stock", null, null, null, null)), set.templates());
    }

    /** A resource without hints is generated as before (the constructor without them), so existing sources are unchanged. */
    @Test
    void onlyResourcesWithAHintNameOne() {
        String generated = Compile.generatedSource(Compile.compile(Compile.source("test.Shop", SOURCE)),
                "test.Shop_McpResources");
        assertTrue(generated.contains("3600000L,\n    McpResource.CacheScope.PUBLIC);"), generated);
        int plain = generated.indexOf("\"shop://plain\"");
        String plainDescriptor = generated.substring(plain, generated.indexOf(";", plain));
        assertFalse(plainDescriptor.contains("CacheScope"), plainDescriptor);
    }
}
