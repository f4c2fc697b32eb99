package dev.mcplet.server.monitor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a server reports about the requests it answers: a structured request log (one JSON line
 * per request) and, when turned on, CloudWatch metrics in the Embedded Metric Format. Immutable;
 * each {@code with}-style method returns a changed copy. Given to
 * {@code McpServer.builder().monitoring(...)}.
 *
 * <pre>{@code
 * McpServer.builder()
 *         .monitoring(Monitoring.fromEnvironment())            // MCPLET_LOG, MCPLET_LOG_LEVEL, MCPLET_METRICS
 *         ...
 * McpServer.builder()
 *         .monitoring(Monitoring.defaults().requestLog(LogLevel.WARN).emfMetrics("calculator"))
 * }</pre>
 *
 * <p>The request log never contains arguments, results, headers or tokens unless
 * {@link #logPayloads(boolean)} turns params and results on; only the {@code traceparent} is
 * taken from the request, and only when well-formed.
 */
public final class Monitoring {

    /** {@code json} turns the request log on (also off AWS Lambda), {@code off} turns it off. */
    public static final String LOG_ENV = "MCPLET_LOG";
    /** The request log's threshold: {@code debug}, {@code info}, {@code warn}, {@code error}, {@code off}. */
    public static final String LOG_LEVEL_ENV = "MCPLET_LOG_LEVEL";
    /** {@code emf} turns CloudWatch metrics on; {@code off} (or unset) leaves them off. */
    public static final String METRICS_ENV = "MCPLET_METRICS";
    /** The CloudWatch namespace of the metrics; default {@value #DEFAULT_NAMESPACE}. */
    public static final String METRICS_NAMESPACE_ENV = "MCPLET_METRICS_NAMESPACE";
    /** The default CloudWatch namespace. */
    public static final String DEFAULT_NAMESPACE = "mcplet";

    private static final Monitoring OFF = new Monitoring(LogLevel.OFF, null, false, null, null,
            List.of(TraceSource.meta(), TraceSource.header()));

    private final LogLevel threshold;
    private final LogSink sink;
    private final boolean payloads;
    private final String namespace;
    private final LogSink metricsSink;
    private final List<TraceSource> traceSources;

    private Monitoring(LogLevel threshold, LogSink sink, boolean payloads, String namespace, LogSink metricsSink,
            List<TraceSource> traceSources) {
        this.threshold = threshold;
        this.sink = sink;
        this.payloads = payloads;
        this.namespace = namespace;
        this.metricsSink = metricsSink;
        this.traceSources = traceSources;
    }

    /** Nothing: no request log, no metrics. */
    public static Monitoring off() {
        return OFF;
    }

    /**
     * What a server does unless told otherwise: on AWS Lambda (where
     * {@code AWS_LAMBDA_FUNCTION_NAME} is set), the request log at {@code INFO}, or at the level
     * of Lambda's own {@code AWS_LAMBDA_LOG_LEVEL} when the function sets one, to
     * {@link LogSink#auto()}; elsewhere nothing. Metrics are off: custom metrics cost money.
     */
    public static Monitoring defaults() {
        return defaults(System.getenv());
    }

    /**
     * {@link #defaults()}, then the settings of the environment: {@value #LOG_ENV},
     * {@value #LOG_LEVEL_ENV}, {@value #METRICS_ENV} and {@value #METRICS_NAMESPACE_ENV}. For
     * apps configured by environment, such as a function whose template sets
     * {@code MCPLET_METRICS: emf}.
     *
     * @throws IllegalArgumentException when a variable has a value it does not take, naming it
     */
    public static Monitoring fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Monitoring defaults(Map<String, String> env) {
        if (env.get("AWS_LAMBDA_FUNCTION_NAME") == null) {
            return OFF;
        }
        String lambdaLevel = env.get("AWS_LAMBDA_LOG_LEVEL");
        return OFF.requestLog(lambdaLevel == null ? LogLevel.INFO : LogLevel.parse(lambdaLevel));
    }

    static Monitoring fromEnvironment(Map<String, String> env) {
        Monitoring monitoring = defaults(env);
        String log = env.get(LOG_ENV);
        if (log != null) {
            String value = log.trim();
            if (value.equalsIgnoreCase("json") || value.equalsIgnoreCase("on")) {
                if (monitoring.threshold == LogLevel.OFF) {
                    monitoring = monitoring.requestLog(LogLevel.INFO);
                }
            } else if (value.equalsIgnoreCase("off")) {
                monitoring = monitoring.requestLog(LogLevel.OFF);
            } else {
                throw new IllegalArgumentException(LOG_ENV + " must be json or off; was '" + log + "'");
            }
        }
        String level = env.get(LOG_LEVEL_ENV);
        if (level != null && monitoring.threshold != LogLevel.OFF) {
            try {
                monitoring = monitoring.requestLog(LogLevel.parse(level));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(LOG_LEVEL_ENV + ": " + e.getMessage());
            }
        }
        String metrics = env.get(METRICS_ENV);
        if (metrics != null) {
            String value = metrics.trim();
            if (value.equalsIgnoreCase("emf")) {
                String ns = env.get(METRICS_NAMESPACE_ENV);
                monitoring = monitoring.emfMetrics(ns == null || ns.isBlank() ? DEFAULT_NAMESPACE : ns.trim());
            } else if (!value.equalsIgnoreCase("off") && !value.isEmpty()) {
                throw new IllegalArgumentException(METRICS_ENV + " must be emf or off; was '" + metrics + "'");
            }
        }
        return monitoring;
    }

    /** The request log's threshold; {@link LogLevel#OFF} turns it off. */
    public Monitoring requestLog(LogLevel threshold) {
        return new Monitoring(Objects.requireNonNull(threshold, "threshold"), sink, payloads, namespace, metricsSink,
                traceSources);
    }

    /** Where request-log lines go; default {@link LogSink#auto()}. */
    public Monitoring logSink(LogSink sink) {
        return new Monitoring(threshold, Objects.requireNonNull(sink, "sink"), payloads, namespace, metricsSink,
                traceSources);
    }

    /**
     * Whether request-log lines carry the request's params (arguments included) and the JSON-RPC
     * response; default false. Turn it on only where logs may hold what users send and get: they
     * then contain whatever the tools read and return.
     */
    public Monitoring logPayloads(boolean payloads) {
        return new Monitoring(threshold, sink, payloads, namespace, metricsSink, traceSources);
    }

    /**
     * Turns CloudWatch metrics on, in this namespace: one Embedded Metric Format line per
     * request, which CloudWatch Logs turns into metrics without any SDK call. Null turns them off.
     */
    public Monitoring emfMetrics(String namespace) {
        if (namespace != null && (namespace.isBlank() || namespace.length() > 255)) {
            throw new IllegalArgumentException("a CloudWatch namespace has 1 to 255 characters; was '" + namespace + "'");
        }
        return new Monitoring(threshold, sink, payloads, namespace, metricsSink, traceSources);
    }

    /**
     * Where metric lines go; default standard output, which is what CloudWatch reads them from on
     * AWS Lambda (a logging framework's pattern would break the format).
     */
    public Monitoring metricsSink(LogSink sink) {
        return new Monitoring(threshold, this.sink, payloads, namespace, Objects.requireNonNull(sink, "sink"),
                traceSources);
    }

    /** Where to look for the W3C trace context, in order; default {@link TraceSource#meta()}, {@link TraceSource#header()}. */
    public Monitoring traceSources(TraceSource... sources) {
        return new Monitoring(threshold, sink, payloads, namespace, metricsSink, List.of(sources));
    }

    /** The request log's threshold ({@link LogLevel#OFF} when off). */
    public LogLevel requestLogLevel() {
        return threshold;
    }

    /** The metrics namespace, or null when metrics are off. */
    public String metricsNamespace() {
        return namespace;
    }

    /**
     * The monitor of one server, or null when there is nothing to report (so that a server
     * without monitoring pays nothing per request). Resolves {@link LogSink#auto()} now.
     *
     * @param server the server's name, a field of every line and a metric dimension
     */
    public RequestMonitor monitor(String server) {
        if (threshold == LogLevel.OFF && namespace == null) {
            return null;
        }
        LogSink logSink = threshold == LogLevel.OFF ? null : sink != null ? sink : LogSink.auto();
        EmfMetrics metrics = namespace == null ? null
                : new EmfMetrics(namespace, server, metricsSink != null ? metricsSink : LogSink.stdout());
        return new RequestMonitor(server, threshold, logSink, payloads, traceSources.toArray(new TraceSource[0]),
                metrics);
    }

    @Override
    public String toString() {
        return "Monitoring[log " + threshold + (sink == null ? "" : " to " + sink) + (payloads ? " with payloads" : "")
                + ", metrics " + (namespace == null ? "off" : "emf " + namespace) + "]";
    }
}
