package dev.mcplet.server.json;

/** The input is not exactly one well-formed JSON value. The message says what is wrong, with no class names. */
public final class JsonReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public JsonReadException(String message) {
        super(message, null, false, false);
    }
}
