/**
 * Monitoring: the structured request log, CloudWatch Embedded Metric Format metrics, and the
 * trace ids that tie a request to its traces.
 *
 * <p>One hook in the request path: {@code McpServer.handle} takes the time before and after the
 * HTTP rules and the protocol core run, and hands the request and the response to
 * {@link dev.mcplet.server.monitor.RequestMonitor#record}. The response carries the protocol's
 * {@link dev.mcplet.server.protocol.Reply}, which says which method was asked, with which params,
 * in which revision, and how it ended (a result, a tool error, a JSON-RPC error code), read from
 * the answer's bytes where they are written. So any method (tools, resources, prompts) is
 * reported the same way, and a server without monitoring pays one null check per request.
 *
 * <p><b>No logging framework on the start-up path.</b> Lines are formatted by hand
 * ({@code JsonLine}: no JSON library, no {@code java.time} formatter) and written with one
 * {@code println} to standard output, which AWS Lambda turns into one CloudWatch Logs event per
 * line. When the application brings SLF4J, the lines go to SLF4J instead (logger
 * {@code dev.mcplet.request}), found without reflection: {@code LogSink.auto()} calls, once when
 * the server is built, into {@code Slf4jSink}, the one class compiled against SLF4J (an optional
 * dependency), and catches the {@code NoClassDefFoundError} the JVM throws when SLF4J is absent.
 * Measured on the calculator's cold start (benchmarks/run.sh analyze), this costs one class of
 * ours; looking up {@code org/slf4j/LoggerFactory.class} as a resource instead loaded 28 more JDK
 * classes (the module image reader), and {@code ServiceLoader} would scan {@code META-INF/services}
 * of every jar. After that, a line is a direct interface call on the SLF4J logger. Metric lines
 * always go to standard output unchanged: CloudWatch reads them only as whole JSON lines.
 */
package dev.mcplet.server.monitor;
