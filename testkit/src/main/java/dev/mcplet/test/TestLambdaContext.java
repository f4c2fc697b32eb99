package dev.mcplet.test;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Lambda {@link Context} with plausible values, for running a handler in a test: a new request
 * id per instance, 29 seconds left, 1024 MB. What the function logs through
 * {@link Context#getLogger()} is printed to standard output and kept in {@link #logs()}.
 */
public final class TestLambdaContext implements Context {

    private static final AtomicLong REQUESTS = new AtomicLong();

    private final String functionName;
    private final String requestId;
    private final List<String> logs = new ArrayList<>();
    private final LambdaLogger logger = new LambdaLogger() {
        @Override
        public void log(String message) {
            synchronized (logs) {
                logs.add(message);
            }
            System.out.println("[lambda] " + message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    };

    /** A context for a function named {@code mcp-function}. */
    public TestLambdaContext() {
        this("mcp-function");
    }

    public TestLambdaContext(String functionName) {
        this.functionName = functionName;
        this.requestId = String.format("00000000-0000-4000-8000-%012d", REQUESTS.incrementAndGet());
    }

    /** What the function logged through this context's logger, in order. */
    public List<String> logs() {
        synchronized (logs) {
            return List.copyOf(logs);
        }
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "2026/01/01/[1]00000000000000000000000000000000";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "1";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName + ":live";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 29_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String toString() {
        return "TestLambdaContext[" + functionName + ", " + requestId + "]";
    }
}
