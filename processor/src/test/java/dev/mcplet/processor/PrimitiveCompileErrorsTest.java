package dev.mcplet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per compile error of resources, prompts, completions and the request context: message, file and line. */
class PrimitiveCompileErrorsTest {

    private static final String IMPORTS = """
            package test;
            import dev.mcplet.*;
            import java.util.*;
            """;

    /** Compiles {@code test.Things} (imports added) and checks that {@code message} is reported on the line containing {@code line}. */
    private static void assertError(String message, String line, String body) {
        JavaFileObject file = Compile.source("test.Things", IMPORTS + "public class Things {\n" + body + "\n}\n");
        Compilation compilation = Compile.compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    }

    // ---- resources --------------------------------------------------------------------------------

    @Test
    void resourceMethodMustBePublic() {
        assertError("@McpResource method hours is not public; the generated Things_McpResources calls it directly,"
                + " so declare it public", "String hours()", """
                @McpResource(uri = "app://hours")
                String hours() { return ""; }
                """);
    }

    @Test
    void cacheTtlMustBeAnIsoDuration() {
        assertError("cacheTtl = \"5 minutes\" is not an ISO-8601 duration of at most Long.MAX_VALUE milliseconds"
                + " (java.time.Duration.parse); write one such as \"PT30S\", \"PT5M\" or \"PT0S\" (immediately stale),"
                + " or leave cacheTtl unset for the server's readCacheHint", "cacheTtl = \"5 minutes\"", """
                @McpResource(uri = "app://hours",
                        cacheTtl = "5 minutes")
                public String hours() { return ""; }
                """);
    }

    @Test
    void cacheTtlMustFitInMilliseconds() {
        assertError("cacheTtl = \"PT9223372036854775807S\" is not an ISO-8601 duration of at most Long.MAX_VALUE",
                "cacheTtl = ", """
                @McpResource(uri = "app://hours/{day}",
                        cacheTtl = "PT9223372036854775807S")
                public String hours(String day) { return ""; }
                """);
    }

    @Test
    void cacheTtlMustNotBeNegative() {
        assertError("cacheTtl = \"PT-30S\" is negative, and MCP cache TTLs are at least 0; write \"PT0S\" for"
                + " contents that are stale at once, a positive duration, or leave cacheTtl unset for the server's"
                + " readCacheHint", "cacheTtl = \"PT-30S\"", """
                @McpResource(uri = "app://orders/{id}", cacheScope = McpResource.CacheScope.PUBLIC,
                        cacheTtl = "PT-30S")
                public String order(String id) { return ""; }
                """);
    }

    @Test
    void fixedUriMustBeAbsolute() {
        assertError("invalid resource URI \"hours\": it has no scheme; write an absolute URI with a scheme,"
                + " such as file:///logs/today.txt, or an RFC 6570 template such as app://orders/{id}", "uri = \"hours\"", """
                @McpResource(uri = "hours")
                public String hours() { return ""; }
                """);
    }

    @Test
    void fixedUriMustParse() {
        assertError("invalid URI template \"app://a b\": a space is not allowed at character 8; percent-encode it",
                "uri = \"app://a b\"", """
                @McpResource(uri = "app://a b")
                public String hours() { return ""; }
                """);
    }

    @Test
    void templateMustBeClosed() {
        assertError("invalid URI template \"app://orders/{id\": unclosed expression at character 14, expected a closing }",
                "uri = \"app://orders/{id\"", """
                @McpResource(uri = "app://orders/{id")
                public String order(String id) { return ""; }
                """);
    }

    @Test
    void templateOperatorsTheServerCannotMatchAreRefused() {
        assertError("the operator ? in the expression at character 13 is not supported; mcplet matches {var}, {+var}"
                + " (may span /) and {#var}", "uri = \"app://search{?q}\"", """
                @McpResource(uri = "app://search{?q}")
                public String search(String q) { return ""; }
                """);
    }

    @Test
    void templateModifiersAreRefused() {
        assertError("the explode modifier of {ids*} in the expression at character 11 is not supported",
                "uri = \"app://ids/{ids*}\"", """
                @McpResource(uri = "app://ids/{ids*}")
                public String ids(String ids) { return ""; }
                """);
    }

    @Test
    void reservedOperatorsAreRefused() {
        assertError("operator = in the expression at character 7 is reserved for future extensions of RFC 6570",
                "uri = \"app://{=x}\"", """
                @McpResource(uri = "app://{=x}")
                public String x(String x) { return ""; }
                """);
    }

    @Test
    void adjacentExpressionsAreRefused() {
        assertError("the expression at character 10 follows another one directly", "uri = \"app://{a}{b}\"", """
                @McpResource(uri = "app://{a}{b}")
                public String ab(String a, String b) { return ""; }
                """);
    }

    @Test
    void severalVariablesInOneExpressionAreRefused() {
        assertError("{x,y} in the expression at character 7 has several variables", "uri = \"app://{x,y}\"", """
                @McpResource(uri = "app://{x,y}")
                public String xy(String x, String y) { return ""; }
                """);
    }

    @Test
    void aVariableAppearsOnce() {
        assertError("variable {id} appears twice; each variable binds one parameter, so name each once",
                "uri = \"app://{id}/{id}\"", """
                @McpResource(uri = "app://{id}/{id}")
                public String twice(String id) { return ""; }
                """);
    }

    @Test
    void everyVariableNamesAParameter() {
        assertError("URI template variable {id} names no parameter of order(); add a parameter id (or name one with"
                + " @McpParam(name = \"id\")), or remove the variable", "uri = \"app://orders/{id}\"", """
                @McpResource(uri = "app://orders/{id}")
                public String order() { return ""; }
                """);
    }

    @Test
    void everyParameterIsAVariable() {
        assertError("parameter verbose is not a variable of the URI \"app://orders/{id}\"; the parameters of a resource"
                + " method are its URI template's variables (and an McpContext), so add {verbose} to the URI or remove"
                + " the parameter", "boolean verbose", """
                @McpResource(uri = "app://orders/{id}")
                public String order(long id,
                        boolean verbose) { return ""; }
                """);
    }

    @Test
    void variablesAreScalarsOrEnums() {
        assertError("java.util.List<java.lang.String> cannot be decoded from a string; URI template variables arrive as"
                + " strings, so use boolean, a number type, BigInteger, BigDecimal, char, String, an enum, UUID, URI,"
                + " a java.time type, or an Optional of one", "List<String> ids", """
                @McpResource(uri = "app://orders/{ids}")
                public String orders(List<String> ids) { return ""; }
                """);
    }

    @Test
    void textEnumsAreReadByName() {
        assertError("test.Things.Size is written by @JsonValue or read by a @JsonCreator, which prompt arguments cannot"
                + " use: they arrive as strings matched to constant names; use an enum without them (@JsonProperty"
                + " names are fine) or a String", "Size size", """
                public enum Size {
                    SMALL("s"), LARGE("l");
                    private final String code;
                    Size(String code) { this.code = code; }
                    @com.fasterxml.jackson.annotation.JsonValue public String code() { return code; }
                }
                @McpPrompt
                public PromptMessage fit(Size size) { return PromptMessage.user(size.code()); }
                """);
    }

    @Test
    void twoResourcesWithOneUri() {
        assertError("resource URI \"app://hours\" is already used by hours() in this class; each resource needs its"
                + " own URI, so change one", "uri = \"app://hours\", name = \"again\"", """
                @McpResource(uri = "app://hours")
                public String hours() { return ""; }
                @McpResource(uri = "app://hours", name = "again")
                public String again() { return ""; }
                """);
    }

    @Test
    void twoTemplatesThatMatchTheSameUris() {
        assertError("URI template \"app://orders/{number}\" matches the same URIs as \"app://orders/{id}\" of byId() in"
                + " this class; a URI must lead to one method, so change one", "uri = \"app://orders/{number}\"", """
                @McpResource(uri = "app://orders/{id}")
                public String byId(String id) { return ""; }
                @McpResource(uri = "app://orders/{number}")
                public String byNumber(String number) { return ""; }
                """);
    }

    @Test
    void returnTypeMustBeContents() {
        assertError("return type int cannot be resource contents; return String (text), byte[] (binary, sent as"
                + " base64), ResourceContents or List<ResourceContents>", "public int count()", """
                @McpResource(uri = "app://count")
                public int count() { return 1; }
                """);
    }

    @Test
    void sizeOnlyForFixedUris() {
        assertError("size is known only for a fixed URI, and \"app://logs/{day}\" is a template of many resources;"
                + " remove size", "size = 10", """
                @McpResource(uri = "app://logs/{day}",
                        size = 10)
                public String log(String day) { return ""; }
                """);
    }

    @Test
    void priorityFromZeroToOne() {
        assertError("priority 1.5 is out of range; MCP priorities go from 0 (optional) to 1 (required)", "priority = 1.5", """
                @McpResource(uri = "app://hours",
                        priority = 1.5)
                public String hours() { return ""; }
                """);
    }

    @Test
    void mimeTypeIsTypeSlashSubtype() {
        assertError("invalid MIME type \"text\"; write type/subtype, such as text/plain or application/json",
                "mimeType = \"text\"", """
                @McpResource(uri = "app://hours",
                        mimeType = "text")
                public String hours() { return ""; }
                """);
    }

    @Test
    void unresolvedTypesOfResourcesAreWaitedForThenReported() {
        assertError("cannot generate Things_McpResources: type Missing was not found, nor generated by an annotation"
                + " processor; fix that type or its import", "public class Things", """
                @McpResource(uri = "app://x/{x}")
                public String x(Missing x) { return ""; }
                """);
    }

    // ---- prompts ----------------------------------------------------------------------------------

    @Test
    void invalidPromptName() {
        assertError("invalid prompt name \"code review\": mcplet prompt names are 1 to 128 characters of"
                + " A-Z a-z 0-9 _ - . (no spaces, as for tools); set a valid one with @McpPrompt(name = \"...\")",
                "name = \"code review\"", """
                @McpPrompt(name = "code review")
                public String review() { return ""; }
                """);
    }

    @Test
    void duplicatePromptName() {
        assertError("prompt name \"review\" is already used by review() in this class; prompt names must be unique,"
                + " so name one with @McpPrompt(name = \"...\")", "name = \"review\"", """
                @McpPrompt
                public String review() { return ""; }
                @McpPrompt(name = "review")
                public String other() { return ""; }
                """);
    }

    @Test
    void duplicateArgumentName() {
        assertError("argument name \"a\" is already used by parameter a; argument names must be unique, so rename one"
                + " with @McpParam(name = \"...\")", "String b", """
                @McpPrompt
                public String two(String a,
                        @McpParam(name = "a") String b) { return ""; }
                """);
    }

    @Test
    void promptArgumentsAreScalarsOrEnums() {
        assertError("java.util.Map<java.lang.String,java.lang.Integer> cannot be decoded from a string; prompt arguments"
                + " arrive as strings", "Map<String, Integer> counts", """
                @McpPrompt
                public String counts(Map<String, Integer> counts) { return ""; }
                """);
    }

    @Test
    void promptDefaultMustFit() {
        assertError("@McpParam(defaultValue = \"\\\"many\\\"\") does not fit parameter n of type int", "defaultValue", """
                @McpPrompt
                public String words(@McpParam(defaultValue = "\\"many\\"") int n) { return ""; }
                """);
    }

    @Test
    void promptReturnType() {
        assertError("return type int has no rule for a prompt; return String (one user message), PromptMessage,"
                + " List<PromptMessage> or PromptResult", "public int count()", """
                @McpPrompt
                public int count() { return 1; }
                """);
    }

    // ---- completions ------------------------------------------------------------------------------

    @Test
    void completionNamesOneTarget() {
        assertError("@McpCompletion needs exactly one of prompt and resource; set prompt = \"<prompt name>\" or"
                + " resource = \"<URI template>\"", "List<String> values(", """
                @McpCompletion(argument = "x")
                public List<String> values(String typed) { return List.of(); }
                """);
    }

    @Test
    void completionOfAnUnknownPrompt() {
        assertError("no @McpPrompt named \"reveiw\" in Things (its prompts: review); a completion is bound to a prompt"
                + " of its own class, so fix the name or move the method", "prompt = \"reveiw\"", """
                @McpPrompt
                public String review(String language) { return ""; }
                @McpCompletion(prompt = "reveiw", argument = "language")
                public List<String> languages(String typed) { return List.of(); }
                """);
    }

    @Test
    void completionOfAnUnknownTemplate() {
        assertError("no @McpResource URI template \"app://logs/{date}\" in Things (its templates: app://logs/{day});"
                + " a completion is bound to a template of its own class", "resource = \"app://logs/{date}\"", """
                @McpResource(uri = "app://logs/{day}")
                public String log(String day) { return ""; }
                @McpCompletion(resource = "app://logs/{date}", argument = "date")
                public List<String> days(String typed) { return List.of(); }
                """);
    }

    @Test
    void completionOfAnUnknownArgument() {
        assertError("prompt \"review\" has no argument \"lang\" (it has: language, strict); fix argument = \"...\"",
                "argument = \"lang\"", """
                @McpPrompt
                public String review(String language, boolean strict) { return ""; }
                @McpCompletion(prompt = "review",
                        argument = "lang")
                public List<String> languages(String typed) { return List.of(); }
                """);
    }

    @Test
    void aCompletionOfAReportedPromptIsNotReportedAgain() {
        JavaFileObject file = Compile.source("test.Things", IMPORTS + """
                public class Things {
                    @McpPrompt
                    public int review(String language) { return 1; }
                    @McpCompletion(prompt = "review", argument = "language")
                    public List<String> languages(String typed) { return List.of(); }
                }
                """);
        Compilation compilation = Compile.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("return type int has no rule for a prompt");
    }

    @Test
    void twoCompletionsOfOneArgument() {
        assertError("languages() already completes argument \"language\" of prompt \"review\"; keep one",
                "argument = \"language\") // second", """
                @McpPrompt
                public String review(String language) { return ""; }
                @McpCompletion(prompt = "review", argument = "language")
                public List<String> languages(String typed) { return List.of(); }
                @McpCompletion(prompt = "review", argument = "language") // second
                public List<String> more(String typed) { return List.of(); }
                """);
    }

    @Test
    void completionParameters() {
        assertError("parameter limit of completion method languages cannot be passed; a completion method takes the"
                + " value typed so far (String), and optionally the other arguments (Map<String, String>) and an"
                + " McpContext, each once", "int limit", """
                @McpPrompt
                public String review(String language) { return ""; }
                @McpCompletion(prompt = "review", argument = "language")
                public List<String> languages(String typed,
                        int limit) { return List.of(); }
                """);
    }

    @Test
    void completionTakesTheTypedValue() {
        assertError("completion method languages takes no String parameter; declare one for the value typed so far",
                "List<String> languages(", """
                @McpPrompt
                public String review(String language) { return ""; }
                @McpCompletion(prompt = "review", argument = "language")
                public List<String> languages(McpContext context) { return List.of(); }
                """);
    }

    @Test
    void completionReturnType() {
        assertError("return type java.lang.String[] has no rule for a completion; return List<String> or Completion",
                "String[] languages(", """
                @McpPrompt
                public String review(String language) { return ""; }
                @McpCompletion(prompt = "review", argument = "language")
                public String[] languages(String typed) { return new String[0]; }
                """);
    }

    // ---- the request context and own schemas --------------------------------------------------------

    @Test
    void oneContextPerMethod() {
        assertError("review takes a second McpContext parameter, again; the request has one context, so declare one",
                "McpContext again", """
                @McpPrompt
                public String review(McpContext context,
                        McpContext again) { return ""; }
                """);
    }

    @Test
    void oneContextPerToolWithItsOwnSchema() {
        assertError("echo takes a second McpContext parameter, again; the request has one context, so declare one",
                "McpContext again", """
                @McpTool(inputSchema = "{\\"type\\":\\"object\\"}")
                public String echo(McpContext context, com.fasterxml.jackson.databind.node.ObjectNode arguments,
                        McpContext again) { return ""; }
                """);
    }

    @Test
    void ownInputSchemaMustBeAnObjectSchema() {
        assertError("@McpTool(inputSchema) is not an object schema: its \"type\" is not \"object\"; write a JSON object"
                + " with \"type\": \"object\"", "inputSchema = ", """
                @McpTool(inputSchema = "{\\"type\\":\\"string\\"}")
                public String echo(com.fasterxml.jackson.databind.node.ObjectNode arguments) { return ""; }
                """);
    }

    @Test
    void ownInputSchemaMustBeJson() {
        assertError("@McpTool(inputSchema) is not an object schema: not JSON", "inputSchema = ", """
                @McpTool(inputSchema = "{type: object}")
                public String echo(com.fasterxml.jackson.databind.node.ObjectNode arguments) { return ""; }
                """);
    }

    @Test
    void ownInputSchemaTakesTheArgumentsAsTheyAre() {
        assertError("echo has its own inputSchema, so it takes the arguments as they are; declare exactly one"
                + " ObjectNode parameter (and optionally an McpContext) instead of java.lang.String text",
                "public String echo(String text)", """
                @McpTool(inputSchema = "{\\"type\\":\\"object\\"}")
                public String echo(String text) { return ""; }
                """);
    }
}
