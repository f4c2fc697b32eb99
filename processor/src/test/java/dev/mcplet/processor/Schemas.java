package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * JSON Schema 2020-12 validation (networknt, tests only): generated schemas against the
 * meta-schema, and arguments and structured results against generated schemas, with format
 * assertions on so that {@code date}, {@code uuid} and the like are checked too.
 */
final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final JsonSchema META = FACTORY.getSchema(
            SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

    private Schemas() {
    }

    /** The schema is a valid JSON Schema 2020-12 whose root is an object schema, as MCP requires. */
    static void assertValidSchema(String schema) {
        JsonNode node = Compile.json(schema);
        Set<ValidationMessage> problems = META.validate(node);
        assertTrue(problems.isEmpty(), "not a valid 2020-12 schema: " + problems + "\n" + schema);
        assertEquals("object", node.path("type").asText(), "MCP: the root of a tool schema has type object");
    }

    /** The problems of an instance against a schema; empty when it is valid. */
    static Set<ValidationMessage> validate(String schema, JsonNode instance) {
        return FACTORY.getSchema(schema, CONFIG).validate(instance);
    }

    static void assertConforms(String schema, JsonNode instance) {
        Set<ValidationMessage> problems = validate(schema, instance);
        assertTrue(problems.isEmpty(), "does not conform: " + problems + "\n" + instance + "\n" + schema);
    }
}
