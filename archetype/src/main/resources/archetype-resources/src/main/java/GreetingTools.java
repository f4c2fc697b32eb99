package ${package};

import dev.mcplet.McpTool;
import dev.mcplet.ToolException;
import java.util.Optional;

/**
 * Your tools: each public method marked {@code @McpTool} is one. At compile time the mcplet
 * processor reads this class and writes {@code GreetingTools_McpTools} beside it, with each tool's
 * JSON Schema (from the parameter types), its description (from the Javadoc below) and a
 * dispatcher that decodes the arguments and calls the method: no reflection at run time.
 *
 * <p>Rename it, add methods, add classes; register each class once in {@link ServerFactory}.
 */
public final class GreetingTools {

    /** The languages {@link #greet} speaks (a JSON Schema {@code enum}). */
    public enum Language {
        ENGLISH, FRENCH, GERMAN
    }

    /**
     * Greet someone by name.
     *
     * @param name who to greet
     * @param language the language of the greeting; English when absent
     * @return the greeting
     */
    @McpTool(readOnlyHint = true)
    public String greet(String name, Optional<Language> language) {
        if (name.isBlank()) {
            // A ToolException's message goes to the model as a tool error (isError: true).
            throw new ToolException("name must not be blank: say who to greet");
        }
        switch (language.orElse(Language.ENGLISH)) {
            case FRENCH:
                return "Bonjour, " + name + " !";
            case GERMAN:
                return "Hallo, " + name + "!";
            default:
                return "Hello, " + name + "!";
        }
    }
}
