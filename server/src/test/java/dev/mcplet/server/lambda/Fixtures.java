package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Lambda event fixtures in {@code testdata/fixtures/lambda-events} (found through the
 * {@code mcplet.shared.dir} system property): every event, what each is expected to carry, and
 * the response samples.
 */
final class Fixtures {

    /** The body of every {@code mcp/} fixture (README: 163 bytes, compact JSON). */
    static final String MCP_BODY = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"example-client\","
            + "\"version\":\"1.0.0\"}}}";

    /** What an event fixture must turn into. */
    record Expected(String file, LambdaHttpEvent.Shape shape, boolean multiValueHeaders, String method, String path,
            String cookie) {

        @Override
        public String toString() {
            return file;
        }

        Path location() {
            return dir().resolve(file);
        }

        byte[] bytes() {
            return read(location());
        }

        JsonNode json() {
            return Fixtures.json(bytes());
        }

        /** The decoded body the event carries. */
        byte[] body() {
            JsonNode event = json();
            JsonNode body = event.get("body");
            if (body == null || body.isNull()) {
                return new byte[0];
            }
            boolean base64 = event.path("isBase64Encoded").asBoolean(false);
            return base64 ? Base64.getDecoder().decode(body.textValue())
                    : body.textValue().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final LambdaHttpEvent.Shape REST = LambdaHttpEvent.Shape.REST;
    private static final LambdaHttpEvent.Shape HTTP_API = LambdaHttpEvent.Shape.HTTP_API;
    private static final LambdaHttpEvent.Shape ALB = LambdaHttpEvent.Shape.ALB;

    /** Every event fixture, with the README's expected adapter result (and for samples/, what the event says). */
    static final List<Expected> EVENTS = List.of(
            new Expected("mcp/rest-v1-mcp-initialize.json", REST, false, "POST", "/mcp", null),
            new Expected("mcp/rest-v1-mcp-initialize-base64.json", REST, false, "POST", "/mcp", null),
            new Expected("mcp/rest-v1-mcp-initialize-mixedcase-multivalue.json", REST, false, "POST", "/mcp", null),
            new Expected("mcp/http-api-v2-mcp-initialize.json", HTTP_API, false, "POST", "/mcp", null),
            new Expected("mcp/http-api-v2-mcp-initialize-named-stage-cookies.json", HTTP_API, false, "POST", "/mcp",
                    "session=abc123; theme=dark"),
            new Expected("mcp/function-url-mcp-initialize.json", HTTP_API, false, "POST", "/mcp", null),
            new Expected("mcp/alb-mcp-initialize.json", ALB, false, "POST", "/mcp", null),
            new Expected("mcp/alb-multivalue-mcp-initialize.json", ALB, true, "POST", "/mcp", null),
            new Expected("samples/apigw-rest-v1.aws-lambda-go.json", REST, false, "POST", "/hello/world", null),
            new Expected("samples/apigw-rest-v1.aws-lambda-java-libs.docs-shape.json", REST, false, "GET", "/my/path",
                    null),
            new Expected("samples/apigw-rest-v1.sam-cli-generate-event.json", REST, false, "POST", "/path/to/resource",
                    null),
            new Expected("samples/http-api-v2.aws-lambda-go.no-authorizer.json", HTTP_API, false, "GET", "/", null),
            new Expected("samples/http-api-v2.aws-lambda-go.jwt-authorizer.json", HTTP_API, false, "GET", "/my/path",
                    "cookie1; cookie2"),
            new Expected("samples/http-api-v2.powertools.docs-shape.json", HTTP_API, false, "POST", "/my/path",
                    "cookie1; cookie2"),
            new Expected("samples/function-url.aws-lambda-go.iam.json", HTTP_API, false, "POST", "/my/path",
                    "cookie1; cookie2"),
            new Expected("samples/function-url.powertools.browser-get.json", HTTP_API, false, "GET", "/", null),
            new Expected("samples/alb.powertools.json", ALB, false, "GET", "/lambda", null),
            new Expected("samples/alb-multivalue.aws-lambda-go.json", ALB, true, "GET", "/", null));

    private Fixtures() {
    }

    static Path dir() {
        String shared = System.getProperty("mcplet.shared.dir");
        assertTrue(shared != null, "the system property mcplet.shared.dir names testdata/ (surefire sets it)");
        Path dir = Path.of(shared, "fixtures", "lambda-events");
        assertTrue(Files.isDirectory(dir), "fixtures at " + dir);
        return dir;
    }

    static Stream<Expected> events() {
        return EVENTS.stream();
    }

    static Stream<Expected> mcpEvents() {
        return EVENTS.stream().filter(e -> e.file().startsWith("mcp/"));
    }

    static Stream<Expected> events(LambdaHttpEvent.Shape shape) {
        return EVENTS.stream().filter(e -> e.shape() == shape);
    }

    /** The JSON files under a folder of the fixtures, relative names, sorted. */
    static List<String> files(String folder) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir().resolve(folder))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> names.add(folder + "/" + p.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static JsonNode response(String name) {
        return json(read(dir().resolve("responses").resolve(name)));
    }

    /** A fixture event with another body (and method), as a template for end-to-end requests. */
    static byte[] withBody(Expected template, String method, String body) {
        ObjectNode event = (ObjectNode) template.json();
        event.put("body", body);
        event.put("isBase64Encoded", false);
        if (event.has("httpMethod")) {
            event.put("httpMethod", method);
        } else {
            ((ObjectNode) event.get("requestContext").get("http")).put("method", method);
        }
        return Json.toBytes(event);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(byte[] bytes) {
        try {
            return Json.parse(bytes);
        } catch (JsonReadException e) {
            throw new AssertionError("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
