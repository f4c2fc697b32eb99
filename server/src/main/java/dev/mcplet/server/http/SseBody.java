package dev.mcplet.server.http;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A buffered {@code text/event-stream} body: the notifications a request produced, then its
 * response, each as one SSE {@code message} event, written at once. Streamable HTTP lets a server
 * answer a POST with an SSE stream that carries "JSON-RPC requests and notifications ... before
 * sending the JSON-RPC response" and then the response; a stream that is complete when sent is
 * one such stream, and it passes through API Gateway and Lambda, which do not stream. No event
 * ids: nothing can be resumed from a stateless server, and the stream ends with the response.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#sending-messages-to-the-server">MCP: Sending messages to the server</a>
 * @see <a href="https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation">HTML: event stream interpretation</a>
 */
final class SseBody {

    static final String MEDIA_TYPE = "text/event-stream";

    private static final byte[] EVENT = "event: message\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = {'\n', '\n'};

    private SseBody() {
    }

    /**
     * The body. Each message is compact JSON on one line (the JSON writers never emit a raw line
     * break: a line break inside a string is escaped as {@code \n}), so one {@code data:} line
     * carries it.
     */
    static byte[] of(List<byte[]> notifications, byte[] response) {
        ByteArrayBuilder out = new ByteArrayBuilder(response.length + 128 * (notifications.size() + 1));
        for (byte[] notification : notifications) {
            event(out, notification);
        }
        event(out, response);
        return out.toByteArray();
    }

    private static void event(ByteArrayBuilder out, byte[] message) {
        out.write(EVENT);
        out.write(message);
        out.write(END);
    }
}
