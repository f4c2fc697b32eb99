package dev.mcplet.server.protocol;

import dev.mcplet.server.json.JsonWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * What the server says about itself in {@code initialize}: its {@code serverInfo}
 * ({@code Implementation}: name, version, title) and its {@code instructions}.
 */
public final class ServerInfo {

    private final String name;
    private final String version;
    private final String title;
    private final String instructions;

    /**
     * @param name the programmatic name, e.g. {@code calculator}
     * @param version the server's own version, e.g. {@code 1.0.0}
     * @param title display name, or null (sent to clients of 2025-06-18 and later)
     * @param instructions how to use the server, for the model, or null
     */
    public ServerInfo(String name, String version, String title, String instructions) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.title = title;
        this.instructions = instructions;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** Display name, or null. */
    public String title() {
        return title;
    }

    /** Instructions for the model, or null. */
    public String instructions() {
        return instructions;
    }

    /**
     * Writes the {@code Implementation} object (name, title when {@code withTitle} and set,
     * version) as the member {@code field}: {@code serverInfo} of {@code initialize}, or the
     * 2026-07-28 {@code _meta} entry.
     */
    void writeImplementation(JsonWriter out, String field, boolean withTitle) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeStringField("name", name);
        if (withTitle && title != null) {
            out.writeStringField("title", title);
        }
        out.writeStringField("version", version);
        out.writeEndObject();
    }
}
