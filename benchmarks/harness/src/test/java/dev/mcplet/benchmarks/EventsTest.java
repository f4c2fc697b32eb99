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

  /** The 2026-07-28 events: the same fixture with the body and the three headers of that revision. */
  @Test
  void each2026EventIsTheSharedRestFixtureWithItsOwnBodyAndHeaders() throws Exception {
    JsonNode fixture = MAPPER.readTree(Path.of(System.getProperty("mcplet.shared.dir"),
        "fixtures/lambda-events/mcp/rest-v1-mcp-initialize.json").toFile());
    List<String> methods = List.of("server/discover", "tools/list", "tools/call");
    for (int i = 0; i < Main.EVENTS_2026.size(); i++) {
      ObjectNode event = (ObjectNode) MAPPER.readTree(Main.event(Main.EVENTS_2026.get(i)));
      JsonNode body = MAPPER.readTree(event.get("body").asText());
      assertEquals(methods.get(i), body.get("method").asText());
      assertEquals("2026-07-28", body.path("params").path("_meta").path("io.modelcontextprotocol/protocolVersion").asText());
      assertEquals(methods.get(i), event.path("headers").path("mcp-method").asText());
      assertEquals("2026-07-28", event.path("multiValueHeaders").path("mcp-protocol-version").path(0).asText());
      event.set("body", fixture.get("body"));
      for (String headers : List.of("headers", "multiValueHeaders")) {
        ObjectNode map = (ObjectNode) event.get(headers);
        map.remove(List.of("mcp-method", "mcp-name"));
        map.set("mcp-protocol-version", fixture.get(headers).get("mcp-protocol-version"));
      }
      assertEquals(fixture, event, Main.EVENTS_2026.get(i));
    }
  }
}
