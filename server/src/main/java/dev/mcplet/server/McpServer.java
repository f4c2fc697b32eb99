package dev.mcplet.server;

import dev.mcplet.LogLevel;
import dev.mcplet.server.auth.AuthGate;
import dev.mcplet.server.auth.Authorization;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.http.StreamableHttp;
import dev.mcplet.server.protocol.CacheHint;
import dev.mcplet.server.json.JsonLimits;
import dev.mcplet.server.monitor.Monitoring;
import dev.mcplet.server.monitor.RequestMonitor;
import dev.mcplet.server.protocol.Limits;
import dev.mcplet.server.protocol.McpProtocol;
import dev.mcplet.server.protocol.ProtocolOptions;
import dev.mcplet.server.protocol.RequestFailures;
import dev.mcplet.server.protocol.ServerInfo;
import dev.mcplet.server.prompt.PromptSet;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.tool.ToolSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A stateless MCP server over Streamable HTTP that answers with {@code application/json} (or,
 * for a call that sent progress or log notifications, a buffered {@code text/event-stream} body):
 * the one object every transport (AWS Lambda, the local development server) hands its requests to.
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
 * that never changes is serialized once: the {@code initialize} results in
 * {@link Builder#build()}, the {@code tools/list} pages of a revision on its first
 * {@code tools/list} (SnapStart priming does it before the snapshot); after that, answering them
 * is a copy.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#streamable-http">MCP: Streamable HTTP</a>
 */
public final class McpServer implements HttpEndpoint {

    private final String name;
    private final String endpointPath;
    private final int maxBodyBytes;
    private final List<String> allowedHosts;
    private final Authorization authorization;
    private final long requestTimeoutNanos;
    private final long lambdaDeadlineMarginMillis;
    private final StreamableHttp http;
    /** Null when nothing is monitored: then a request costs one null check here. */
    private final RequestMonitor monitor;

    private McpServer(Builder builder, StreamableHttp http, RequestMonitor monitor) {
        this.name = builder.name;
        this.endpointPath = builder.endpointPath;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.allowedHosts = builder.allowedHosts;
        this.authorization = builder.authorization;
        this.requestTimeoutNanos = builder.requestTimeout == null ? 0 : builder.requestTimeout.toNanos();
        this.lambdaDeadlineMarginMillis = builder.lambdaDeadlineMarginMillis;
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
        if (requestTimeoutNanos > 0) {
            request = request.withDeadline(System.nanoTime() + requestTimeoutNanos);
        }
        if (monitor == null) {
            return http.handle(request);
        }
        long start = System.nanoTime();
        // A failure logged while answering goes into this request's line (see RequestFailures).
        RequestFailures failures = RequestFailures.begin();
        HttpResponse response;
        try {
            response = http.handle(request);
        } finally {
            failures.stop();
        }
        monitor.record(request, response, start, failures);
        return response;
    }

    /**
     * How long before the end of a Lambda invocation a tool still running is answered with a
     * tool error, in milliseconds (see {@link Builder#lambdaDeadlineMargin(Duration)}).
     */
    public long lambdaDeadlineMarginMillis() {
        return lambdaDeadlineMarginMillis;
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

    /**
     * The authorization in force, or null when anyone who reaches the endpoint may call it.
     * Transports read the API Gateway context (stage, authorizer) of an event only when it is set.
     */
    public Authorization authorization() {
        return authorization;
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
        /** Default {@link #lambdaDeadlineMargin(Duration)}, in milliseconds: one second. */
        public static final long DEFAULT_LAMBDA_DEADLINE_MARGIN_MILLIS = 1000;
        /** Default {@link #corsMaxAgeSeconds(int)}: 10 minutes. */
        public static final int DEFAULT_CORS_MAX_AGE_SECONDS = 600;

        private String name = "mcplet-server";
        private String version = "0.0.0";
        private String title;
        private String instructions;
        private final List<ToolSet> toolSets = new ArrayList<>();
        private final List<ResourceSet> resourceSets = new ArrayList<>();
        private final List<PromptSet> promptSets = new ArrayList<>();
        /** The default log level's wire name (a String, so that building a server does not load LogLevel). */
        private String logLevel = "info";
        private String endpointPath = "/mcp";
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private List<String> allowedOrigins = StreamableHttp.loopbackOrigins();
        private List<String> allowedHosts;
        private boolean cors;
        private int corsMaxAgeSeconds = DEFAULT_CORS_MAX_AGE_SECONDS;
        private Authorization authorization;
        private CacheHint listCacheHint;
        private CacheHint readCacheHint;
        private List<byte[]> stateKeys;
        private Duration stateTtl;
        private int maxNestingDepth = JsonLimits.DEFAULT_MAX_DEPTH;
        private int maxStringLength = JsonLimits.DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = JsonLimits.DEFAULT_MAX_NUMBER_LENGTH;
        private int maxArguments = Limits.DEFAULT_MAX_ARGUMENTS;
        private int maxBatchEntries = Limits.DEFAULT_MAX_BATCH_ENTRIES;
        private int maxResponseBytes = Limits.DEFAULT_MAX_RESPONSE_BYTES;
        private boolean exposeExceptionMessages;
        private Duration requestTimeout;
        private long lambdaDeadlineMarginMillis = DEFAULT_LAMBDA_DEADLINE_MARGIN_MILLIS;
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
         * Adds resources and resource templates: typically the generated {@code Foo_McpResources}
         * of each annotated class. {@code resources/list} and {@code resources/templates/list}
         * show them in the order they were added, and a URI that no fixed resource has is matched
         * against the templates in that order. A URI or template in two sets fails {@link #build()}.
         */
        public Builder resources(ResourceSet... resourceSets) {
            Objects.requireNonNull(resourceSets, "resourceSets");
            for (ResourceSet set : resourceSets) {
                this.resourceSets.add(Objects.requireNonNull(set, "a ResourceSet passed to resources(...) is null"));
            }
            return this;
        }

        /** Adds resources; see {@link #resources(ResourceSet...)}. */
        public Builder resources(Collection<? extends ResourceSet> resourceSets) {
            Objects.requireNonNull(resourceSets, "resourceSets");
            for (ResourceSet set : resourceSets) {
                this.resourceSets.add(Objects.requireNonNull(set, "a ResourceSet passed to resources(...) is null"));
            }
            return this;
        }

        /**
         * Adds prompts: typically the generated {@code Foo_McpPrompts} of each annotated class.
         * {@code prompts/list} shows them in the order they were added; a name in two sets fails
         * {@link #build()}.
         */
        public Builder prompts(PromptSet... promptSets) {
            Objects.requireNonNull(promptSets, "promptSets");
            for (PromptSet set : promptSets) {
                this.promptSets.add(Objects.requireNonNull(set, "a PromptSet passed to prompts(...) is null"));
            }
            return this;
        }

        /** Adds prompts; see {@link #prompts(PromptSet...)}. */
        public Builder prompts(Collection<? extends PromptSet> promptSets) {
            Objects.requireNonNull(promptSets, "promptSets");
            for (PromptSet set : promptSets) {
                this.promptSets.add(Objects.requireNonNull(set, "a PromptSet passed to prompts(...) is null"));
            }
            return this;
        }

        /**
         * The least severe level of the log messages ({@code notifications/message}) that tools,
         * resources and prompts send through their {@code McpContext}, for a request that names
         * no level; default {@link LogLevel#INFO}; null sends none unless a request asks. A
         * request names its own level in {@code params._meta["io.modelcontextprotocol/logLevel"]}.
         * {@code logging/setLevel} is acknowledged but cannot carry over to later requests: the
         * server is stateless.
         */
        public Builder logLevel(LogLevel level) {
            this.logLevel = level == null ? null : level.wireName();
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
         * Requires OAuth bearer tokens (or trusts an API Gateway authorizer) and checks each
         * tool's scopes: see {@link Authorization}, and {@link Authorization#fromEnvironment()}
         * for the {@code MCPLET_AUTH_*} variables. Default null: no authorization, and tools
         * that declare scopes answer every call with an error.
         */
        public Builder authorization(Authorization authorization) {
            this.authorization = authorization;
            return this;
        }

        /**
         * The caching hints ({@code ttlMs}, {@code cacheScope}) of {@code server/discover} and the
         * list results under MCP 2026-07-28; default {@link CacheHint#LISTS} (public, 5 minutes).
         */
        public Builder listCacheHint(CacheHint hint) {
            this.listCacheHint = Objects.requireNonNull(hint, "hint");
            return this;
        }

        /**
         * How deeply arrays and objects may nest in a request body; default
         * {@value JsonLimits#DEFAULT_MAX_DEPTH}. Deeper bodies get 400 (-32700) naming this option.
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /**
         * The caching hints of {@code resources/read} results under MCP 2026-07-28; default
         * {@link CacheHint#READS} (private, immediately stale).
         */
        public Builder readCacheHint(CacheHint hint) {
            this.readCacheHint = Objects.requireNonNull(hint, "hint");
            return this;
        }

        /**
         * The longest string or member name in a request body, in characters; default 1 Mi
         * ({@value JsonLimits#DEFAULT_MAX_STRING_LENGTH}). Longer ones get 400 (-32700).
         */
        public Builder maxStringLength(int characters) {
            this.maxStringLength = characters;
            return this;
        }

        /**
         * The AES keys (16, 24 or 32 bytes; 32 recommended) that seal the {@code requestState} of
         * multi round-trip requests under MCP 2026-07-28: {@code current} seals, every key opens,
         * so list the previous key until the states it sealed have expired. Default: the
         * environment variable {@code MCPLET_STATE_KEYS} (base64 keys, comma-separated, newest
         * first), else a random key of the process (fine for one instance; a retry reaching
         * another instance then fails with -32602).
         */
        public Builder stateKeys(byte[] current, byte[]... previous) {
            List<byte[]> keys = new ArrayList<>();
            keys.add(Objects.requireNonNull(current, "current"));
            for (byte[] key : previous) {
                keys.add(Objects.requireNonNull(key, "previous key"));
            }
            this.stateKeys = keys;
            return this;
        }

        /** How long a sealed {@code requestState} may be presented after it was issued; default 10 minutes. */
        public Builder stateTtl(Duration ttl) {
            this.stateTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /**
         * The longest number in a request body, as written; default
         * {@value JsonLimits#DEFAULT_MAX_NUMBER_LENGTH} characters. Longer ones get 400 (-32700).
         */
        public Builder maxNumberLength(int characters) {
            this.maxNumberLength = characters;
            return this;
        }

        /**
         * The most arguments a {@code tools/call} may pass; default
         * {@value Limits#DEFAULT_MAX_ARGUMENTS}. More is a tool error, before the tool runs.
         */
        public Builder maxArguments(int count) {
            this.maxArguments = count;
            return this;
        }

        /**
         * The most entries of a JSON-RPC batch (2025-03-26 only); default
         * {@value Limits#DEFAULT_MAX_BATCH_ENTRIES}. Larger batches get 400 (-32600), unanswered.
         */
        public Builder maxBatchEntries(int count) {
            this.maxBatchEntries = count;
            return this;
        }

        /**
         * The largest answer to one request or batch, in bytes; default 4 MiB, which keeps the
         * answer under AWS Lambda's 6 MB response limit. A larger tool result becomes a tool error
         * saying so; batch entries past the limit get a JSON-RPC error each.
         */
        public Builder maxResponseBytes(int bytes) {
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Whether the message of an unexpected exception thrown by a tool (anything but a
         * {@code ToolException} or invalid arguments) reaches the client; default off: the client
         * is told the tool failed, with a reference that the server log repeats beside the
         * exception. Turn it on in development only: such messages may carry paths, hosts or data.
         */
        public Builder exposeExceptionMessages(boolean expose) {
            this.exposeExceptionMessages = expose;
            return this;
        }

        /**
         * How long a request may take on any transport: a tool still running then is answered
         * with a tool error ({@code isError: true}) while it goes on. Default none (on AWS Lambda
         * the invocation's remaining time bounds every request anyway, see
         * {@link #lambdaDeadlineMargin(Duration)}).
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * On AWS Lambda, how long before the invocation's end ({@code Context.getRemainingTimeInMillis()})
         * a tool still running is answered with a tool error, leaving time to send the answer;
         * default one second. With the function's timeout at 29 s (API Gateway's limit), a slow
         * tool is answered at about 28 s instead of the client getting a gateway timeout.
         */
        public Builder lambdaDeadlineMargin(Duration margin) {
            if (margin.isNegative()) {
                throw new IllegalArgumentException("lambdaDeadlineMargin must not be negative; was " + margin);
            }
            this.lambdaDeadlineMarginMillis = margin.toMillis();
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
         * @throws IllegalStateException when two tools or prompts share a name, or two resources a
         *     URI or template (naming both sets), or a descriptor is unusable (a tool's schema that
         *     is not a JSON object schema, a URI template this server cannot match)
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
            if (requestTimeout != null && requestTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("requestTimeout must be at least 1 ms; was " + requestTimeout);
            }
            if (corsMaxAgeSeconds < 0) {
                throw new IllegalArgumentException("corsMaxAgeSeconds must not be negative; was " + corsMaxAgeSeconds);
            }
            Limits limits = new Limits(new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength),
                    maxArguments, maxBatchEntries, maxResponseBytes);
            McpProtocol protocol = new McpProtocol(new ServerInfo(name, version, title, instructions),
                    List.copyOf(toolSets), List.copyOf(resourceSets), List.copyOf(promptSets), logLevel, pageSize,
                    limits, exposeExceptionMessages,
                    listCacheHint == null && readCacheHint == null && stateKeys == null && stateTtl == null ? null
                            : new ProtocolOptions(listCacheHint, readCacheHint, stateKeys, stateTtl));
            AuthGate auth = null;
            if (authorization != null) {
                auth = AuthGate.of(authorization, endpointPath, protocol.toolScopes());
            } else if (!protocol.toolScopes().isEmpty()) {
                System.err.println("mcplet: tools declare OAuth scopes " + protocol.toolScopes()
                        + " but the server has no authorization, so those tools refuse every call;"
                        + " configure McpServer.builder().authorization(...) or set " + "MCPLET_AUTH_ISSUER");
            }
            StreamableHttp http = new StreamableHttp(protocol, endpointPath, maxBodyBytes, allowedOrigins,
                    allowedHosts, cors, corsMaxAgeSeconds, auth);
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
