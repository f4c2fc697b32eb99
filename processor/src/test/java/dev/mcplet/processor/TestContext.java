package dev.mcplet.processor;

import dev.mcplet.InputUnavailableException;
import dev.mcplet.LogLevel;
import dev.mcplet.McpContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request context that records what a method sends through it. */
final class TestContext implements McpContext {

    final List<String> sent = new ArrayList<>();

    @Override
    public String protocolVersion() {
        return "2025-11-25";
    }

    @Override
    public boolean progressRequested() {
        return true;
    }

    @Override
    public void progress(double progress, Double total, String message) {
        sent.add("progress " + progress + "/" + total + " " + message);
    }

    @Override
    public boolean isLoggable(LogLevel level) {
        return true;
    }

    @Override
    public void log(LogLevel level, String message) {
        sent.add(level.wireName() + " " + message);
    }

    @Override
    public void log(LogLevel level, String logger, String message) {
        sent.add(level.wireName() + " " + logger + " " + message);
    }

    @Override
    public Map<String, Object> meta() {
        return Map.of();
    }

    @Override
    public Elicitation elicit(String message, String requestedSchema) {
        throw new InputUnavailableException("no elicitation in tests");
    }

    @Override
    public String sample(String prompt, int maxTokens) {
        throw new InputUnavailableException("no sampling in tests");
    }
}
