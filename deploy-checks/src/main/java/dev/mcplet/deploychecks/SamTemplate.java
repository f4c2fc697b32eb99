package dev.mcplet.deploychecks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SAM {@code template.yaml} read as JSON, and its check against the official SAM JSON Schema
 * (draft-04; {@code testdata/fixtures/sam-schema}): structure only, i.e. misspelled or misplaced
 * properties. Short YAML tags such as {@code !Sub} are dropped by the YAML reader and their
 * scalar kept, which the schema accepts.
 */
public final class SamTemplate {

    private SamTemplate() {
    }

    public static JsonNode read(Path template) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(template.toFile());
    }

    /** The SAM schema in the test data named by the system property {@code mcplet.shared.dir}. */
    public static Path schemaFile() {
        return Path.of(System.getProperty("mcplet.shared.dir"), "fixtures", "sam-schema", "sam.schema.json");
    }

    /** The first few schema errors of a template (empty when it is valid). */
    public static List<String> schemaErrors(JsonNode template) throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        // The top-level anyOf reports one error per resource-type branch: keep a few.
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(template)) {
            if (errors.size() == 8) {
                errors.add("...");
                break;
            }
            errors.add(message.getMessage());
        }
        return errors;
    }

    /**
     * What is wrong with how a template gives a function the keys that seal multi round-trip
     * {@code requestState} (README, "Asking the user for input"); empty when nothing is. The
     * contract: {@code MCPLET_STATE_KEYS} comes from the Secrets Manager secret
     * {@code StateKeysSecret} when that parameter is set (a dynamic reference, resolved at
     * deployment), else from the NoEcho parameter {@code StateKeys}; both default to empty, which
     * keeps the server's per-instance key.
     *
     * @param functionId the logical id of the function
     */
    public static List<String> stateKeysProblems(JsonNode template, String functionId) {
        List<String> problems = new ArrayList<>();
        JsonNode keys = template.path("Parameters").path("StateKeys");
        if (!"String".equals(keys.path("Type").asText()) || !keys.path("NoEcho").asBoolean()
                || !keys.path("Default").isTextual() || !keys.path("Default").asText().isEmpty()) {
            problems.add("Parameters.StateKeys must be a NoEcho String with Default '': " + keys);
        }
        JsonNode secret = template.path("Parameters").path("StateKeysSecret");
        if (!"String".equals(secret.path("Type").asText()) || !secret.path("Default").isTextual()
                || !secret.path("Default").asText().isEmpty()) {
            problems.add("Parameters.StateKeysSecret must be a String with Default '': " + secret);
        }
        if (!template.path("Conditions").has("UseStateKeysSecret")) {
            problems.add("Conditions.UseStateKeysSecret is missing");
        }
        // The YAML reader drops the tags: !If [c, !Sub '...', !Ref p] reads as [c, "...", p].
        JsonNode variable = template.path("Resources").path(functionId).path("Properties").path("Environment")
                .path("Variables").path("MCPLET_STATE_KEYS");
        String expected = "[\"UseStateKeysSecret\",\"{{resolve:secretsmanager:${StateKeysSecret}}}\",\"StateKeys\"]";
        if (!expected.equals(variable.toString())) {
            problems.add(functionId + " MCPLET_STATE_KEYS must be !If [UseStateKeysSecret, !Sub"
                    + " '{{resolve:secretsmanager:${StateKeysSecret}}}', !Ref StateKeys], was " + variable);
        }
        return problems;
    }
}
