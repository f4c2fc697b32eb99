package dev.mcplet.server.protocol;

/**
 * What the protocol layer makes of one incoming body, without saying how a transport delivers
 * it: the HTTP layer turns {@link Kind#ANSWER} into 200, {@link Kind#ACCEPTED} into 202 with no
 * body, and the two refusals into 400 with the error body.
 */
public final class Reply {

    /** The kinds of outcome. */
    public enum Kind {
        /** One or more requests were answered; {@link #body()} is the response (or batch response). */
        ANSWER,
        /** Only notifications and responses were received and accepted; there is nothing to send back. */
        ACCEPTED,
        /** The body is not valid JSON or not a valid JSON-RPC message; {@link #body()} is the error. */
        MALFORMED,
        /** The {@code MCP-Protocol-Version} named a revision this server does not speak; {@link #body()} is the error. */
        UNSUPPORTED_VERSION,
        /**
         * A tool call whose caller lacks a scope the tool needs; {@link #body()} is its JSON-RPC
         * error and {@link #scope()} the scopes to ask for (HTTP 403, MCP authorization).
         */
        INSUFFICIENT_SCOPE
    }

    private static final Reply ACCEPTED = new Reply(Kind.ACCEPTED, new byte[0]);

    private final Kind kind;
    private final byte[] body;
    private final String scope;

    private Reply(Kind kind, byte[] body) {
        this(kind, body, null);
    }

    private Reply(Kind kind, byte[] body, String scope) {
        this.kind = kind;
        this.body = body;
        this.scope = scope;
    }

    static Reply insufficientScope(byte[] body, String scope) {
        return new Reply(Kind.INSUFFICIENT_SCOPE, body, scope);
    }

    /** For {@link Kind#INSUFFICIENT_SCOPE}: the space-separated scopes to ask for; else null. */
    public String scope() {
        return scope;
    }

    static Reply answer(byte[] body) {
        return new Reply(Kind.ANSWER, body);
    }

    static Reply accepted() {
        return ACCEPTED;
    }

    static Reply malformed(byte[] body) {
        return new Reply(Kind.MALFORMED, body);
    }

    static Reply unsupportedVersion(byte[] body) {
        return new Reply(Kind.UNSUPPORTED_VERSION, body);
    }

    public Kind kind() {
        return kind;
    }

    /** The JSON bytes to send; empty for {@link Kind#ACCEPTED}. Not copied, do not modify. */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return "Reply[" + kind + ", " + body.length + " bytes]";
    }
}
