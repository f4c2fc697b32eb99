package dev.mcplet.examples.conformance;

import dev.mcplet.Content;
import dev.mcplet.McpCompletion;
import dev.mcplet.McpPrompt;
import dev.mcplet.PromptMessage;
import java.util.ArrayList;
import java.util.List;

/** The prompts of the conformance suite's server fixture (scenarios {@code prompts-*}, {@code completion-complete}). */
public class ConformancePrompts {

    private static final List<String> SUGGESTIONS = List.of("test", "testValue1", "testValue2", "example");

    /** A simple prompt without arguments */
    @McpPrompt(name = "test_simple_prompt", title = "Simple Test Prompt")
    public String simplePrompt() {
        return "This is a simple prompt for testing.";
    }

    /**
     * A prompt with required arguments
     *
     * @param arg1 First test argument
     * @param arg2 Second test argument
     */
    @McpPrompt(name = "test_prompt_with_arguments", title = "Prompt With Arguments")
    public String promptWithArguments(String arg1, String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    /**
     * A prompt that includes an embedded resource
     *
     * @param resourceUri URI of the resource to embed
     */
    @McpPrompt(name = "test_prompt_with_embedded_resource", title = "Prompt With Embedded Resource")
    public List<PromptMessage> promptWithEmbeddedResource(String resourceUri) {
        return List.of(
                PromptMessage.user(Content.embeddedText(resourceUri, "text/plain", "Embedded resource content for testing.")),
                PromptMessage.user("Please process the embedded resource above."));
    }

    /** A prompt that includes image content */
    @McpPrompt(name = "test_prompt_with_image", title = "Prompt With Image")
    public List<PromptMessage> promptWithImage() {
        return List.of(PromptMessage.user(Content.imageBase64(ConformanceTools.PNG, "image/png")),
                PromptMessage.user("Please analyze the image above."));
    }

    /** Values for {@code arg1} of {@code test_prompt_with_arguments} that start with what was typed. */
    @McpCompletion(prompt = "test_prompt_with_arguments", argument = "arg1")
    public List<String> completeArg1(String prefix) {
        List<String> values = new ArrayList<>();
        for (String value : SUGGESTIONS) {
            if (value.startsWith(prefix)) {
                values.add(value);
            }
        }
        return values;
    }
}
