package dev.mcplet.benchmarks.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * Proves a subject really answered the four events before its times are believed: initialize
 * negotiated a version, the notification got 202, tools/list listed add and multiply, and
 * tools/call add(2, 3) said 5. Runs in the parent, after the clock stopped.
 */
public final class ResponseCheck {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResponseCheck() {}

  public static void verify(String subject, List<byte[]> responses) throws IOException {
    verify(subject, 2, responses);
  }

  /**
   * The same checks for a subject with {@code toolCount} tools: tools/list lists them all, or a
   * full first page of 100 with a {@code nextCursor}; the first is {@code add}, the second
   * {@code multiply}.
   */
  public static void verify(String subject, int toolCount, List<byte[]> responses) throws IOException {
    if (responses.size() == 3) {
      verify2026(subject, toolCount, responses);
      return;
    }
    if (responses.size() != 4) {
      throw fail(subject, "expected 4 responses, got " + responses.size());
    }
    JsonNode init = body(subject, responses.get(0), 200);
    if (!init.path("result").path("protocolVersion").isTextual()) {
      throw fail(subject, "initialize returned no protocolVersion: " + init);
    }
    int status = MAPPER.readTree(responses.get(1)).path("statusCode").asInt();
    if (status != 202) {
      throw fail(subject, "notifications/initialized got HTTP " + status + ", expected 202");
    }
    verifyToolsListAndCall(subject, toolCount, responses.get(2), responses.get(3));
  }

  /**
   * The {@code --era 2026-07-28} events: server/discover names 2026-07-28, then tools/list and
   * tools/call as above, each result with {@code resultType}.
   */
  private static void verify2026(String subject, int toolCount, List<byte[]> responses) throws IOException {
    JsonNode discover = body(subject, responses.get(0), 200);
    if (!discover.path("result").path("supportedVersions").toString().contains("\"2026-07-28\"")) {
      throw fail(subject, "server/discover does not name 2026-07-28: " + discover);
    }
    verifyToolsListAndCall(subject, toolCount, responses.get(1), responses.get(2));
    JsonNode call = body(subject, responses.get(2), 200);
    if (!"complete".equals(call.path("result").path("resultType").asText())) {
      throw fail(subject, "tools/call under 2026-07-28 has no resultType: " + call);
    }
  }

  private static void verifyToolsListAndCall(String subject, int toolCount, byte[] listResponse, byte[] callResponse)
      throws IOException {
    JsonNode list = body(subject, listResponse, 200);
    JsonNode tools = list.path("result").path("tools");
    boolean complete = tools.size() == toolCount
        || (tools.size() == 100 && toolCount > 100 && list.path("result").path("nextCursor").isTextual());
    if (!complete || !"add".equals(tools.path(0).path("name").asText())
        || (toolCount > 1 && !"multiply".equals(tools.path(1).path("name").asText()))) {
      throw fail(subject, "tools/list did not list the " + toolCount + " tools, add and multiply first: "
          + clip(list.toString()));
    }
    JsonNode call = body(subject, callResponse, 200);
    String text = call.path("result").path("content").path(0).path("text").asText();
    if (!"5".equals(text) || call.path("result").path("isError").asBoolean(false)) {
      throw fail(subject, "tools/call add(2, 3) did not answer 5: " + call);
    }
  }

  /** The text of the first content item of a tools/call response event, for quick checks. */
  public static String callText(byte[] response) throws IOException {
    JsonNode event = MAPPER.readTree(response);
    return body("check", response, event.path("statusCode").asInt())
        .path("result").path("content").path(0).path("text").asText();
  }

  private static JsonNode body(String subject, byte[] response, int expectedStatus) throws IOException {
    JsonNode event = MAPPER.readTree(response);
    if (event.path("statusCode").asInt() != expectedStatus) {
      throw fail(subject, "HTTP " + event.path("statusCode") + ", expected " + expectedStatus + ": " + event);
    }
    String body = event.path("body").asText();
    if (event.path("isBase64Encoded").asBoolean(false)) {
      body = new String(java.util.Base64.getDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8);
    }
    return MAPPER.readTree(body);
  }

  private static String clip(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
  }

  private static IOException fail(String subject, String message) {
    return new IOException(subject + ": " + message);
  }
}
