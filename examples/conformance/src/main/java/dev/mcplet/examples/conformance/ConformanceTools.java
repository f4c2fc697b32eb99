package dev.mcplet.examples.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.Content;
import dev.mcplet.LogLevel;
import dev.mcplet.McpContext;
import dev.mcplet.McpTool;
import dev.mcplet.ToolException;
import java.util.List;

/**
 * The tools of the official MCP conformance suite's server fixture (scenarios {@code tools-*},
 * {@code json-schema-2020-12}, {@code elicitation-*}, {@code server-sse-polling}), written as any
 * mcplet application writes tools. Names and texts are the ones the suite calls and checks.
 */
public class ConformanceTools {

    /** A 1x1 red PNG, base64. */
    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    /** A 44-byte RIFF/WAVE header (PCM mono 8 kHz 16-bit), base64. */
    static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    /** Tests simple text content response */
    @McpTool(name = "test_simple_text")
    public String simpleText() {
        return "This is a simple text response for testing.";
    }

    /** Tests image content response */
    @McpTool(name = "test_image_content")
    public Content imageContent() {
        return Content.imageBase64(PNG, "image/png");
    }

    /** Tests audio content response */
    @McpTool(name = "test_audio_content")
    public Content audioContent() {
        return Content.audioBase64(WAV, "audio/wav");
    }

    /** Tests embedded resource content response */
    @McpTool(name = "test_embedded_resource")
    public Content embeddedResource() {
        return Content.embeddedText("test://embedded-resource", "text/plain", "This is an embedded resource content.");
    }

    /** Tests response with multiple content types (text, image, resource) */
    @McpTool(name = "test_multiple_content_types")
    public List<Content> multipleContentTypes() {
        return List.of(Content.text("Multiple content types test:"), Content.imageBase64(PNG, "image/png"),
                Content.embeddedText("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}"));
    }

    /** Tests tool that emits log messages during execution */
    @McpTool(name = "test_tool_with_logging")
    public String toolWithLogging(McpContext context) throws InterruptedException {
        context.log(LogLevel.INFO, "Tool execution started");
        Thread.sleep(50);
        context.log(LogLevel.INFO, "Tool processing data");
        Thread.sleep(50);
        context.log(LogLevel.INFO, "Tool execution completed");
        return "Tool with logging executed successfully";
    }

    /** Tests tool that reports progress notifications */
    @McpTool(name = "test_tool_with_progress")
    public String toolWithProgress(McpContext context) throws InterruptedException {
        for (int step = 0; step <= 2; step++) {
            context.progress(step * 50, 100.0, "Completed step " + step * 50 + " of 100");
            if (step < 2) {
                Thread.sleep(50);
            }
        }
        return String.valueOf(context.meta().get("progressToken"));
    }

    /** Tests error response handling */
    @McpTool(name = "test_error_handling")
    public String errorHandling() {
        throw new ToolException("This tool intentionally returns an error for testing");
    }

    /**
     * Tests server-initiated sampling (LLM completion request)
     *
     * @param prompt The prompt to send to the LLM
     */
    @McpTool(name = "test_sampling")
    public String sampling(String prompt, McpContext context) {
        // A stateless server cannot ask the client mid-call: sample() throws InputUnavailableException,
        // which becomes an isError result saying so, at once.
        return "LLM response: " + context.sample(prompt, 100);
    }

    /**
     * Tests server-initiated elicitation (user input request)
     *
     * @param message The message to show the user
     */
    @McpTool(name = "test_elicitation")
    public String elicitation(String message, McpContext context) {
        String schema = "{\"type\":\"object\",\"properties\":{\"response\":{\"type\":\"string\","
                + "\"description\":\"User's response\"}},\"required\":[\"response\"]}";
        McpContext.Elicitation answer = context.elicit(message, schema);
        return "User response: action=" + answer.action() + ", content=" + answer.content();
    }

    /** Tests elicitation with default values per SEP-1034 */
    @McpTool(name = "test_elicitation_sep1034_defaults")
    public String elicitationDefaults(McpContext context) {
        String schema = "{\"type\":\"object\",\"required\":[],\"properties\":{"
                + "\"name\":{\"type\":\"string\",\"description\":\"User name\",\"default\":\"John Doe\"},"
                + "\"age\":{\"type\":\"integer\",\"description\":\"User age\",\"default\":30},"
                + "\"score\":{\"type\":\"number\",\"description\":\"User score\",\"default\":95.5},"
                + "\"status\":{\"type\":\"string\",\"description\":\"User status\",\"enum\":[\"active\",\"inactive\","
                + "\"pending\"],\"default\":\"active\"},"
                + "\"verified\":{\"type\":\"boolean\",\"description\":\"Verification status\",\"default\":true}}}";
        return completed(context, "Please review and update the form fields with defaults", schema);
    }

    /** Tests elicitation with enum schema improvements per SEP-1330 */
    @McpTool(name = "test_elicitation_sep1330_enums")
    public String elicitationEnums(McpContext context) {
        String schema = "{\"type\":\"object\",\"required\":[],\"properties\":{"
                + "\"untitledSingle\":{\"type\":\"string\",\"description\":\"Select one option\","
                + "\"enum\":[\"option1\",\"option2\",\"option3\"]},"
                + "\"titledSingle\":{\"type\":\"string\",\"description\":\"Select one option with titles\",\"oneOf\":["
                + "{\"const\":\"value1\",\"title\":\"First Option\"},{\"const\":\"value2\",\"title\":\"Second Option\"},"
                + "{\"const\":\"value3\",\"title\":\"Third Option\"}]},"
                + "\"legacyEnum\":{\"type\":\"string\",\"description\":\"Select one option (legacy)\","
                + "\"enum\":[\"opt1\",\"opt2\",\"opt3\"],\"enumNames\":[\"Option One\",\"Option Two\",\"Option Three\"]},"
                + "\"untitledMulti\":{\"type\":\"array\",\"description\":\"Select multiple options\",\"minItems\":1,"
                + "\"maxItems\":3,\"items\":{\"type\":\"string\",\"enum\":[\"option1\",\"option2\",\"option3\"]}},"
                + "\"titledMulti\":{\"type\":\"array\",\"description\":\"Select multiple options with titles\","
                + "\"minItems\":1,\"maxItems\":3,\"items\":{\"anyOf\":[{\"const\":\"value1\",\"title\":\"First Choice\"},"
                + "{\"const\":\"value2\",\"title\":\"Second Choice\"},{\"const\":\"value3\",\"title\":\"Third Choice\"}]}}}}";
        return completed(context, "Please select options from the enum fields", schema);
    }

    private static String completed(McpContext context, String message, String schema) {
        McpContext.Elicitation answer = context.elicit(message, schema);
        return "Elicitation completed: action=" + answer.action() + ", content=" + answer.content();
    }

    /**
     * Tool with JSON Schema 2020-12 features for conformance testing (SEP-1613). Its schema is written
     * by hand ({@code $schema}, {@code $defs}, {@code $ref}), which generated schemas do not use, so
     * the method takes the arguments as they are.
     */
    @McpTool(name = "json_schema_2020_12_tool", inputSchema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
            + "\"type\":\"object\",\"$defs\":{\"address\":{\"type\":\"object\",\"properties\":{\"street\":{\"type\":\"string\"},"
            + "\"city\":{\"type\":\"string\"}}}},\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"address\":{\"$ref\":\"#/$defs/address\"}},\"additionalProperties\":false}")
    public String jsonSchema202012(ObjectNode arguments) {
        return "JSON Schema 2020-12 tool called with: " + arguments.size() + " argument(s), name "
                + (arguments.path("name").isTextual() ? "'" + arguments.get("name").textValue() + "'" : "absent");
    }

    /**
     * Tests SSE stream disconnection and client reconnection (SEP-1699). A stateless server keeps no
     * stream to close and resume, so the call simply completes.
     */
    @McpTool(name = "test_reconnection")
    public String reconnection() {
        return "Reconnection test completed successfully. This stateless server answers every call on the POST"
                + " that made it, so there is no stream to resume.";
    }
}
