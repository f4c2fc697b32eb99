package dev.mcplet.benchmarks.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The floor is a fair peer only if it is correct: JSON-RPC answers for what a client may send. */
class FloorHandlerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static ObjectNode fixture;

  @BeforeAll
  static void readFixture() throws Exception {
    fixture = (ObjectNode) MAPPER.readTree(Path.of(System.getProperty("mcplet.shared.dir"),
        "fixtures/lambda-events/mcp/rest-v1-mcp-initialize.json").toFile());
  }

  @Test
  void initializeNegotiatesTheRequestedVersionOrTheLatest() throws Exception {
    assertEquals("2025-11-25", body(fixture).at("/result/protocolVersion").asText());
    assertEquals("2025-06-18", body(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
        + "\"params\":{\"protocolVersion\":\"2025-06-18\"}}")).at("/result/protocolVersion").asText());
    assertEquals("2025-11-25", body(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
        + "\"params\":{\"protocolVersion\":\"1999-01-01\"}}")).at("/result/protocolVersion").asText());
  }

  @Test
  void toolsAreListedAndCalled() throws Exception {
    assertEquals(2, body(post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")).at("/result/tools").size());
    JsonNode product = body(post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
        + "\"params\":{\"name\":\"multiply\",\"arguments\":{\"a\":6,\"b\":7}}}"));
    assertEquals("42", product.at("/result/content/0/text").asText());
    assertEquals(3, product.get("id").asInt());
  }

  @Test
  void mistakesGetTheirJsonRpcErrorsOrAToolError() throws Exception {
    assertEquals(-32700, body(post("{not json")).at("/error/code").asInt());
    assertEquals(-32600, body(post("{\"id\":1,\"method\":\"ping\"}")).at("/error/code").asInt());
    assertEquals(-32601, body(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}")).at("/error/code").asInt());
    assertEquals(-32602, body(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
        + "\"params\":{\"name\":\"divide\",\"arguments\":{}}}")).at("/error/code").asInt());
    assertEquals(true, body(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
        + "\"params\":{\"name\":\"add\",\"arguments\":{\"a\":\"x\",\"b\":1}}}")).at("/result/isError").asBoolean());
  }

  @Test
  void notificationsGet202AndOtherMethodsThan405() throws Exception {
    assertEquals(202, invoke(post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
        .get("statusCode").asInt());
    ObjectNode get = fixture.deepCopy();
    get.put("httpMethod", "GET");
    JsonNode response = invoke(get);
    assertEquals(405, response.get("statusCode").asInt());
    assertEquals("POST", response.at("/headers/Allow").asText());
  }

  private static ObjectNode post(String body) {
    ObjectNode event = fixture.deepCopy();
    event.put("body", body);
    return event;
  }

  private static JsonNode body(ObjectNode event) throws Exception {
    return MAPPER.readTree(invoke(event).get("body").asText());
  }

  private static JsonNode invoke(ObjectNode event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FloorHandler().handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(event)), out, null);
    return MAPPER.readTree(out.toByteArray());
  }
}
