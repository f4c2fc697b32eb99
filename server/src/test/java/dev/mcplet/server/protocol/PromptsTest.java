package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.answer;
import static dev.mcplet.server.protocol.Wire.error;
import static dev.mcplet.server.protocol.Wire.request;
import static dev.mcplet.server.protocol.Wire.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.McpContext;
import dev.mcplet.PromptResult;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.prompt.PromptDescriptor;
import dev.mcplet.server.prompt.PromptSet;
import dev.mcplet.server.testing.CapturedErr;
import dev.mcplet.server.testing.FixturePrompts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** prompts/list and prompts/get. */
class PromptsTest {

    private final McpProtocol protocol = Wire.everything();

    private static String get(int id, String name, String arguments) {
        return request(id, "prompts/get", "{\"name\":\"" + name + "\"" + (arguments == null ? "" : ",\"arguments\":" + arguments) + "}");
    }

    @Test
    void listsPromptsWithTheirArguments() {
        JsonNode prompts = result(protocol, request(1, "prompts/list", null), "2025-11-25").get("prompts");
        assertEquals(6, prompts.size());
        assertEquals("{\"name\":\"test_simple_prompt\",\"title\":\"Simple Test Prompt\",\"description\":\"A simple prompt"
                + " without arguments\"}", Json.toJson(prompts.get(0)));
        assertEquals("[{\"name\":\"arg1\",\"description\":\"First test argument\",\"required\":true},{\"name\":\"arg2\","
                + "\"title\":\"Second\",\"description\":\"Second test argument\",\"required\":true}]",
                Json.toJson(prompts.get(1).get("arguments")));
        JsonNode old = result(protocol, request(1, "prompts/list", null), "2025-03-26").get("prompts");
        assertFalse(old.get(0).has("title"), "titles from 2025-06-18");
        assertFalse(old.get(1).get("arguments").get(1).has("title"));
    }

    @Test
    void rendersMessagesWithRolesAndContent() {
        assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"Prompt with arguments:"
                + " arg1='testValue1', arg2='testValue2'\"}}]}", Json.toJson(result(protocol, get(1,
                "test_prompt_with_arguments", "{\"arg1\":\"testValue1\",\"arg2\":\"testValue2\"}"), "2025-11-25")));
        JsonNode embedded = result(protocol, get(2, "test_prompt_with_embedded_resource",
                "{\"resourceUri\":\"test://example-resource\"}"), "2025-11-25").get("messages");
        assertEquals("{\"type\":\"resource\",\"resource\":{\"uri\":\"test://example-resource\",\"mimeType\":\"text/plain\","
                + "\"text\":\"Embedded resource content for testing.\"}}", Json.toJson(embedded.get(0).get("content")));
        JsonNode image = result(protocol, get(3, "test_prompt_with_image", null), "2025-11-25").get("messages");
        assertEquals("image", image.get(0).path("content").path("type").textValue());
    }

    @Test
    void mediaIsDowngradedForRevisionsWithoutIt() {
        JsonNode latest = result(protocol, get(1, "media", "{\"style\":\"bold\"}"), "2025-11-25");
        assertEquals("media in bold style", latest.path("description").textValue());
        assertEquals("assistant", latest.path("messages").get(0).path("role").textValue());
        assertEquals("audio", latest.path("messages").get(0).path("content").path("type").textValue());
        assertEquals("resource_link", latest.path("messages").get(1).path("content").path("type").textValue());
        JsonNode oldest = result(protocol, get(1, "media", null), "2024-11-05").get("messages");
        assertEquals("text", oldest.get(0).path("content").path("type").textValue());
        assertEquals("text", oldest.get(1).path("content").path("type").textValue());
    }

    @Test
    void missingRequiredArgumentsAreInvalidParamsNamingEach() {
        String message = error(answer(protocol, get(1, "test_prompt_with_arguments", "{\"arg2\":\"x\"}"), "2025-11-25"),
                -32602);
        assertEquals("Invalid arguments for prompt 'test_prompt_with_arguments': arg1: missing required argument"
                + " (First test argument)", message);
        String both = error(answer(protocol, get(1, "test_prompt_with_arguments", null), "2025-11-25"), -32602);
        assertTrue(both.contains("arg1: missing") && both.contains("arg2: missing"), both);
        String nulls = error(answer(protocol, get(1, "test_prompt_with_arguments", "{\"arg1\":null,\"arg2\":\"b\"}"),
                "2025-11-25"), -32602);
        assertTrue(nulls.contains("arg1: missing"), nulls);
    }

    @Test
    void wrongArgumentsAreInvalidParamsAllAtOnce() {
        String message = error(answer(protocol, get(1, "test_prompt_with_arguments",
                "{\"arg1\":1,\"arg2\":\"b\",\"arg3\":\"c\"}"), "2025-11-25"), -32602);
        assertEquals("Invalid arguments for prompt 'test_prompt_with_arguments': arg1: expected a string, got number;"
                + " arg3: unexpected argument, expected one of: arg1, arg2", message);
        error(answer(protocol, get(1, "test_simple_prompt", "[]"), "2025-11-25"), -32602);
        String none = error(answer(protocol, get(1, "test_simple_prompt", "{\"x\":\"y\"}"), "2025-11-25"), -32602);
        assertTrue(none.contains("this prompt takes no arguments"), none);
    }

    @Test
    void unknownPromptsAndMalformedRequestsAreInvalidParams() {
        assertEquals("Unknown prompt: nope", error(answer(protocol, get(1, "nope", null), "2025-11-25"), -32602));
        error(answer(protocol, request(1, "prompts/get", "{}"), "2025-11-25"), -32602);
        error(answer(protocol, request(1, "prompts/get", null), "2025-11-25"), -32602);
    }

    @Test
    void aFailingPromptIsAnInternalErrorWithoutDetails() {
        String message = CapturedErr.quietly(() -> error(answer(protocol, get(1, "failing", null), "2025-11-25"), -32603));
        assertFalse(message.contains("secret"), message);
    }

    @Test
    void duplicateNamesFailTheBuildNamingBothSets() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new McpProtocol(Wire.INFO, List.of(),
                List.of(), List.of(new FixturePrompts(), new Another()), null, 10));
        assertTrue(e.getMessage().contains("Two prompts are named 'test_simple_prompt': one in "
                + FixturePrompts.class.getName() + ", one in " + Another.class.getName()), e.getMessage());
    }

    static final class Another implements PromptSet {
        @Override
        public List<PromptDescriptor> prompts() {
            return List.of(new PromptDescriptor("test_simple_prompt", null, null, List.of()));
        }

        @Override
        public PromptResult get(String name, Map<String, String> arguments, McpContext context) {
            return PromptResult.of();
        }
    }
}
