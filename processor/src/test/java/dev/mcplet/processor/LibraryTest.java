package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcplet.Completion;
import dev.mcplet.Content;
import dev.mcplet.ContentAnnotations;
import dev.mcplet.PromptMessage;
import dev.mcplet.PromptResult;
import dev.mcplet.ResourceContents;
import dev.mcplet.server.prompt.PromptArgument;
import dev.mcplet.server.prompt.PromptDescriptor;
import dev.mcplet.server.prompt.PromptSet;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles the library example and drives its generated resources, prompts, completions and context-taking tool. */
class LibraryTest {

    static Compile.Loaded loaded;
    static Object library;
    static ResourceSet resources;
    static PromptSet prompts;
    static ToolSet tools;
    final TestContext context = new TestContext();

    @BeforeAll
    static void compile() {
        loaded = Compile.load(Compile.resource("com/example/library/Library.java"));
        library = loaded.instance("com.example.library.Library");
        resources = (ResourceSet) loaded.generated("com.example.library.Library_McpResources", library);
        prompts = (PromptSet) loaded.generated("com.example.library.Library_McpPrompts", library);
        tools = loaded.tools("com.example.library.Library");
    }

    private List<ResourceContents> read(String key, String uri, Map<String, String> variables) throws Exception {
        return resources.read(key, uri, variables, context);
    }

    private InvalidArgumentsException invalidRead(String key, Map<String, String> variables) {
        return assertThrows(InvalidArgumentsException.class, () -> read(key, "x://", variables));
    }

    // ---- resources ------------------------------------------------------------------------------

    @Test
    void listsFixedResourcesWithEverythingKnownAboutThem() {
        assertEquals(List.of(
                new ResourceDescriptor("library://hours", "hours", null, "The opening hours, as plain text.",
                        "text/plain", 21, new ContentAnnotations(List.of(ContentAnnotations.Role.USER), 0.5, null)),
                new ResourceDescriptor("library://logo.png", "logo", "Library logo", "The logo", "image/png", -1, null)),
                resources.resources());
        assertSame(resources.resources(), resources.resources());
    }

    @Test
    void listsTemplatesApart() {
        assertEquals(List.of(
                new ResourceTemplateDescriptor("library://books/{id}", "book", null, "One book, as JSON.",
                        "application/json", null),
                new ResourceTemplateDescriptor("library://genres/{genre}/{day}/books", "genre", null,
                        "The books of a genre on a day, one contents item per book.", null, null),
                new ResourceTemplateDescriptor("file:///shelf/{+path}", "file", null, "A file below the shelf, any depth.",
                        null, null),
                new ResourceTemplateDescriptor("library://loans/{loan}", "loan", null, null, null, null)),
                resources.templates());
    }

    @Test
    void readsTextAndBinaryContentsUnderTheRequestedUri() throws Exception {
        assertEquals(List.of(new ResourceContents.Text("library://hours", "text/plain", "Mon-Fri 9:00 to 18:00")),
                read("library://hours", "library://hours", Map.of()));
        List<ResourceContents> logo = read("library://logo.png", "library://logo.png", Map.of());
        ResourceContents.Blob blob = (ResourceContents.Blob) logo.get(0);
        assertEquals("image/png", blob.mimeType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Base64.getDecoder().decode(blob.blob()));
    }

    @Test
    void decodesTemplateVariablesWithTheToolArgumentRules() throws Exception {
        assertEquals(List.of(new ResourceContents.Text("library://books/42", "application/json", "{\"id\":42}")),
                read("library://books/{id}", "library://books/42", Map.of("id", "42")));
        List<ResourceContents> genre = read("library://genres/{genre}/{day}/books", "library://genres/FANTASY/2025-01-31/books",
                Map.of("genre", "FANTASY", "day", "2025-01-31"));
        assertEquals(2, genre.size());
        assertEquals("FANTASY two", ((ResourceContents.Text) genre.get(1)).text());
        assertEquals(List.of(new ResourceContents.Text("file:///shelf/a/b.txt", null, "contents of a/b.txt")),
                read("file:///shelf/{+path}", "file:///shelf/a/b.txt", Map.of("path", "a/b.txt")));
    }

    @Test
    void passesTheContextToResourceMethodsThatTakeIt() throws Exception {
        read("library://genres/{genre}/{day}/books", "library://genres/HISTORY/2025-02-01/books",
                Map.of("genre", "HISTORY", "day", "2025-02-01"));
        @SuppressWarnings("unchecked")
        List<String> log = (List<String>) library.getClass().getField("log").get(library);
        assertEquals("genre HISTORY 2025-02-01 2025-11-25", log.get(log.size() - 1));
    }

    @Test
    void reportsEveryBadVariableAtOnce() {
        assertEquals("id: expected an integer from -9223372036854775808 to 9223372036854775807, got \"forty-two\"",
                invalidRead("library://books/{id}", Map.of("id", "forty-two")).getMessage());
        assertEquals("id: expected an integer from -9223372036854775808 to 9223372036854775807, got 1.5 (not an integer)",
                invalidRead("library://books/{id}", Map.of("id", "1.5")).getMessage());
        assertEquals("genre: expected one of \"FICTION\", \"FANTASY\", \"HISTORY\", got \"poetry\"; day: expected a date"
                + " such as 2025-01-31, got \"yesterday\"", invalidRead("library://genres/{genre}/{day}/books",
                        orderedMap("genre", "poetry", "day", "yesterday")).getMessage());
        assertEquals("loan: expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, got \"7\"",
                invalidRead("library://loans/{loan}", Map.of("loan", "7")).getMessage());
    }

    @Test
    void aResourceMethodReturningNullIsTheServersError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("library://loans/{loan}",
                "library://loans/123e4567-e89b-12d3-a456-426614174000",
                Map.of("loan", "123e4567-e89b-12d3-a456-426614174000")));
        assertEquals("The resource method Library.loan() returned null; it must return the contents", e.getMessage());
    }

    @Test
    void completesTemplateVariables() throws Exception {
        assertEquals(Completion.of(List.of("FICTION", "FANTASY")),
                resources.complete("library://genres/{genre}/{day}/books", "genre", "f", Map.of(), context));
        assertEquals(Completion.of(List.of("FICTION", "FANTASY", "HISTORY")),
                resources.complete("library://genres/{genre}/{day}/books", "genre", "", Map.of(), context));
        assertEquals(Completion.of(List.of("docs/a.txt", "docs/b.txt")),
                resources.complete("file:///shelf/{+path}", "path", "docs/", Map.of(), context));
        assertNull(resources.complete("library://books/{id}", "id", "4", Map.of(), context), "nothing offered");
        assertNull(resources.complete("library://genres/{genre}/{day}/books", "day", "2", Map.of(), context));
    }

    // ---- prompts --------------------------------------------------------------------------------

    @Test
    void listsPromptsWithTheirArguments() {
        List<PromptDescriptor> list = prompts.prompts();
        assertEquals(List.of("hello", "review_book", "topic", "conversation"),
                list.stream().map(PromptDescriptor::name).toList());
        assertEquals(new PromptDescriptor("review_book", "Review a book", "Ask for a review of a book.", List.of(
                new PromptArgument("title", null, "the book's title", true),
                new PromptArgument("stars", null, "how many stars it deserves", true),
                new PromptArgument("genre", null, "its genre", false),
                new PromptArgument("words", null, "the most words", false))), list.get(1));
        assertEquals(List.of(new PromptArgument("subject", null, "what to talk about", true)), list.get(2).arguments());
        assertEquals(List.of(new PromptArgument("opener", null, null, false)), list.get(3).arguments());
    }

    @Test
    void rendersEachKindOfReturnValue() throws Exception {
        assertEquals(PromptResult.of(PromptMessage.user("Hello!")), prompts.get("hello", Map.of(), context));
        assertEquals(PromptResult.of(PromptMessage.user("Tell me about owls")),
                prompts.get("topic", Map.of("subject", "owls"), context));
        assertEquals(new PromptResult(null, List.of(PromptMessage.user("Hi"), PromptMessage.assistant("Hello"))),
                prompts.get("conversation", Map.of(), context));
        assertEquals("Yo", ((Content.Text) prompts.get("conversation", Map.of("opener", "Yo"), context).messages().get(0)
                .content()).text());
    }

    @Test
    void decodesArgumentsAppliesDefaultsAndPassesTheContext() throws Exception {
        PromptResult review = prompts.get("review_book", Map.of("title", "Dune", "stars", "5"), context);
        assertEquals("A review of Dune", review.description());
        assertEquals(PromptMessage.user("Review Dune (5 stars, any, 100 words)"), review.messages().get(0));
        assertEquals(PromptMessage.assistant("2025-11-25"), review.messages().get(1));
        PromptResult full = prompts.get("review_book",
                Map.of("title", "Dune", "stars", "4", "genre", "FICTION", "words", "50"), context);
        assertEquals(PromptMessage.user("Review Dune (4 stars, FICTION, 50 words)"), full.messages().get(0));
        PromptResult blanks = prompts.get("review_book",
                Map.of("title", "Dune", "stars", "4", "genre", "", "words", ""), context);
        assertEquals(PromptMessage.user("Review Dune (4 stars, any, 100 words)"), blanks.messages().get(0),
                "an empty optional argument counts as absent");
    }

    @Test
    void reportsEveryBadArgumentAtOnce() {
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class, () -> prompts.get("review_book",
                orderedMap("title", "Dune", "stars", "many", "genre", "poetry", "extra", "1"), context));
        assertEquals("extra: unexpected argument, expected one of: title, stars, genre, words;"
                + " stars: expected an integer from -2147483648 to 2147483647, got \"many\";"
                + " genre: expected one of \"FICTION\", \"FANTASY\", \"HISTORY\", got \"poetry\"", e.getMessage());
        assertEquals(3, e.problems().size());
        InvalidArgumentsException missing = assertThrows(InvalidArgumentsException.class,
                () -> prompts.get("review_book", Map.of(), context));
        assertEquals("title: required but missing, expected a string;"
                + " stars: required but missing, expected an integer from -2147483648 to 2147483647", missing.getMessage());
        assertEquals("x: unexpected argument, expected no arguments",
                assertThrows(InvalidArgumentsException.class, () -> prompts.get("hello", Map.of("x", "1"), context))
                        .getMessage());
    }

    @Test
    void completesPromptArguments() throws Exception {
        assertEquals(new Completion(List.of("War and Peace", "Waring Lear"), 7, true),
                prompts.complete("review_book", "title", "War", Map.of(), context));
        assertEquals(Completion.of(List.of("HISTORY")), prompts.complete("review_book", "genre", "hi", Map.of(), context));
        assertNull(prompts.complete("review_book", "stars", "", Map.of(), context));
        assertNull(prompts.complete("hello", "x", "", Map.of(), context));
    }

    // ---- tools with a context ---------------------------------------------------------------------

    @Test
    void aToolThatTakesTheContextGetsIt() throws Exception {
        Compile.assertText("counted to 2", tools.call("count", args("{\"to\":2}"), context));
        assertEquals(List.of("progress 1.0/2.0 step 1", "progress 2.0/2.0 step 2"), context.sent);
        assertEquals(List.of("{\"type\":\"object\",\"properties\":{\"to\":{\"type\":\"integer\",\"minimum\":-2147483648,"
                + "\"maximum\":2147483647}},\"required\":[\"to\"],\"additionalProperties\":false}"),
                tools.tools().stream().map(t -> t.inputSchema()).toList(), "the context is not an argument");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
