package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The Lambda {@link Context} of one invocation, for server tests that call a handler directly:
 * a request id and a deadline, the rest unset. (Server tests cannot use the test kit's
 * {@code TestLambdaContext}: the test kit depends on the server.)
 */
public final class StubLambdaContext implements Context {

    private final String awsRequestId;
    private final long deadlineMillis;

    private StubLambdaContext(String awsRequestId, int remainingMillis) {
        this.awsRequestId = awsRequestId;
        this.deadlineMillis = System.currentTimeMillis() + remainingMillis;
    }

    /** An invocation with this request id and API Gateway's 29 s left. */
    public static StubLambdaContext withRequestId(String awsRequestId) {
        return new StubLambdaContext(awsRequestId, 29_000);
    }

    /** An invocation that has this much time left from now. */
    public static StubLambdaContext withRemainingMillis(int remainingMillis) {
        return new StubLambdaContext("test", remainingMillis);
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) (deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public String getLogGroupName() {
        return null;
    }

    @Override
    public String getLogStreamName() {
        return null;
    }

    @Override
    public String getFunctionName() {
        return "test";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return null;
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
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return null;
    }
}
