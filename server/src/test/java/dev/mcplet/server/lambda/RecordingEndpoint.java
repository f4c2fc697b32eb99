package dev.mcplet.server.lambda;

import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A fake {@link HttpEndpoint}: records every request and answers with a fixed response. */
final class RecordingEndpoint implements HttpEndpoint {

    final List<HttpRequest> requests = new ArrayList<>();
    private final HttpResponse response;

    RecordingEndpoint(HttpResponse response) {
        this.response = response;
    }

    /** Answers 200 with a small JSON body. */
    RecordingEndpoint() {
        this(new HttpResponse(200, new Headers().set("Content-Type", "application/json"),
                "{\"ok\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        requests.add(request);
        return response;
    }

    HttpRequest only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests);
        }
        return requests.get(0);
    }
}
