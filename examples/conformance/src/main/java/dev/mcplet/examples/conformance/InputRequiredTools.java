package dev.mcplet.examples.conformance;

import dev.mcplet.LogLevel;
import dev.mcplet.McpContext;
import dev.mcplet.McpContext.Input;
import dev.mcplet.McpTool;
import java.util.ArrayList;
import java.util.List;

/**
 * The MCP 2026-07-28 fixtures of the conformance suite (0.2.0-alpha.12, {@code --requirements
 * 2026-07-28}): tools that ask the client for input as multi round-trip requests
 * ({@code input-required-result-*}), and the diagnostic tools of {@code server-stateless}. Each
 * asks through its {@link McpContext} and reads the answer on the retry; nothing is kept on the
 * server between the rounds.
 */
public class InputRequiredTools {

    private static final String NAME = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
            + "\"required\":[\"name\"]}";
    private static final String CONFIRM = "{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}},"
            + "\"required\":[\"ok\"]}";
    private static final String COLOR = "{\"type\":\"object\",\"properties\":{\"color\":{\"type\":\"string\"}},"
            + "\"required\":[\"color\"]}";

    /** Asks the user's name (elicitation), then greets them */
    @McpTool(name = "test_input_required_result_elicitation")
    public String elicitation(McpContext context) {
        McpContext.Elicitation answer = context.elicit("user_name", "What is your name?", NAME);
        return answer.accepted() ? "Hello, " + answer.content().get("name") + "!" : "No name given (" + answer.action() + ")";
    }

    /** Asks the client's model a question (sampling), then reports the answer */
    @McpTool(name = "test_input_required_result_sampling")
    public String sampling(McpContext context) {
        return "The model answered: " + context.sample("capital_question", "What is the capital of France?", 100);
    }

    /** Asks the client for its roots, then lists them */
    @McpTool(name = "test_input_required_result_list_roots")
    public String listRoots(McpContext context) {
        List<String> uris = new ArrayList<>();
        for (McpContext.Root root : context.roots("client_roots")) {
            uris.add(root.uri());
        }
        return "Client roots: " + String.join(", ", uris);
    }

    /**
     * Asks for a confirmation; the answer comes back with the sealed requestState, which the
     * server verifies before this method runs again (a tampered one is refused with -32602)
     */
    @McpTool(name = "test_input_required_result_request_state")
    public String requestState(McpContext context) {
        McpContext.Elicitation answer = context.elicit("confirm", "Please confirm", CONFIRM);
        return "state-ok: confirmed=" + answer.content().get("ok");
    }

    /** Asks for a name, a greeting and the client's roots in one round */
    @McpTool(name = "test_input_required_result_multiple_inputs")
    public String multipleInputs(McpContext context) {
        context.ask(Input.elicitation("user_name", "What is your name?", NAME),
                Input.sampling("greeting", "Generate a greeting", 50),
                Input.roots("client_roots"));
        Object name = context.elicit("user_name", "What is your name?", NAME).content().get("name");
        String greeting = context.sample("greeting", "Generate a greeting", 50);
        int roots = context.roots("client_roots").size();
        return greeting + ", " + name + " (" + roots + " roots)";
    }

    /** Asks a name, then, in a second round, a favourite color */
    @McpTool(name = "test_input_required_result_multi_round")
    public String multiRound(McpContext context) {
        Object name = context.elicit("step1", "Step 1: What is your name?", NAME).content().get("name");
        Object color = context.elicit("step2", "Step 2: What is your favorite color?", COLOR).content().get("color");
        return name + " likes " + color;
    }

    /** Asks for a confirmation with an integrity-protected requestState */
    @McpTool(name = "test_input_required_result_tampered_state")
    public String tamperedState(McpContext context) {
        McpContext.Elicitation answer = context.elicit("confirm", "Please confirm", CONFIRM);
        return "Confirmed: " + answer.content().get("ok");
    }

    /** Asks only for what the client declared it can answer */
    @McpTool(name = "test_input_required_result_capabilities")
    public String capabilities(McpContext context) {
        List<Input> inputs = new ArrayList<>();
        if (context.canElicit()) {
            inputs.add(Input.elicitation("user_name", "What is your name?", NAME));
        }
        if (context.canSample()) {
            inputs.add(Input.sampling("capital_question", "What is the capital of France?", 100));
        }
        if (context.canListRoots()) {
            inputs.add(Input.roots("client_roots"));
        }
        context.ask(inputs.toArray(new Input[0]));
        return "Answered " + inputs.size() + " input request(s)";
    }

    /** Needs the client's model (sampling); a client that does not declare it gets MissingRequiredClientCapability */
    @McpTool(name = "test_missing_capability")
    public String missingCapability(McpContext context) {
        return "The model answered: " + context.sample("answer", "Say hello", 20);
    }

    /** Asks the user through an InputRequiredResult, never through a request on the response stream */
    @McpTool(name = "test_streaming_elicitation")
    public String streamingElicitation(McpContext context) {
        return "Hello, " + context.elicit("user_name", "What is your name?", NAME).content().get("name") + "!";
    }

    /** Logs at info; sent only when the request names a log level in its _meta */
    @McpTool(name = "test_logging_tool")
    public String loggingTool(McpContext context) {
        context.log(LogLevel.INFO, "test_logging_tool ran");
        return "Logged if the request asked for a log level";
    }
}
