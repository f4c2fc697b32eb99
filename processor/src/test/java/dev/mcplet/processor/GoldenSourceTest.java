package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated resource, prompt and tool classes of the library example, compared with golden
 * files as text: what a reader of the README sees. After an intended change, rewrite them with
 * {@code MCPLET_UPDATE_GOLDEN=1 mvn -pl processor -am test -Dtest=GoldenSourceTest} and review the diff.
 */
class GoldenSourceTest {

    static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Compile.load(Compile.resource("com/example/library/Library.java")).compilation;
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example.library.Library_McpResources", "com.example.library.Library_McpPrompts",
        "com.example.library.Library_McpTools"})
    void generatedSourceMatchesTheGoldenFile(String generatedName) throws IOException {
        String actual = Compile.generatedSource(compilation, generatedName);
        String file = "golden/" + generatedName.substring(generatedName.lastIndexOf('.') + 1) + ".java.txt";
        if ("1".equals(System.getenv("MCPLET_UPDATE_GOLDEN"))) {
            Path path = Path.of(System.getProperty("mcplet.root.dir"), "processor/src/test/resources", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, actual);
            return;
        }
        String expected;
        try (InputStream in = GoldenSourceTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError("no golden file " + file + "; run with MCPLET_UPDATE_GOLDEN=1 to write it");
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "generated source differs from " + file
                + "; if intended, rewrite it with MCPLET_UPDATE_GOLDEN=1");
    }
}
