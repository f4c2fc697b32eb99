package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.PromptMessage;
import dev.mcplet.PromptResult;
import dev.mcplet.ResourceContents;
import dev.mcplet.server.prompt.PromptSet;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.tool.InvalidArgumentsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enums spelled in strings (prompt arguments, URI template variables) are read by their JSON
 * names, as tools read them: a constant renamed with {@code @JsonProperty} is matched by its new
 * name and becomes its Java constant.
 */
class TextEnumTest {

    private static final String SOURCE = """
            package test;
            import dev.mcplet.*;
            import com.fasterxml.jackson.annotation.JsonProperty;

            public class Levels {
                public enum Level { @JsonProperty("low") LOW, @JsonProperty("high") HIGH, MEDIUM }

                @McpPrompt
                public PromptMessage advise(Level level) {
                    return PromptMessage.user("level " + level.name());
                }

                @McpResource(uri = "levels://{level}")
                public String describe(Level level) {
                    return "described " + level.name();
                }
            }
            """;

    static PromptSet prompts;
    static ResourceSet resources;

    @BeforeAll
    static void compile() {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Levels", SOURCE));
        Object levels = loaded.instance("test.Levels");
        prompts = (PromptSet) loaded.generated("test.Levels_McpPrompts", levels);
        resources = (ResourceSet) loaded.generated("test.Levels_McpResources", levels);
    }

    @Test
    void promptArgumentsAreReadByTheirJsonNames() throws Exception {
        assertEquals(PromptResult.of(PromptMessage.user("level LOW")), prompts.get("advise", Map.of("level", "low"), null));
        assertEquals(PromptResult.of(PromptMessage.user("level MEDIUM")),
                prompts.get("advise", Map.of("level", "MEDIUM"), null));
        InvalidArgumentsException javaName = assertThrows(InvalidArgumentsException.class,
                () -> prompts.get("advise", Map.of("level", "LOW"), null));
        assertTrue(javaName.getMessage().contains("expected one of \"low\", \"high\", \"MEDIUM\""), javaName.getMessage());
    }

    @Test
    void uriTemplateVariablesAreReadByTheirJsonNames() throws Exception {
        List<ResourceContents> contents = resources.read("levels://{level}", "levels://high", Map.of("level", "high"), null);
        assertEquals("described HIGH", ((ResourceContents.Text) contents.get(0)).text());
    }
}
