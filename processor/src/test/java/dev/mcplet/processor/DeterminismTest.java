package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Generated sources are the same byte for byte on every build, whatever the order of the inputs. */
class DeterminismTest {

    @Test
    void sameInputSameBytes() {
        Compilation first = Compile.compile(Compile.resource("com/example/shop/Shop.java"),
                Compile.resource("com/example/tree/Tree.java"), Compile.resource("com/example/results/Results.java"),
                Compile.resource("com/example/library/Library.java"));
        Compilation second = Compile.compile(Compile.resource("com/example/library/Library.java"),
                Compile.resource("com/example/results/Results.java"), Compile.resource("com/example/tree/Tree.java"),
                Compile.resource("com/example/shop/Shop.java"));
        for (String name : new String[] {"com.example.shop.Shop_McpTools", "com.example.tree.Tree_McpTools",
            "com.example.results.Results_McpTools", "com.example.library.Library_McpTools",
            "com.example.library.Library_McpResources", "com.example.library.Library_McpPrompts"}) {
            assertEquals(Compile.generatedSource(first, name), Compile.generatedSource(second, name), name);
        }
        assertEquals(first.generatedSourceFiles().size(), second.generatedSourceFiles().size());
    }

    @Test
    void sameDtosSameBytes() {
        javax.tools.JavaFileObject[] sources = DtosTest.sources();
        javax.tools.JavaFileObject[] reversed = new javax.tools.JavaFileObject[sources.length];
        for (int i = 0; i < sources.length; i++) {
            reversed[i] = sources[sources.length - 1 - i];
        }
        String name = "com.example.dtos.Catalog_McpTools";
        assertEquals(Compile.generatedSource(Compile.compile(sources), name),
                Compile.generatedSource(Compile.compile(reversed), name));
    }
}
