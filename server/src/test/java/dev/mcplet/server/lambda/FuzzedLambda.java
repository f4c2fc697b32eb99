package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import dev.mcplet.server.McpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Drives the raw-bytes Lambda handler for tests in other packages (fuzz, hardening). */
public final class FuzzedLambda {

    private FuzzedLambda() {
    }

    /** What the handler made of an event: its response bytes, or a refusal of an event it does not know. */
    public static final class Outcome {
        private final byte[] bytes;

        Outcome(byte[] bytes) {
            this.bytes = bytes;
        }

        public boolean refused() {
            return bytes == null;
        }

        public byte[] bytes() {
            return bytes;
        }
    }

    public static Outcome handle(McpServer server, byte[] event) throws Exception {
        return handle(server, event, null);
    }

    public static Outcome handle(McpServer server, byte[] event, Context context) throws Exception {
        McpLambdaHandler handler = new McpLambdaHandler(server, server.endpointPath(), null, null) {
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, context);
        } catch (UnsupportedEventException e) {
            return new Outcome(null);
        }
        return new Outcome(out.toByteArray());
    }
}
