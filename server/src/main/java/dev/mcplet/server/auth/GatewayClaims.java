package dev.mcplet.server.auth;

import dev.mcplet.McpCaller;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The caller that an API Gateway authorizer vouches for, from the event's
 * {@code requestContext.authorizer}, in each shape API Gateway sends it:
 * <ul>
 *   <li>HTTP API, JWT authorizer (payload 2.0): {@code {"jwt": {"claims": {...}, "scopes": [...]}}};</li>
 *   <li>HTTP API, Lambda authorizer (2.0): {@code {"lambda": {...the authorizer's context}}};</li>
 *   <li>HTTP API or function URL, IAM: {@code {"iam": {"userArn": ..., ...}}};</li>
 *   <li>REST API, Cognito user pool authorizer, and HTTP API payload 1.0 with a JWT authorizer:
 *       {@code {"claims": {...}, "scopes": [...]}} (claim values are strings);</li>
 *   <li>REST API, Lambda authorizer: {@code {"principalId": ..., ...the authorizer's context}}.</li>
 * </ul>
 * Scopes are the authorizer's {@code scopes}, else the {@code scope} claim (space-separated) or
 * {@code scp}; the subject is {@code sub}, else the principal or the IAM user.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">HTTP API payload formats</a>
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html">REST API proxy input format</a>
 */
final class GatewayClaims {

    private GatewayClaims() {
    }

    /** The caller, or null when the event carries no authorizer output with an identity. */
    static McpCaller caller(Map<String, Object> authorizer) {
        if (authorizer == null || authorizer.isEmpty()) {
            return null;
        }
        Map<String, Object> claims;
        Object scopes = null;
        String subject;
        Map<String, Object> jwt = map(authorizer.get("jwt"));
        Map<String, Object> lambda = map(authorizer.get("lambda"));
        Map<String, Object> iam = map(authorizer.get("iam"));
        Map<String, Object> restClaims = map(authorizer.get("claims"));
        if (jwt != null) {
            claims = map(jwt.get("claims"));
            scopes = jwt.get("scopes");
            subject = claims == null ? null : text(claims.get("sub"));
        } else if (lambda != null) {
            claims = lambda;
            subject = first(text(lambda.get("sub")), text(lambda.get("principalId")));
        } else if (iam != null) {
            claims = iam;
            subject = first(text(iam.get("userArn")), text(iam.get("userId")));
        } else if (restClaims != null) {
            claims = restClaims;
            scopes = authorizer.get("scopes");
            subject = text(restClaims.get("sub"));
        } else {
            claims = authorizer;
            subject = first(text(authorizer.get("sub")), text(authorizer.get("principalId")));
        }
        if (claims == null || (subject == null && claims.isEmpty())) {
            return null;
        }
        Set<String> granted = new LinkedHashSet<>();
        Scopes.add(granted, scopes);
        if (scopes == null) {
            Scopes.add(granted, claims.get("scope"));
            Scopes.add(granted, claims.get("scopes"));
            Scopes.add(granted, claims.get("scp"));
        }
        return new McpCaller(subject, granted, claims);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    private static String text(Object value) {
        return value instanceof String && !((String) value).isEmpty() ? (String) value : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
