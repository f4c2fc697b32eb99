package dev.mcplet.server.monitor;

/**
 * CloudWatch metrics as Embedded Metric Format lines: one JSON line per request that CloudWatch
 * Logs turns into metrics, without an SDK or an API call from the function.
 *
 * <pre>{@code
 * {"_aws":{"Timestamp":1796126400123,"CloudWatchMetrics":[{"Namespace":"mcplet",
 *   "Dimensions":[["Server","Method"],["Server","Method","Name"]],
 *   "Metrics":[{"Name":"Requests","Unit":"Count"},{"Name":"ToolErrors","Unit":"Count"},
 *              {"Name":"ProtocolErrors","Unit":"Count"},{"Name":"HttpErrors","Unit":"Count"},
 *              {"Name":"InternalErrors","Unit":"Count"},{"Name":"Latency","Unit":"Milliseconds"}]}]},
 *  "Server":"calculator","Method":"tools/call","Name":"add","Requests":1,"ToolErrors":0,
 *  "ProtocolErrors":0,"HttpErrors":0,"InternalErrors":0,"Latency":0.412,
 *  "outcome":"ok","requestId":"..."}
 * }</pre>
 *
 * <p>Dimensions stay few and bounded: the server, the method (unknown methods are
 * {@code (other)}, refusals before any message {@code (http)}, batches {@code (batch)}), and the
 * tool or prompt name only where the server knows it (a call that reached the tool); the
 * {@code ["Server","Method","Name"]} set is declared only on those lines. {@code outcome} and
 * {@code requestId} are plain properties: searchable in Logs Insights, never metrics.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">CloudWatch: Embedded Metric Format specification</a>
 */
final class EmfMetrics {

    private static final String[] COUNTS = {"Requests", "ToolErrors", "ProtocolErrors", "HttpErrors", "InternalErrors"};

    private final String namespace;
    private final String server;
    private final LogSink sink;

    EmfMetrics(String namespace, String server, LogSink sink) {
        this.namespace = namespace;
        this.server = server;
        this.sink = sink;
    }

    /** The metric line of one request. */
    String line(String method, String name, String outcome, long nanos, long epochMillis, String requestId) {
        JsonLine line = new JsonLine(640).object("_aws")
                .number("Timestamp", epochMillis)
                .array("CloudWatchMetrics").element()
                .string("Namespace", namespace)
                .array("Dimensions")
                .elementArray().element("Server").element("Method").endArray();
        if (name != null) {
            line.elementArray().element("Server").element("Method").element("Name").endArray();
        }
        line.endArray().array("Metrics");
        for (String count : COUNTS) {
            line.element().string("Name", count).string("Unit", "Count").endObject();
        }
        line.element().string("Name", "Latency").string("Unit", "Milliseconds").endObject()
                .endArray().endObject().endArray().endObject()
                .string("Server", server)
                .string("Method", method)
                .string("Name", name)
                .number("Requests", 1)
                .number("ToolErrors", "tool_error".equals(outcome) ? 1 : 0)
                .number("ProtocolErrors", "protocol_error".equals(outcome) ? 1 : 0)
                .number("HttpErrors", "http_error".equals(outcome) ? 1 : 0)
                .number("InternalErrors", "internal_error".equals(outcome) ? 1 : 0)
                .millis("Latency", nanos)
                .string("outcome", outcome)
                .string("requestId", requestId);
        return line.end();
    }

    void write(String line) {
        sink.write(LogLevel.INFO, line);
    }
}
