package com.example.library;

import dev.mcplet.Completion;
import dev.mcplet.Content;
import dev.mcplet.ContentAnnotations;
import dev.mcplet.McpCompletion;
import dev.mcplet.McpContext;
import dev.mcplet.McpParam;
import dev.mcplet.McpPrompt;
import dev.mcplet.McpResource;
import dev.mcplet.McpTool;
import dev.mcplet.PromptMessage;
import dev.mcplet.PromptResult;
import dev.mcplet.ResourceContents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A small library: books as resources, prompts about them, and a tool that reports progress. */
public class Library {

    public enum Genre { FICTION, FANTASY, HISTORY }

    public final List<String> log = new ArrayList<>();

    /** The opening hours, as plain text. */
    @McpResource(uri = "library://hours", mimeType = "text/plain", size = 21,
            audience = ContentAnnotations.Role.USER, priority = 0.5)
    public String hours() {
        return "Mon-Fri 9:00 to 18:00";
    }

    @McpResource(uri = "library://logo.png", name = "logo", title = "Library logo", description = "The logo",
            mimeType = "image/png")
    public static byte[] logo() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
    }

    /**
     * One book, as JSON.
     *
     * @param id the book's number
     */
    @McpResource(uri = "library://books/{id}", mimeType = "application/json")
    public String book(long id) {
        return "{\"id\":" + id + "}";
    }

    /** The books of a genre on a day, one contents item per book. */
    @McpResource(uri = "library://genres/{genre}/{day}/books")
    public List<ResourceContents> genre(Genre genre, LocalDate day, McpContext context) {
        log.add("genre " + genre + " " + day + " " + (context == null ? "no context" : context.protocolVersion()));
        return List.of(ResourceContents.text("library://books/1", "text/plain", genre + " one"),
                ResourceContents.text("library://books/2", "text/plain", genre + " two"));
    }

    /** A file below the shelf, any depth. */
    @McpResource(uri = "file:///shelf/{+path}")
    public ResourceContents file(String path) {
        return ResourceContents.text("file:///shelf/" + path, null, "contents of " + path);
    }

    @McpResource(uri = "library://loans/{loan}")
    public String loan(UUID loan) {
        return null;
    }

    @McpCompletion(resource = "file:///shelf/{+path}", argument = "path")
    public List<String> paths(String prefix) {
        return List.of(prefix + "a.txt", prefix + "b.txt");
    }

    /** Say hello. */
    @McpPrompt
    public String hello() {
        return "Hello!";
    }

    /**
     * Ask for a review of a book.
     *
     * @param title the book's title
     * @param stars how many stars it deserves
     * @param genre its genre
     * @param words how long the review may be
     */
    @McpPrompt(name = "review_book", title = "Review a book")
    public PromptResult review(String title, int stars, Optional<Genre> genre,
            @McpParam(defaultValue = "100", description = "the most words") int words, McpContext context) {
        return new PromptResult("A review of " + title, List.of(
                PromptMessage.user("Review " + title + " (" + stars + " stars, " + genre.map(Genre::name).orElse("any")
                        + ", " + words + " words)"),
                PromptMessage.assistant(Content.text(context == null ? "no context" : context.protocolVersion()))));
    }

    /** @param topic what to talk about */
    @McpPrompt
    public static PromptMessage topic(@McpParam(name = "subject") String topic) {
        return PromptMessage.user("Tell me about " + topic);
    }

    @McpPrompt
    public List<PromptMessage> conversation(@org.jspecify.annotations.Nullable String opener) {
        return List.of(PromptMessage.user(opener == null ? "Hi" : opener), PromptMessage.assistant("Hello"));
    }

    @McpCompletion(prompt = "review_book", argument = "title")
    public Completion titles(String typed, Map<String, String> others, McpContext context) {
        return new Completion(List.of(typed + " and Peace", typed + "ing Lear"), 7, true);
    }

    /** Count to three, reporting progress. */
    @McpTool
    public String count(int to, McpContext context) {
        for (int i = 1; i <= to; i++) {
            context.progress(i, (double) to, "step " + i);
        }
        return "counted to " + to;
    }
}
