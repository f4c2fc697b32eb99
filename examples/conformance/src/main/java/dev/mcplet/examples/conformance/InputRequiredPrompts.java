package dev.mcplet.examples.conformance;

import dev.mcplet.McpContext;
import dev.mcplet.McpPrompt;

/** The MCP 2026-07-28 prompt fixture of the conformance suite: a prompt that asks the user first. */
public class InputRequiredPrompts {

    /** A prompt that asks the user for its context (elicitation) before it is rendered */
    @McpPrompt(name = "test_input_required_result_prompt", title = "Prompt That Asks First")
    public String promptThatAsks(McpContext context) {
        Object given = context.elicit("user_context", "What context should the prompt use?",
                "{\"type\":\"object\",\"properties\":{\"context\":{\"type\":\"string\"}},\"required\":[\"context\"]}")
                .content().get("context");
        return "Use this context: " + given;
    }
}
