package dev.mcplet.server.http;

/**
 * The one entry every transport calls: a transport-neutral request in, a response out, no I/O.
 * {@code McpServer} implements it; transports only translate their own request and response
 * shapes and never look at the protocol.
 */
public interface HttpEndpoint {

    /** Handles one request. Never throws for a client mistake: that is an error response. */
    HttpResponse handle(HttpRequest request);
}
