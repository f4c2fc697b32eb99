package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas generated for the representative sources, compared with golden files as JSON (not
 * layout). After an intended change, rewrite them with {@code MCPLET_UPDATE_GOLDEN=1 mvn -pl processor -am test
 * -Dtest=GoldenSchemaTest} and review the diff.
 */
class GoldenSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static Compile.Loaded loaded;

    @BeforeAll
    static void compile() {
        List<JavaFileObject> sources = new ArrayList<>(List.of(Compile.resource("com/example/Calculator.java"),
                Compile.resource("com/example/shop/Shop.java"), Compile.resource("com/example/types/Scalars.java"),
                Compile.resource("com/example/tree/Tree.java"), Compile.resource("com/example/results/Results.java")));
        sources.addAll(List.of(DtosTest.sources()));
        loaded = Compile.load(sources.toArray(new JavaFileObject[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example.Calculator", "com.example.shop.Shop", "com.example.types.Scalars",
        "com.example.tree.Tree", "com.example.results.Results", "com.example.dtos.Catalog"})
    void schemasMatchTheGoldenFile(String className) throws IOException {
        ToolSet tools = loaded.tools(className);
        ObjectNode actual = MAPPER.createObjectNode();
        for (ToolDescriptor tool : tools.tools()) {
            Schemas.assertValidSchema(tool.inputSchema());
            ObjectNode entry = actual.putObject(tool.name());
            entry.set("inputSchema", MAPPER.readTree(tool.inputSchema()));
            if (tool.outputSchema() != null) {
                Schemas.assertValidSchema(tool.outputSchema());
                entry.set("outputSchema", MAPPER.readTree(tool.outputSchema()));
            }
        }
        String file = "golden/" + className.substring(className.lastIndexOf('.') + 1) + ".schemas.json";
        if ("1".equals(System.getenv("MCPLET_UPDATE_GOLDEN"))) {
            Path path = Path.of(System.getProperty("mcplet.root.dir"), "processor/src/test/resources", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, MAPPER.writeValueAsString(actual) + "\n");
            return;
        }
        JsonNode expected;
        try (InputStream in = GoldenSchemaTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError("no golden file " + file + "; run with MCPLET_UPDATE_GOLDEN=1 to write it");
            }
            expected = MAPPER.readTree(in);
        }
        assertEquals(MAPPER.writeValueAsString(expected), MAPPER.writeValueAsString(actual),
                "schemas differ from " + file + "; if intended, rewrite it with MCPLET_UPDATE_GOLDEN=1");
    }
}
