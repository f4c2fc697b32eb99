package dev.mcplet.examples.calculator.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.deploychecks.CfnLint;
import dev.mcplet.deploychecks.Command;
import dev.mcplet.deploychecks.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code template.yaml} is a valid SAM template that deploys the calculator as the server issue
 * asks, and the {@code Makefile} that {@code sam build} runs builds what it names.
 *
 * <p>Three independent checks: the official SAM JSON Schema (structure: misspelled or misplaced
 * properties; always runs), {@code cfn-lint} (the SAM transform, enum values, references; runs
 * when cfn-lint is installed or installable, see {@link CfnLint}), and the contract checked here
 * property by property. Whether the handler class is really in the packaged jar is
 * {@code PackageIT}'s job, after {@code package}.
 */
class TemplateTest {

    static final String LOGICAL_ID = "CalculatorFunction";

    private static Path root;
    private static JsonNode template;

    @BeforeAll
    static void readTemplate() throws IOException {
        root = Path.of(System.getProperty("mcplet.root.dir"));
        template = SamTemplate.read(root.resolve("template.yaml"));
    }

    @Test
    void isValidAgainstTheSamSchema() throws IOException {
        List<String> errors = SamTemplate.schemaErrors(template);
        assertTrue(errors.isEmpty(), "template.yaml does not match the SAM schema:\n" + String.join("\n", errors));
    }

    /** The schema check is not vacuous: a misspelled property fails it. */
    @Test
    void theSamSchemaRejectsAMisspelledProperty() throws IOException {
        JsonNode broken = template.deepCopy();
        ObjectNode properties = (ObjectNode) broken.path("Resources").path(LOGICAL_ID).path("Properties");
        properties.set("SnapStrat", properties.remove("SnapStart"));
        assertFalse(SamTemplate.schemaErrors(broken).isEmpty(), "SnapStrat should not validate");
    }

    @Test
    void passesCfnLint() throws Exception {
        // One cfn-lint for the whole build (installed, when needed, under the root's target/).
        Command.Result result = CfnLint.find(root.resolve("target")).lint(root, root.resolve("template.yaml"));
        System.out.println("[cfn-lint] " + result.command() + " -> exit " + result.exitCode());
        assertEquals(0, result.exitCode(), "cfn-lint template.yaml:\n" + result.output());
    }

    @Test
    void deploysTheCalculatorOnLambdaWithSnapStart() {
        JsonNode function = template.path("Resources").path(LOGICAL_ID);
        assertEquals("AWS::Serverless::Function", function.path("Type").asText());
        JsonNode properties = function.path("Properties");
        assertEquals(System.getProperty("mcplet.calculator.handler") + "::handleRequest",
                properties.path("Handler").asText());
        assertTrue(properties.path("Runtime").asText().matches("java(17|21|25)"), properties.path("Runtime").asText());
        assertEquals("[\"arm64\"]", properties.path("Architectures").toString());
        assertEquals("live", properties.path("AutoPublishAlias").asText());
        assertEquals("PublishedVersions", properties.path("SnapStart").path("ApplyOn").asText());
        assertEquals(1024, properties.path("MemorySize").asInt());
        int timeout = properties.path("Timeout").asInt();
        assertTrue(timeout > 0 && timeout <= 29, "API Gateway stops waiting after 29 s, Timeout is " + timeout);
    }

    /** POST carries JSON-RPC; GET and DELETE must reach the function to get its 405, not API Gateway's 403. */
    @Test
    void routesPostGetAndDeleteOnMcpToTheFunction() {
        Set<String> routes = new TreeSet<>();
        for (JsonNode event : template.path("Resources").path(LOGICAL_ID).path("Properties").path("Events")) {
            assertEquals("Api", event.path("Type").asText(), event.toString());
            routes.add(event.path("Properties").path("Method").asText().toUpperCase() + " "
                    + event.path("Properties").path("Path").asText());
        }
        assertEquals(Set.of("DELETE /mcp", "GET /mcp", "POST /mcp", "GET /.well-known/oauth-protected-resource/mcp"),
                routes);
    }

    /** README, Authentication: the MCPLET_AUTH_* contract, from parameters whose defaults keep the endpoint open. */
    @Test
    void passesTheAuthorizationParametersToTheFunction() {
        JsonNode variables = template.path("Resources").path(LOGICAL_ID).path("Properties").path("Environment")
                .path("Variables");
        for (String[] pair : new String[][] {{"MCPLET_AUTH_JWKS_URL", "AuthJwksUrl"},
                {"MCPLET_AUTH_AUDIENCE", "AuthAudience"}}) {
            assertEquals(pair[1], variables.path(pair[0]).asText(), pair[0]);
            assertEquals("", template.path("Parameters").path(pair[1]).path("Default").asText(), pair[1]);
        }
        // !If [HasAuthIssuer, AuthIssuer, !If [UseGatewayAuthorizer, <the pool's issuer>, '']]
        // (the YAML reader keeps the tags' arguments): empty by default, so the endpoint is open.
        JsonNode issuer = variables.path("MCPLET_AUTH_ISSUER");
        assertEquals("HasAuthIssuer", issuer.path(0).asText(), issuer.toString());
        assertEquals("AuthIssuer", issuer.path(1).asText(), issuer.toString());
        assertEquals("", template.path("Parameters").path("AuthIssuer").path("Default").asText());
        assertEquals("UseGatewayAuthorizer", issuer.path(2).path(0).asText(), issuer.toString());
        assertEquals("https://cognito-idp.${PoolRegion}.${AWS::URLSuffix}/${PoolId}", issuer.path(2).path(1).path(0).asText(),
                "with the gateway authorizer and no AuthIssuer, the pool's own issuer: " + issuer);
        assertEquals("", issuer.path(2).path(2).asText(), issuer.toString());
        assertTrue(variables.has("MCPLET_AUTH_MODE"));
    }

    /**
     * Multi round-trip requestState is sealed with MCPLET_STATE_KEYS from a Secrets Manager secret
     * or a NoEcho parameter, so that a retry may reach another instance; unset keeps one key per
     * instance.
     */
    @Test
    void passesTheStateKeysToTheFunction() {
        List<String> problems = SamTemplate.stateKeysProblems(template, LOGICAL_ID);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The check is not vacuous: a template that forgets the variable fails it. */
    @Test
    void theStateKeysCheckRejectsATemplateWithoutThem() {
        JsonNode broken = template.deepCopy();
        ((ObjectNode) broken.path("Resources").path(LOGICAL_ID).path("Properties").path("Environment")
                .path("Variables")).remove("MCPLET_STATE_KEYS");
        ((ObjectNode) broken.path("Parameters").path("StateKeys")).remove("NoEcho");
        assertEquals(2, SamTemplate.stateKeysProblems(broken, LOGICAL_ID).size());
    }

    /**
     * With a Cognito user pool, a second API verifies tokens at the gateway; its 401 carries the
     * RFC 9728 challenge, and the metadata route needs no token.
     */
    @Test
    void theGatewayAuthorizerOptionAnswers401WithTheResourceMetadataChallenge() {
        JsonNode resources = template.path("Resources");
        JsonNode unauthorized = resources.path("AuthorizedMcpUnauthorized");
        assertEquals("UseGatewayAuthorizer", unauthorized.path("Condition").asText());
        assertEquals("UNAUTHORIZED", unauthorized.path("Properties").path("ResponseType").asText());
        String challenge = unauthorized.path("Properties").path("ResponseParameters")
                .path("gatewayresponse.header.WWW-Authenticate").asText();
        assertTrue(challenge.startsWith("'Bearer resource_metadata=\"https://${AuthorizedMcpApi}.execute-api."),
                challenge);
        assertTrue(challenge.endsWith("/Prod/.well-known/oauth-protected-resource/mcp\"'"), challenge);
        for (String method : List.of("AuthorizedMcpPost", "AuthorizedMcpGet", "AuthorizedMcpDelete")) {
            JsonNode properties = resources.path(method).path("Properties");
            assertEquals("COGNITO_USER_POOLS", properties.path("AuthorizationType").asText(), method);
            // A Cognito authorizer takes access tokens (what MCP clients send) only on methods with scopes.
            assertEquals("GatewayAuthorizerScopes", properties.path("AuthorizationScopes").asText(), method);
        }
        assertEquals("CommaDelimitedList", template.path("Parameters").path("GatewayAuthorizerScopes").path("Type")
                .asText());
        assertEquals("NONE", resources.path("AuthorizedResourceMetadataGet").path("Properties")
                .path("AuthorizationType").asText());
        assertTrue(resources.path("AuthorizedMcpDeployment").path("DependsOn").toString()
                .contains("AuthorizedMcpUnauthorized"));
    }

    @Test
    void outputsTheEndpointUrl() {
        // !Sub is a YAML tag; the YAML reader keeps its scalar.
        assertEquals("https://${McpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/Prod/mcp",
                template.path("Outputs").path("McpEndpoint").path("Value").asText());
    }

    /** Monitoring: X-Ray on the function and the API, API access logs, and the function's EMF metrics. */
    @Test
    void turnsOnTracingAccessLogsAndMetrics() {
        JsonNode properties = template.path("Resources").path(LOGICAL_ID).path("Properties");
        assertEquals("Active", properties.path("Tracing").asText());
        assertEquals("emf", properties.path("Environment").path("Variables").path("MCPLET_METRICS").asText());
        JsonNode api = template.path("Resources").path("McpApi");
        assertEquals("AWS::Serverless::Api", api.path("Type").asText());
        assertTrue(api.path("Properties").path("TracingEnabled").asBoolean());
        JsonNode access = api.path("Properties").path("AccessLogSetting");
        assertTrue(access.path("Format").asText().contains("$context.requestId"), access.toString());
        assertEquals("AWS::Logs::LogGroup", template.path("Resources").path("McpApiAccessLogs").path("Type").asText());
        for (JsonNode event : properties.path("Events")) {
            assertTrue(event.path("Properties").has("RestApiId"), "every route is on McpApi: " + event);
        }
    }

    /**
     * {@code sam build} runs {@code make build-CalculatorFunction} in CodeUri; the target must exist
     * and copy the jar this module packages ({@code SamBuildIT} runs it for real).
     */
    @Test
    void theMakefileBuildsTheFunctionAndCopiesThePackagedJar() throws IOException {
        JsonNode function = template.path("Resources").path(LOGICAL_ID);
        assertEquals("makefile", function.path("Metadata").path("BuildMethod").asText());
        assertEquals(".", function.path("Properties").path("CodeUri").asText(), "the Makefile is at the root");

        String makefile = Files.readString(root.resolve("Makefile"));
        assertTrue(Pattern.compile("(?m)^build-" + LOGICAL_ID + ":").matcher(makefile).find(),
                "Makefile has no target build-" + LOGICAL_ID);
        Matcher jar = Pattern.compile("(?m)^CALCULATOR_JAR\\s*:?=\\s*(\\S+)\\s*$").matcher(makefile);
        assertTrue(jar.find(), "Makefile does not define CALCULATOR_JAR");
        Path packaged = Path.of(System.getProperty("mcplet.calculator.jar"));
        assertEquals(root.relativize(packaged).toString().replace('\\', '/'), jar.group(1));
        assertTrue(makefile.contains("cp $(CALCULATOR_JAR) \"$(ARTIFACTS_DIR)/lib/\""),
                "the jar goes to the package's lib/, which the Java runtime puts on the class path");
    }
}
