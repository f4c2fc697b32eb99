package dev.mcplet.server.lambda;

import dev.mcplet.server.McpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Drives the raw-bytes Lambda handler for the fuzz tests, which live in another package. */
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
        McpLambdaHandler handler = new McpLambdaHandler(server, server.endpointPath(), null, null) {
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, null);
        } catch (UnsupportedEventException e) {
            return new Outcome(null);
        }
        return new Outcome(out.toByteArray());
    }
}
