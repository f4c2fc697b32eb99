package dev.mcplet.server;

import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.http.StreamableHttp;
import dev.mcplet.server.monitor.Monitoring;
import dev.mcplet.server.monitor.RequestMonitor;
import dev.mcplet.server.protocol.McpProtocol;
import dev.mcplet.server.protocol.ServerInfo;
import dev.mcplet.server.tool.ToolSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A stateless MCP server over Streamable HTTP that answers with {@code application/json}: the
 * one object every transport (AWS Lambda, the local development server) hands its requests to.
 *
 * <pre>{@code
 * McpServer server = McpServer.builder()
 *         .name("calculator")
 *         .version("1.0.0")
 *         .tools(new Calculator_McpTools(new Calculator()))
 *         .build();
 * LocalServer.start(server);   // http://127.0.0.1:8080/mcp
 * }</pre>
 *
 * <p>Immutable once built and safe to share: requests may be handled concurrently. Everything
 * that never changes (the {@code initialize} result and the {@code tools/list} pages of each
 * protocol revision) is serialized in {@link Builder#build()}, so that a cold Lambda answers
 * them with a copy.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#streamable-http">MCP: Streamable HTTP</a>
 */
public final class McpServer implements HttpEndpoint {

    private final String name;
    private final String endpointPath;
    private final int maxBodyBytes;
    private final List<String> allowedHosts;
    private final StreamableHttp http;
    /** Null when nothing is monitored: then a request costs one null check here. */
    private final RequestMonitor monitor;

    private McpServer(Builder builder, StreamableHttp http, RequestMonitor monitor) {
        this.name = builder.name;
        this.endpointPath = builder.endpointPath;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.allowedHosts = builder.allowedHosts;
        this.http = http;
        this.monitor = monitor;
    }

    /** A builder with the defaults described on each of its methods. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers one HTTP request. Never throws: client mistakes are 4xx answers, tool failures are
     * tool results, and a fault of the server itself is a 500.
     */
    @Override
    public HttpResponse handle(HttpRequest request) {
        if (monitor == null) {
            return http.handle(request);
        }
        long start = System.nanoTime();
        HttpResponse response = http.handle(request);
        monitor.record(request, response, start);
        return response;
    }

    /** The server's name, as {@code initialize} reports it. */
    public String name() {
        return name;
    }

    /** The path of the MCP endpoint, e.g. {@code /mcp}. */
    public String endpointPath() {
        return endpointPath;
    }

    /**
     * The largest request body accepted; larger ones get 413. Transports that stream the body may
     * stop reading after this many bytes plus one.
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The {@code Host} allow-list, or null when this server accepts any Host. */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    @Override
    public String toString() {
        return "McpServer[" + name + " at " + endpointPath + "]";
    }

    /** Configures an {@link McpServer}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {

        /** Default {@link #pageSize(int)}. */
        public static final int DEFAULT_PAGE_SIZE = 100;
        /** Default {@link #maxBodyBytes(int)}: 4 MiB, below Lambda's 6 MB synchronous payload limit. */
        public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
        /** Default {@link #corsMaxAgeSeconds(int)}: 10 minutes. */
        public static final int DEFAULT_CORS_MAX_AGE_SECONDS = 600;

        private String name = "mcplet-server";
        private String version = "0.0.0";
        private String title;
        private String instructions;
        private final List<ToolSet> toolSets = new ArrayList<>();
        private String endpointPath = "/mcp";
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private List<String> allowedOrigins = StreamableHttp.loopbackOrigins();
        private List<String> allowedHosts;
        private boolean cors;
        private int corsMaxAgeSeconds = DEFAULT_CORS_MAX_AGE_SECONDS;
        private Monitoring monitoring;

        private Builder() {
        }

        /** The server's programmatic name in {@code serverInfo}; default {@code mcplet-server}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The server's own version in {@code serverInfo}; default {@code 0.0.0}. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** A display name in {@code serverInfo} (sent to clients of 2025-06-18 and later); default none. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Instructions for the model on how to use the server, sent in {@code initialize}; default none. */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /**
         * Adds tools: typically the generated {@code Foo_McpTools} of each annotated class. May be
         * called more than once; {@code tools/list} shows the tools in the order they were added.
         */
        public Builder tools(ToolSet... toolSets) {
            Objects.requireNonNull(toolSets, "toolSets");
            for (ToolSet set : toolSets) {
                this.toolSets.add(Objects.requireNonNull(set, "a ToolSet passed to tools(...) is null"));
            }
            return this;
        }

        /** Adds tools; see {@link #tools(ToolSet...)}. */
        public Builder tools(Collection<? extends ToolSet> toolSets) {
            Objects.requireNonNull(toolSets, "toolSets");
            for (ToolSet set : toolSets) {
                this.toolSets.add(Objects.requireNonNull(set, "a ToolSet passed to tools(...) is null"));
            }
            return this;
        }

        /**
         * The path of the MCP endpoint; default {@code /mcp}. Other paths get 404. A trailing slash
         * in requests is tolerated. Behind API Gateway, the stage prefix is stripped by the Lambda
         * adapter before this comparison.
         */
        public Builder endpointPath(String endpointPath) {
            this.endpointPath = endpointPath;
            return this;
        }

        /** The number of tools per {@code tools/list} page; default {@value #DEFAULT_PAGE_SIZE}. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** The largest request body accepted, in bytes; larger ones get 413. Default 4 MiB. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * The browser origins allowed to call the server (any request with another {@code Origin}
         * gets 403; requests without one, from non-browser clients, are not affected). Replaces
         * the default, which is {@code http(s)://localhost:*}, {@code http(s)://127.0.0.1:*} and
         * {@code http(s)://[::1]:*}. Entries: {@code https://app.example.com},
         * {@code http://localhost:6274}, {@code http://localhost:*} (any port), or {@code *}.
         */
        public Builder allowedOrigins(String... origins) {
            this.allowedOrigins = List.of(origins);
            return this;
        }

        /**
         * Turns on the DNS-rebinding guard: requests whose {@code Host} is not one of these names
         * get 403. Off by default here (behind API Gateway the Host is the API's own domain); the
         * local development server turns it on for loopback names unless this is set.
         * Entries: {@code mcp.example.com}, {@code localhost}, {@code [::1]} (any port), or
         * {@code name:port}.
         */
        public Builder allowedHosts(String... hosts) {
            this.allowedHosts = List.of(hosts);
            return this;
        }

        /**
         * Whether browser clients on allowed origins may call the server across origins: answers
         * CORS preflights ({@code OPTIONS}) and adds {@code Access-Control-Allow-Origin} to
         * answers. Default off.
         */
        public Builder cors(boolean enabled) {
            this.cors = enabled;
            return this;
        }

        /** How long browsers may cache a CORS preflight answer; default {@value #DEFAULT_CORS_MAX_AGE_SECONDS} s. */
        public Builder corsMaxAgeSeconds(int seconds) {
            this.corsMaxAgeSeconds = seconds;
            return this;
        }

        /**
         * The request log and metrics; default {@link Monitoring#defaults()}: a JSON line per
         * request on AWS Lambda, nothing elsewhere, no metrics. {@link Monitoring#fromEnvironment()}
         * also reads {@code MCPLET_LOG}, {@code MCPLET_LOG_LEVEL} and {@code MCPLET_METRICS}.
         */
        public Builder monitoring(Monitoring monitoring) {
            this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
            return this;
        }

        /**
         * Checks the configuration and the tools, and precomputes the constant answers.
         *
         * @throws IllegalStateException when two tools share a name (naming both {@code ToolSet}s)
         *     or a tool's schema is not a JSON object schema
         * @throws IllegalArgumentException when an option is out of range, with the option's name
         */
        public McpServer build() {
            requireText(name, "name");
            requireText(version, "version");
            if (endpointPath == null || !endpointPath.startsWith("/") || endpointPath.indexOf('?') >= 0
                    || endpointPath.indexOf('#') >= 0 || endpointPath.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("endpointPath must be a path starting with '/', such as /mcp;"
                        + " was " + quote(endpointPath));
            }
            if (endpointPath.length() > 1 && endpointPath.endsWith("/")) {
                endpointPath = endpointPath.substring(0, endpointPath.length() - 1);
            }
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1; was " + pageSize);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1; was " + maxBodyBytes);
            }
            if (corsMaxAgeSeconds < 0) {
                throw new IllegalArgumentException("corsMaxAgeSeconds must not be negative; was " + corsMaxAgeSeconds);
            }
            McpProtocol protocol = new McpProtocol(new ServerInfo(name, version, title, instructions),
                    List.copyOf(toolSets), pageSize);
            StreamableHttp http = new StreamableHttp(protocol, endpointPath, maxBodyBytes, allowedOrigins,
                    allowedHosts, cors, corsMaxAgeSeconds);
            Monitoring reporting = monitoring != null ? monitoring : Monitoring.defaults();
            return new McpServer(this, http, reporting.monitor(name));
        }

        private static void requireText(String value, String option) {
            if (value == null || value.trim().isEmpty()) {
                throw new IllegalArgumentException(option + " must not be empty; was " + quote(value));
            }
        }

        private static String quote(String value) {
            return value == null ? "null" : "'" + value + "'";
        }
    }
}
