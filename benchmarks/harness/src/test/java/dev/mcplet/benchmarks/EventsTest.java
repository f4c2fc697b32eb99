package dev.mcplet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four benchmark events are the shared REST v1 fixture with only the JSON-RPC body changed. */
class EventsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void eachEventIsTheSharedRestFixtureWithItsOwnBody() throws Exception {
    JsonNode fixture = MAPPER.readTree(Path.of(System.getProperty("mcplet.shared.dir"),
        "fixtures/lambda-events/mcp/rest-v1-mcp-initialize.json").toFile());
    List<String> methods = List.of("initialize", "notifications/initialized", "tools/list", "tools/call");
    for (int i = 0; i < Main.EVENTS.size(); i++) {
      ObjectNode event = (ObjectNode) MAPPER.readTree(Main.event(Main.EVENTS.get(i)));
      JsonNode body = MAPPER.readTree(event.get("body").asText());
      assertEquals(methods.get(i), body.get("method").asText());
      assertEquals("2.0", body.get("jsonrpc").asText());
      event.set("body", fixture.get("body"));
      assertEquals(fixture, event, Main.EVENTS.get(i));
    }
  }
}
