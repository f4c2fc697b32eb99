package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcplet.test.ListedTool;
import dev.mcplet.test.McpTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tools as an MCP client sees them, in process: no network, no port. */
class GreetingToolsTest {

    private final McpTestClient client = McpTestClient.of(ServerFactory.create());

    @Test
    void listsTheGreetToolWithItsJavadoc() {
        ListedTool greet = client.tool("greet");
        assertEquals("Greet someone by name.", greet.description());
        assertEquals(List.of("name"), greet.requiredParameters(), "an Optional parameter is not required");
        assertEquals("[\"ENGLISH\",\"FRENCH\",\"GERMAN\"]", greet.parameter("language").path("enum").toString());
    }

    @Test
    void greetsInEachLanguage() {
        client.callTool("greet", Map.of("name", "Ada")).assertSuccess().assertText("Hello, Ada!");
        client.callTool("greet", Map.of("name", "Ada", "language", GreetingTools.Language.FRENCH))
                .assertSuccess().assertText("Bonjour, Ada !");
        client.callTool("greet", "{\"name\": \"Ada\", \"language\": \"GERMAN\"}").assertText("Hallo, Ada!");
    }

    @Test
    void mistakesAreToolErrorsTheModelCanRead() {
        client.callTool("greet", Map.of("name", " ")).assertToolError().assertTextContains("say who to greet");
        client.callTool("greet", Map.of("name", "Ada", "language", "KLINGON")).assertToolError()
                .assertTextContains("language");
        client.callTool("greet", Map.of()).assertToolError().assertTextContains("name");
    }
}
