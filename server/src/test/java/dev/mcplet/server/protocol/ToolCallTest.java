package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.answer;
import static dev.mcplet.server.protocol.Wire.call;
import static dev.mcplet.server.protocol.Wire.error;
import static dev.mcplet.server.protocol.Wire.request;
import static dev.mcplet.server.protocol.Wire.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CapturedErr;
import dev.mcplet.server.testing.ShowcaseTools;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code tools/call}: request checks, error mapping, and rendering of results per revision. */
class ToolCallTest {

    private static final String LATEST = "2025-11-25";

    private final McpProtocol protocol = Wire.calculator();
    @RegisterExtension
    final CapturedErr stderr = CapturedErr.eachTest();

    private String log() {
        return stderr.text();
    }

    private JsonNode callResult(String tool, String arguments, String version) {
        return result(protocol, call(1, tool, arguments), version);
    }

    private static String onlyText(JsonNode result) {
        assertEquals(1, result.path("content").size(), () -> Json.toJson(result));
        assertEquals("text", result.path("content").get(0).path("type").textValue());
        return result.path("content").get(0).path("text").textValue();
    }

    @Nested
    class Success {

        @Test
        void callsTheTool() {
            JsonNode result = callResult("add", "{\"a\":2,\"b\":3}", LATEST);
            assertEquals("5", onlyText(result));
            assertFalse(result.path("isError").booleanValue());
            assertEquals("42", onlyText(callResult("multiply", "{\"a\":6,\"b\":7}", LATEST)));
        }

        @Test
        void missingArgumentsAreAnEmptyObject() {
            assertEquals("{}", onlyText(callResult("echo", null, LATEST)));
            assertEquals("{}", onlyText(callResult("echo", "null", LATEST)));
            assertEquals("{\"x\":[1,2.50]}", onlyText(callResult("echo", "{\"x\":[1,2.50]}", LATEST)));
        }

        @Test
        void worksWithoutAnyPriorInitialize() {
            assertEquals("5", onlyText(result(Wire.calculator(), call(0, "add", "{\"a\":2,\"b\":3}"), null)));
        }
    }

    @Nested
    class ProtocolErrors {

        @Test
        void unknownToolIsInvalidParams() {
            JsonNode response = answer(protocol, call(3, "nope", "{}"), LATEST);
            assertEquals(3, response.get("id").intValue());
            assertEquals("Unknown tool: nope", error(response, -32602));
        }

        @Test
        void aToolSetThatDisownsAListedToolIsAnUnknownTool() {
            assertEquals("Unknown tool: listed_but_unknown",
                    error(answer(protocol, call(1, "listed_but_unknown", null), LATEST), -32602));
        }

        @ParameterizedTest
        @ValueSource(strings = {"{}", "{\"name\":5}", "{\"name\":null}", "{\"name\":\"add\",\"arguments\":[1,2]}",
            "{\"name\":\"add\",\"arguments\":\"a=1\"}"})
        void malformedParamsAreInvalidParams(String params) {
            error(answer(protocol, request(1, "tools/call", params), LATEST), -32602);
        }

        @Test
        void missingParamsAreInvalidParams() {
            error(answer(protocol, request(1, "tools/call", null), LATEST), -32602);
        }

        @Test
        void anErrorThrownByTheToolIsAnInternalErrorWithoutDetails() {
            JsonNode response = answer(protocol, call(8, "stack_overflow", null), LATEST);
            String message = error(response, -32603);
            assertTrue(message.contains("stack_overflow"), message);
            assertFalse(message.contains("StackOverflow"), message);
            assertTrue(log().contains("java.lang.StackOverflowError"), "logged for the developer");
        }
    }

    @Nested
    class ToolErrors {

        private String errorText(String tool, String arguments) {
            JsonNode result = callResult(tool, arguments, LATEST);
            assertTrue(result.path("isError").booleanValue(), () -> Json.toJson(result));
            String text = onlyText(result);
            Wire.assertClean(text);
            return text;
        }

        @Test
        void invalidArgumentsNameTheToolAndTheArgument() {
            assertEquals("Invalid arguments for tool 'add': a: expected an integer, got the string \"x\"",
                    errorText("add", "{\"a\":\"x\",\"b\":1}"));
            assertEquals("Invalid arguments for tool 'add': b: required, expected an integer",
                    errorText("add", "{\"a\":1}"));
            assertEquals("", log(), "a client mistake is not logged");
        }

        @Test
        void toolExceptionMessageIsSentVerbatimAndLoggedInOneLine() {
            assertEquals("Quota exceeded; try again in 5 minutes.", errorText("tool_exception", null));
            assertTrue(log().contains("tool 'tool_exception' failed"), log());
            assertFalse(log().contains("\tat "), "no stack trace for an intended report");
        }

        @Test
        void toolExceptionCauseIsLoggedButNotSent() {
            assertEquals("The upstream service is unavailable.", errorText("tool_exception_with_cause", null));
            assertTrue(log().contains("connection refused"), log());
            assertTrue(log().contains("\tat "), "stack trace logged");
        }

        @Test
        void otherExceptionsAreMaskedAndLoggedWithTheirReference() {
            String text = errorText("runtime_exception", null);
            assertTrue(text.matches("Tool 'runtime_exception' failed \\(reference [0-9a-f]{12}\\); the server log has"
                    + " the details\\."), text);
            String reference = text.substring(text.indexOf("reference ") + 10, text.indexOf(')'));
            assertTrue(log().contains("(reference " + reference + "): java.lang.IllegalStateException: The disk is full."),
                    log());
            assertTrue(log().contains("\tat "), log());
            assertFalse(errorText("checked_exception", null).contains("Connection reset"));
        }

        @Test
        void anExceptionWithoutMessageGetsASentenceNamingTheTool() {
            assertTrue(errorText("null_message", null).startsWith("Tool 'null_message' failed (reference "));
            assertEquals("Tool 'tool_exception_without_message' failed without an error message.",
                    errorText("tool_exception_without_message", null));
        }

        @Test
        void aNullResultIsAToolError() {
            assertEquals("Tool 'returns_null' returned no result.", errorText("returns_null", null));
        }

        @Test
        void anExplicitErrorResultIsPassedOn() {
            assertEquals("Nothing to do here; call add instead.", errorText("explicit_error", null));
        }
    }

    @Nested
    class Rendering {

        @Test
        void structuredValueFrom20250618IsStructuredContentPlusItsJsonAsText() {
            for (String version : new String[] {"2025-06-18", LATEST}) {
                JsonNode result = callResult("structured", null, version);
                assertEquals("{\"sum\":6,\"items\":[1,2,3]}", Json.toJson(result.get("structuredContent")));
                assertEquals("{\"sum\":6,\"items\":[1,2,3]}", onlyText(result));
            }
        }

        @Test
        void structuredValueBefore20250618IsOnlyText() {
            for (String version : new String[] {"2024-11-05", "2025-03-26"}) {
                JsonNode result = callResult("structured", null, version);
                assertFalse(result.has("structuredContent"));
                assertEquals("{\"sum\":6,\"items\":[1,2,3]}", onlyText(result));
            }
        }

        @Test
        void givenContentIsNotDuplicatedByTheStructuredValue() {
            JsonNode result = callResult("structured_with_text", null, LATEST);
            assertEquals("The sum is 6.", onlyText(result));
            assertEquals(6, result.path("structuredContent").path("sum").intValue());
            assertEquals("The sum is 6.", onlyText(callResult("structured_with_text", null, "2025-03-26")));
        }

        @Test
        void everyContentTypeIn20251125() {
            JsonNode content = callResult("everything", null, LATEST).path("content");
            assertEquals(6, content.size());
            assertEquals("{\"type\":\"text\",\"text\":\"Every content type follows.\",\"annotations\":"
                    + "{\"audience\":[\"user\",\"assistant\"],\"priority\":0.5,\"lastModified\":\"2025-01-12T15:00:58Z\"}}",
                    Json.toJson(content.get(0)));
            assertEquals("{\"type\":\"image\",\"data\":\"" + ShowcaseTools.PNG + "\",\"mimeType\":\"image/png\"}",
                    Json.toJson(content.get(1)));
            assertEquals("{\"type\":\"audio\",\"data\":\"" + ShowcaseTools.WAV + "\",\"mimeType\":\"audio/wav\","
                    + "\"annotations\":{\"audience\":[\"user\"]}}", Json.toJson(content.get(2)));
            assertEquals("{\"type\":\"resource_link\",\"uri\":\"file:///project/src/main.rs\",\"name\":\"main.rs\","
                    + "\"title\":\"Main source\",\"description\":\"Primary application entry point\","
                    + "\"mimeType\":\"text/x-rust\",\"size\":1024}", Json.toJson(content.get(3)));
            assertEquals("{\"type\":\"resource\",\"resource\":{\"uri\":\"test://embedded-resource\","
                    + "\"mimeType\":\"text/plain\",\"text\":\"This is an embedded resource.\"}}",
                    Json.toJson(content.get(4)));
            assertEquals("{\"type\":\"resource\",\"resource\":{\"uri\":\"test://static-binary\","
                    + "\"mimeType\":\"image/png\",\"blob\":\"AQID\"}}", Json.toJson(content.get(5)));
        }

        @Test
        void resourceLinksBefore20250618BecomeTextAndLastModifiedIsDropped() {
            JsonNode content = callResult("everything", null, "2025-03-26").path("content");
            assertEquals("{\"audience\":[\"user\",\"assistant\"],\"priority\":0.5}",
                    Json.toJson(content.get(0).get("annotations")));
            assertEquals("audio", content.get(2).path("type").textValue());
            assertEquals("{\"type\":\"text\",\"text\":\"Resource link: Main source (main.rs) <file:///project/src/main.rs>,"
                    + " text/x-rust: Primary application entry point\"}", Json.toJson(content.get(3)));
        }

        @Test
        void audioIn20241105BecomesAnExplainingText() {
            JsonNode audio = callResult("everything", null, "2024-11-05").path("content").get(2);
            assertEquals("text", audio.path("type").textValue());
            assertTrue(audio.path("text").textValue().contains("audio/wav"), audio.path("text").textValue());
            assertEquals("{\"audience\":[\"user\"]}", Json.toJson(audio.get("annotations")));
        }
    }
}
