package dev.mcplet.server.monitor;

import static dev.mcplet.server.monitor.RequestLogTest.assertRequestLine;
import static dev.mcplet.server.monitor.RequestLogTest.call;
import static dev.mcplet.server.monitor.RequestLogTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.testing.CapturedErr;
import dev.mcplet.server.testing.FixtureResources;
import dev.mcplet.server.testing.ShowcaseTools;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A failure met while answering a request goes into that request's log line (failure,
 * errorReference, exception, stackTrace), so that on Lambda a stack trace is one CloudWatch event
 * beside its request id, not one event per line of standard error; without a line for it, it is
 * printed on standard error as before.
 */
class FailureLogTest {

    private static final String VERSION = "2025-11-25";
    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9a-f]{12})");

    private final RequestLogTest.Capture log = new RequestLogTest.Capture();
    @RegisterExtension
    final CapturedErr stderr = CapturedErr.eachTest();

    private String stderr() {
        return stderr.text();
    }

    private McpServer server(LogLevel threshold) {
        return McpServer.builder().name("showcase").tools(new ShowcaseTools()).resources(new FixtureResources())
                .monitoring(Monitoring.off().requestLog(threshold).logSink(log)).build();
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    private static JsonNode body(HttpResponse response) {
        return RequestLogTest.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String resultText(HttpResponse response) {
        JsonNode body = body(response);
        return body.path("result").path("content").get(0).path("text").textValue();
    }

    @Test
    void anUnexpectedExceptionIsOneErrorLineWithItsReferenceAndStackTrace() {
        HttpResponse response = post(server(LogLevel.INFO), call("runtime_exception", "{}"), VERSION);
        String reference = reference(resultText(response));
        JsonNode line = log.only();
        assertRequestLine(line);
        assertEquals("ERROR", line.get("level").textValue(), "the application's bug, though the client got a tool error");
        assertEquals(LogLevel.ERROR, log.levels.get(0));
        assertEquals("tool_error", line.get("outcome").textValue());
        assertEquals("tool 'runtime_exception' failed", line.get("failure").textValue());
        assertEquals(reference, line.get("errorReference").textValue(), "the line repeats the client's reference");
        assertEquals("java.lang.IllegalStateException: The disk is full.", line.get("exception").textValue());
        String trace = line.get("stackTrace").textValue();
        assertTrue(trace.startsWith("java.lang.IllegalStateException: The disk is full.\n\tat "
                + "dev.mcplet.server.testing.ShowcaseTools.call("), trace);
        assertEquals("", stderr(), "nothing is printed beside the line");
    }

    @Test
    void aReportedToolExceptionIsAWarningAndItsCauseIsKept() {
        post(server(LogLevel.INFO), call("tool_exception_with_cause", "{}"), VERSION);
        JsonNode line = log.only();
        assertRequestLine(line);
        assertEquals("WARN", line.get("level").textValue());
        assertEquals("tool 'tool_exception_with_cause' failed", line.get("failure").textValue());
        assertFalse(line.has("errorReference"), "the client got the tool's own message, not a reference");
        assertEquals("dev.mcplet.ToolException: The upstream service is unavailable.", line.get("exception").textValue());
        assertTrue(line.get("stackTrace").textValue().contains("Caused by: java.io.IOException: connection refused"),
                line.toString());

        log.lines.clear();
        post(server(LogLevel.INFO), call("tool_exception", "{}"), VERSION);
        JsonNode withoutCause = log.only();
        assertRequestLine(withoutCause);
        assertEquals("dev.mcplet.ToolException: Quota exceeded; try again in 5 minutes.",
                withoutCause.get("exception").textValue());
        assertFalse(withoutCause.has("stackTrace"), "a reported failure without a cause has no trace to show");
        assertEquals("", stderr());
    }

    @Test
    void aResourcesFailureCarriesTheReferenceOfItsError() {
        HttpResponse response = post(server(LogLevel.INFO),
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/read\",\"params\":{\"uri\":\"test://failing\"}}",
                VERSION);
        String reference = reference(body(response).path("error").path("message").textValue());
        JsonNode line = log.only();
        assertRequestLine(line);
        assertEquals("internal_error", line.get("outcome").textValue());
        assertEquals("resource 'test://failing' failed", line.get("failure").textValue());
        assertEquals(reference, line.get("errorReference").textValue());
        assertTrue(line.has("stackTrace"), line.toString());
        assertEquals("", stderr());
    }

    @Test
    void aLongStackTraceIsCutSoTheLineStaysOneEvent() {
        post(server(LogLevel.INFO), call("stack_overflow", "{}"), VERSION);
        JsonNode line = log.only();
        assertRequestLine(line);
        assertEquals("internal_error", line.get("outcome").textValue());
        assertEquals("internal error in tool 'stack_overflow'", line.get("failure").textValue());
        assertEquals("java.lang.StackOverflowError", line.get("exception").textValue());
        String trace = line.get("stackTrace").textValue();
        assertEquals(32 * 1024 + 3, trace.length(), "cut at 32 KiB");
        assertTrue(trace.endsWith("..."));
        assertTrue(log.lines.get(0).length() < 40_000, "CloudWatch takes events of up to 256 KB");
    }

    @Test
    void eachRequestKeepsOnlyItsOwnFailure() {
        McpServer server = server(LogLevel.INFO);
        post(server, call("runtime_exception", "{}"), VERSION);
        post(server, call("echo", "{}"), VERSION);
        assertEquals(2, log.lines.size());
        JsonNode second = RequestLogTest.parse(log.lines.get(1));
        assertRequestLine(second);
        assertEquals("ok", second.get("outcome").textValue());
        assertFalse(second.has("failure") || second.has("exception") || second.has("stackTrace"), second.toString());
    }

    @Test
    void aFailureWhoseLineIsBelowTheThresholdIsPrintedAsText() {
        McpServer server = server(LogLevel.ERROR);
        post(server, call("tool_exception_with_cause", "{}"), VERSION);
        assertTrue(log.lines.isEmpty(), "a WARN line is below ERROR");
        String text = stderr();
        assertTrue(text.startsWith("mcplet: tool 'tool_exception_with_cause' failed: dev.mcplet.ToolException: "
                + "The upstream service is unavailable.\n"), text);
        assertTrue(text.contains("Caused by: java.io.IOException: connection refused"), text);

        stderr.reset();
        post(server, call("runtime_exception", "{}"), VERSION);
        assertEquals(1, log.lines.size(), "an unexpected exception's line is an ERROR, so it passes");
        assertEquals("", stderr());
    }

    @Test
    void withoutARequestLogFailuresArePrintedAsText() {
        McpServer server = McpServer.builder().tools(new ShowcaseTools()).monitoring(Monitoring.off()).build();
        String reference = reference(resultText(post(server, call("runtime_exception", "{}"), VERSION)));
        String text = stderr();
        assertTrue(text.startsWith("mcplet: tool 'runtime_exception' failed (reference " + reference
                + "): java.lang.IllegalStateException: The disk is full.\n"
                + "java.lang.IllegalStateException: The disk is full.\n\tat dev.mcplet.server.testing.ShowcaseTools.call("), text);
    }

    @Test
    void aFailingSinkStillLeavesTheFailureOnStandardError() {
        McpServer server = McpServer.builder().tools(new ShowcaseTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO).logSink((level, line) -> {
                    throw new IllegalStateException("disk full");
                })).build();
        String reference = reference(resultText(post(server, call("runtime_exception", "{}"), VERSION)));
        String text = stderr();
        assertTrue(text.contains("mcplet: could not report a request: java.lang.IllegalStateException: disk full"), text);
        assertTrue(text.contains("mcplet: tool 'runtime_exception' failed (reference " + reference + ")"), text);
    }

    @Test
    void aKeyServerOutageIsInThe503sLine() {
        McpServer server = McpServer.builder().tools(new ShowcaseTools())
                .authorization(dev.mcplet.server.auth.Authorization.bearer((token, audience) -> {
                    throw new IllegalStateException("JWKS endpoint timed out");
                }).authorizationServers("https://auth.example.com").build())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO).logSink(log)).build();
        HttpResponse response = post(server, call("echo", "{}"), VERSION, "Authorization", "Bearer abc");
        assertEquals(503, response.status());
        JsonNode line = log.only();
        assertRequestLine(line);
        assertEquals("internal_error", line.get("outcome").textValue());
        assertEquals("ERROR", line.get("level").textValue());
        assertEquals("cannot verify access tokens", line.get("failure").textValue());
        assertEquals("java.lang.IllegalStateException: JWKS endpoint timed out", line.get("exception").textValue());
        assertFalse(line.has("stackTrace"), "an outage, not a bug: the exception says it all");
        assertEquals("", stderr());
    }
}
