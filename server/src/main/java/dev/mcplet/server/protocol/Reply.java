package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the protocol layer makes of one incoming body, without saying how a transport delivers
 * it: the HTTP layer turns {@link Kind#ANSWER} into 200, {@link Kind#ACCEPTED} into 202 with no
 * body, {@link Kind#NOT_FOUND} into 404 and the refusals into 400 with the error body.
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
        INSUFFICIENT_SCOPE,
        /**
         * A request refused before it was served, under a revision that says so with 400
         * (2026-07-28: headers that do not match the body, an unsupported version, missing
         * required {@code _meta}, a missing client capability); {@link #body()} is the error, with
         * the request's id.
         */
        REJECTED,
        /**
         * A method the revision does not define, under a revision that answers it with 404
         * (2026-07-28); {@link #body()} is the -32601 error with the request's id.
         */
        NOT_FOUND
    }

    private static final Reply ACCEPTED = new Reply(Kind.ACCEPTED, new byte[0]);

    private final Kind kind;
    private final byte[] body;
    /** Notifications sent while the request was served (progress, log messages), in order; null when none. */
    private final List<byte[]> notifications;
    private final String scope;
    /** What was asked, for monitoring: the method, its params and the revision; null when unknown (a batch, a refusal). */
    private final String method;
    private final JsonNode params;
    private final ProtocolVersion version;

    private Reply(Kind kind, byte[] body, List<byte[]> notifications) {
        this(kind, body, notifications, null);
    }

    private Reply(Kind kind, byte[] body, List<byte[]> notifications, String scope) {
        this(kind, body, notifications, scope, null, null, null);
    }

    private Reply(Kind kind, byte[] body, List<byte[]> notifications, String scope, String method, JsonNode params,
            ProtocolVersion version) {
        this.kind = kind;
        this.body = body;
        this.notifications = notifications;
        this.scope = scope;
        this.method = method;
        this.params = params;
        this.version = version;
    }

    /**
     * This reply, saying which request it answers (for monitoring); {@code version} is null for
     * {@code initialize}, whose revision its params negotiate.
     */
    Reply about(String method, JsonNode params, ProtocolVersion version) {
        return new Reply(kind, body, notifications, scope, method, params, version);
    }

    /**
     * This reply with another kind and body (the revision's envelope added, or an error's own
     * status), still saying which request it answers, with its notifications.
     */
    Reply with(Kind kind, byte[] body) {
        return new Reply(kind, body, notifications, scope, method, params, version);
    }

    private Reply(Kind kind, byte[] body) {
        this(kind, body, null);
    }

    static Reply insufficientScope(byte[] body, String scope) {
        return new Reply(Kind.INSUFFICIENT_SCOPE, body, null, scope);
    }

    /** For {@link Kind#INSUFFICIENT_SCOPE}: the space-separated scopes to ask for; else null. */
    public String scope() {
        return scope;
    }

    static Reply answer(byte[] body) {
        return new Reply(Kind.ANSWER, body);
    }

    /** An answer preceded by the notifications the request produced; without any, a plain answer. */
    static Reply answer(byte[] body, List<byte[]> notifications) {
        return new Reply(Kind.ANSWER, body, notifications == null || notifications.isEmpty() ? null
                : List.copyOf(notifications));
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

    static Reply rejected(byte[] body) {
        return new Reply(Kind.REJECTED, body);
    }

    static Reply notFound(byte[] body) {
        return new Reply(Kind.NOT_FOUND, body);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The notifications ({@code notifications/progress}, {@code notifications/message}) the request
     * produced while it was served, as JSON-RPC messages, in order; empty for most requests. A
     * transport that can (Streamable HTTP, when the client accepts {@code text/event-stream})
     * sends them before {@link #body()}; one that cannot drops them.
     */
    public List<byte[]> notifications() {
        return notifications == null ? List.of() : notifications;
    }

    /** The JSON bytes to send; empty for {@link Kind#ACCEPTED}. Not copied, do not modify. */
    public byte[] body() {
        return body;
    }

    /** The method of the one request answered, or null (a batch, a notification, a malformed message). */
    public String method() {
        return method;
    }

    /** The params of the one request answered, or null. Not copied, do not modify. */
    public JsonNode params() {
        return params;
    }

    /** The id of the revision the request was answered in, or null when no request was answered. */
    public String revision() {
        if (version != null) {
            return version.id();
        }
        if (!"initialize".equals(method)) {
            return null;
        }
        JsonNode requested = params == null ? null : params.get("protocolVersion");
        return requested != null && requested.isTextual() ? ProtocolVersion.negotiate(requested.textValue()).id() : null;
    }

    /**
     * The JSON-RPC error code of the answer when it is one error response ({@link Kind#MALFORMED}
     * and {@link Kind#UNSUPPORTED_VERSION} always are), or 0 when it is a result. Read from the
     * bytes {@code JsonRpc} wrote, at a known place: no parsing of the result.
     */
    public int errorCode() {
        return JsonRpc.errorCode(body);
    }

    /** Whether the answer is a {@code tools/call} result with {@code isError: true}: a tool error, not a protocol error. */
    public boolean isToolError() {
        return "tools/call".equals(method) && CallResultJson.isErrorResponse(body);
    }

    @Override
    public String toString() {
        return "Reply[" + kind + ", " + body.length + " bytes]";
    }
}
