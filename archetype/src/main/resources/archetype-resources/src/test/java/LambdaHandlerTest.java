package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcplet.test.LambdaEvent;
import dev.mcplet.test.LambdaResponse;
import dev.mcplet.test.McpTestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda entry point as AWS runs it: real API Gateway events (the front door template.yaml
 * sets up) in, the handler's bytes out.
 */
class LambdaHandlerTest {

    private final LambdaHandler handler = new LambdaHandler();

    @Test
    void answersToolCallsBehindApiGateway() {
        McpTestClient client = McpTestClient.throughLambda(handler, LambdaEvent.Source.REST_API);
        assertEquals("${artifactId}", client.initialize().path("serverInfo").path("name").asText());
        client.callTool("greet", Map.of("name", "Lambda")).assertSuccess().assertText("Hello, Lambda!");
    }

    @Test
    void aStatelessServerAnswersGetWith405() {
        LambdaResponse response = LambdaEvent.restApi().method("GET").header("Accept", "text/event-stream")
                .sendTo(handler)
                .assertStatus(405);
        assertEquals("POST", response.header("Allow"));
    }
}
