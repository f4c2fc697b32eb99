package dev.mcplet.server.testing;

import dev.mcplet.Completion;
import dev.mcplet.Content;
import dev.mcplet.McpContext;
import dev.mcplet.PromptMessage;
import dev.mcplet.PromptResult;
import dev.mcplet.server.prompt.PromptArgument;
import dev.mcplet.server.prompt.PromptDescriptor;
import dev.mcplet.server.prompt.PromptSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link PromptSet} shaped like what the processor generates: the conformance
 * fixture's prompts, plus one with audio and a resource link (downgraded for older revisions),
 * one with an optional argument, and a failing one.
 */
public final class FixturePrompts implements PromptSet {

    /** The 44-byte WAV header of the conformance fixture. */
    public static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    private static final List<PromptDescriptor> PROMPTS = List.of(
            new PromptDescriptor("test_simple_prompt", "Simple Test Prompt", "A simple prompt without arguments", List.of()),
            new PromptDescriptor("test_prompt_with_arguments", "Prompt With Arguments", "A prompt with required arguments",
                    List.of(new PromptArgument("arg1", null, "First test argument", true),
                            new PromptArgument("arg2", "Second", "Second test argument", true))),
            new PromptDescriptor("test_prompt_with_embedded_resource", "Prompt With Embedded Resource",
                    "A prompt that includes an embedded resource",
                    List.of(new PromptArgument("resourceUri", null, "URI of the resource to embed", true))),
            new PromptDescriptor("test_prompt_with_image", "Prompt With Image", "A prompt that includes image content",
                    List.of()),
            new PromptDescriptor("media", null, "Audio and a resource link",
                    List.of(new PromptArgument("style", null, "Optional style", false))),
            new PromptDescriptor("failing", null, null, List.of()));

    @Override
    public List<PromptDescriptor> prompts() {
        return PROMPTS;
    }

    @Override
    public PromptResult get(String name, Map<String, String> arguments, McpContext context) {
        switch (name) {
            case "test_simple_prompt":
                return PromptResult.of(PromptMessage.user("This is a simple prompt for testing."));
            case "test_prompt_with_arguments":
                return PromptResult.of(PromptMessage.user("Prompt with arguments: arg1='" + arguments.get("arg1")
                        + "', arg2='" + arguments.get("arg2") + "'"));
            case "test_prompt_with_embedded_resource":
                return PromptResult.of(
                        PromptMessage.user(Content.embeddedText(arguments.get("resourceUri"), "text/plain",
                                "Embedded resource content for testing.")),
                        PromptMessage.user("Please process the embedded resource above."));
            case "test_prompt_with_image":
                return PromptResult.of(PromptMessage.user(Content.imageBase64(FixtureResources.PNG, "image/png")),
                        PromptMessage.user("Please analyze the image above."));
            case "media":
                return new PromptResult("media in " + arguments.getOrDefault("style", "plain") + " style", List.of(
                        PromptMessage.assistant(Content.audioBase64(WAV, "audio/wav")),
                        PromptMessage.user(Content.resourceLink("test://static-text", "static-text"))));
            case "failing":
                throw new IllegalStateException("secret internals");
            default:
                throw new IllegalArgumentException("unknown prompt " + name);
        }
    }

    @Override
    public Completion complete(String prompt, String argument, String value, Map<String, String> arguments,
            McpContext context) {
        if (prompt.equals("test_prompt_with_arguments") && argument.equals("arg2")) {
            List<String> values = new ArrayList<>();
            for (String candidate : List.of("alpha", "beta", "gamma", "alphabet")) {
                if (candidate.startsWith(value)) {
                    values.add(candidate + (arguments.containsKey("arg1") ? "-" + arguments.get("arg1") : ""));
                }
            }
            return new Completion(values, 10, true);
        }
        return null;
    }
}
