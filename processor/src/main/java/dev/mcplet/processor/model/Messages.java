package dev.mcplet.processor.model;

/**
 * Every compile error of the processor, in one place so that the wording stays consistent. Each
 * says what is wrong, the rule behind it, and what to do instead; each is reported on the element
 * (or annotation value) to change.
 */
public enum Messages {
    METHOD_NOT_PUBLIC("@%s method %s is not public; the generated %s calls it directly, so declare it public"),
    CLASS_PRIVATE("%s is private, so the generated %s in the same package cannot use it;"
            + " declare it package-private or public"),
    CLASS_GENERIC("%s has type parameters, so the generated %s cannot name its type;"
            + " move the @McpTool methods to a class without type parameters"),
    METHOD_TYPE_PARAMETERS("@%s method %s declares type parameters %s; what it reads and returns is fixed at"
            + " compile time, so use concrete types"),
    INVALID_TOOL_NAME("invalid tool name \"%s\": MCP tool names are 1 to 128 characters of A-Z a-z 0-9 _ - ."
            + " (no spaces); set a valid one with @McpTool(name = \"...\")"),
    DUPLICATE_TOOL_NAME("tool name \"%s\" is already used by %s in this class; tool names must be unique,"
            + " so rename one with @McpTool(name = \"...\")"),
    OVERLOADED_TOOL("%s is overloaded and both methods would be the tool \"%s\"; tool names must be unique,"
            + " so name this one with @McpTool(name = \"...\")"),
    INPUT_SCHEMA_INVALID("@McpTool(inputSchema) is not an object schema: %s; write a JSON object with"
            + " \"type\": \"object\", such as {\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}}}"),
    INPUT_SCHEMA_PARAMETERS("%s has its own inputSchema, so it takes the arguments as they are; declare exactly one"
            + " ObjectNode parameter (and optionally an McpContext) instead of %s"),
    CONTEXT_TWICE("%s takes a second McpContext parameter, %s; the request has one context, so declare one"),
    NOT_TEXT_TYPE("%s cannot be decoded from a string; %s arrive as strings, so use boolean, a number type,"
            + " BigInteger, BigDecimal, char, String, an enum, UUID, URI, a java.time type, or an Optional of one"),
    NOT_TEXT_ENUM("%s is written by @JsonValue or read by a @JsonCreator, which %s cannot use: they arrive as"
            + " strings matched to constant names; use an enum without them (@JsonProperty names are fine) or a String"),
    // ---- resources
    RESOURCE_URI_INVALID("invalid resource URI \"%s\": %s; write an absolute URI with a scheme,"
            + " such as file:///logs/today.txt, or an RFC 6570 template such as app://orders/{id}"),
    URI_TEMPLATE_INVALID("invalid URI template \"%s\": %s"),
    TEMPLATE_VARIABLE_UNBOUND("URI template variable {%s} names no parameter of %s; add a parameter %s"
            + " (or name one with @McpParam(name = \"%s\")), or remove the variable"),
    PARAMETER_NOT_IN_URI("parameter %s is not a variable of the URI \"%s\"; the parameters of a resource method"
            + " are its URI template's variables (and an McpContext), so add {%s} to the URI or remove the parameter"),
    DUPLICATE_RESOURCE_URI("resource URI \"%s\" is already used by %s in this class; each resource needs its own"
            + " URI, so change one"),
    DUPLICATE_URI_TEMPLATE("URI template \"%s\" matches the same URIs as \"%s\" of %s in this class;"
            + " a URI must lead to one method, so change one"),
    UNSUPPORTED_RESOURCE_RESULT("return type %s cannot be resource contents; return String (text), byte[]"
            + " (binary, sent as base64), ResourceContents or List<ResourceContents>"),
    RESOURCE_SIZE_ON_TEMPLATE("size is known only for a fixed URI, and \"%s\" is a template of many resources;"
            + " remove size"),
    PRIORITY_OUT_OF_RANGE("priority %s is out of range; MCP priorities go from 0 (optional) to 1 (required),"
            + " so use a value in that range or leave it unset"),
    CACHE_TTL_INVALID("cacheTtl = \"%s\" is not an ISO-8601 duration of at most Long.MAX_VALUE milliseconds"
            + " (java.time.Duration.parse); write one such as \"PT30S\", \"PT5M\" or \"PT0S\" (immediately stale),"
            + " or leave cacheTtl unset for the server's readCacheHint"),
    CACHE_TTL_NEGATIVE("cacheTtl = \"%s\" is negative, and MCP cache TTLs are at least 0; write \"PT0S\" for"
            + " contents that are stale at once, a positive duration, or leave cacheTtl unset for the server's"
            + " readCacheHint"),
    MIME_TYPE_INVALID("invalid MIME type \"%s\"; write type/subtype, such as text/plain or application/json"),
    // ---- prompts
    INVALID_PROMPT_NAME("invalid prompt name \"%s\": mcplet prompt names are 1 to 128 characters of"
            + " A-Z a-z 0-9 _ - . (no spaces, as for tools); set a valid one with @McpPrompt(name = \"...\")"),
    DUPLICATE_PROMPT_NAME("prompt name \"%s\" is already used by %s in this class; prompt names must be unique,"
            + " so name one with @McpPrompt(name = \"...\")"),
    DUPLICATE_ARGUMENT_NAME("argument name \"%s\" is already used by parameter %s; argument names must be unique,"
            + " so rename one with @McpParam(name = \"...\")"),
    UNSUPPORTED_PROMPT_RESULT("return type %s has no rule for a prompt; return String (one user message),"
            + " PromptMessage, List<PromptMessage> or PromptResult"),
    // ---- completions
    COMPLETION_TARGET("@McpCompletion needs exactly one of prompt and resource; set prompt = \"<prompt name>\""
            + " or resource = \"<URI template>\""),
    COMPLETION_UNKNOWN_PROMPT("no @McpPrompt named \"%s\" in %s (its prompts: %s); a completion is bound to a"
            + " prompt of its own class, so fix the name or move the method"),
    COMPLETION_UNKNOWN_TEMPLATE("no @McpResource URI template \"%s\" in %s (its templates: %s); a completion is"
            + " bound to a template of its own class, so fix the template or move the method"),
    COMPLETION_UNKNOWN_ARGUMENT("%s has no %s \"%s\" (it has: %s); fix argument = \"...\""),
    DUPLICATE_COMPLETION("%s already completes %s \"%s\" of %s; keep one"),
    COMPLETION_PARAMETER("parameter %s of completion method %s cannot be passed; a completion method takes the"
            + " value typed so far (String), and optionally the other arguments (Map<String, String>) and an"
            + " McpContext, each once"),
    COMPLETION_VALUE_MISSING("completion method %s takes no String parameter; declare one for the value typed so far"),
    UNSUPPORTED_COMPLETION_RESULT("return type %s has no rule for a completion; return List<String> or Completion"),
    UNSUPPORTED_TYPE("%s has no JSON Schema rule (in %s); use boolean, byte, short, int, long, float, double,"
            + " their boxes, BigInteger, BigDecimal, char, String, byte[], an enum, a record, a class (JavaBean,"
            + " constructor or public fields), a sealed interface, an array, List, Set, Collection or Map<String, V>"
            + " of these, Optional, OptionalInt, OptionalLong, OptionalDouble, UUID, URI, LocalDate, LocalTime,"
            + " LocalDateTime, OffsetDateTime, OffsetTime, ZonedDateTime, Instant, Duration, or JsonNode for raw JSON"),
    UNSUPPORTED_RESULT_TYPE("return type %s has no rule for a tool result; return void, a type supported for"
            + " parameters (records, arrays, collections and maps become structured content), Content,"
            + " List<Content>, ToolResult<T> or JsonNode"),
    RAW_TYPE("raw type %s (in %s); give its type arguments, for example %s"),
    WILDCARD_TYPE("wildcard type argument %s (in %s); use a concrete type argument, such as List<Item> rather than"
            + " List<? extends Item>"),
    MAP_KEY_NOT_STRING("map key type %s (in %s); JSON object keys are strings, so use Map<String, V>,"
            + " or a List of records for other keys"),
    OPTIONAL_NOT_HERE("%s is supported only as the whole type of a parameter, a record component or a return value,"
            + " not inside %s; use the value type and leave absent values out"),
    NO_OBJECT_SHAPE("class %s has no JSON shape that generated code can read without reflection; make it a"
            + " JavaBean (a public no-argument constructor with public getters and setters), give it one public"
            + " constructor whose parameters are its properties (or mark one @JsonCreator), or make it a record"),
    INNER_CLASS("%s is an inner class, which cannot be created without an instance of its outer class;"
            + " declare it static"),
    NOT_SEALED("%s is abstract and not sealed, so a JSON value cannot say which class to create; declare it sealed"
            + " with its subtypes (sealed interface Shape permits Circle, Square), or use a concrete class"),
    SEALED_CLASS_NOT_ABSTRACT("sealed class %s is not abstract, so a JSON value could be it or a subclass;"
            + " declare it abstract, or add a final subclass for its own case"),
    NON_SEALED_SUBTYPE("%s is non-sealed, so the subtypes of %s are not all known at compile time;"
            + " declare it final or sealed"),
    GENERIC_SEALED("sealed type %s has type parameters (in %s); declare the sealed hierarchy without type"
            + " parameters"),
    TYPE_INFO_UNSUPPORTED("@JsonTypeInfo(%s) on %s is not supported; use @JsonTypeInfo(use = JsonTypeInfo.Id.NAME,"
            + " property = \"...\"), which names the subtype in a property"),
    DUPLICATE_TYPE_NAME("type name \"%s\" of %s is already used by %s; give each subtype its own name with"
            + " @JsonTypeName or @JsonSubTypes"),
    DISCRIMINATOR_CLASH("%s has a property \"%s\", which is the discriminator of %s; rename the property,"
            + " or choose another discriminator with @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"...\")"),
    MULTIPLE_CREATORS("%s has more than one @JsonCreator constructor or factory; mark only one"),
    FACTORY_NOT_USABLE("this @JsonCreator factory cannot build %s: a static factory must return the class itself,"
            + " and a generic class must use a constructor; mark a constructor @JsonCreator instead"),
    CREATOR_DELEGATING("the @JsonCreator of %s takes the whole JSON value (mode = DELEGATING), which needs data-binding"
            + " at run time; take one parameter per property instead (mode = PROPERTIES)"),
    PARAMETER_NAMES_LOST("the constructor parameters of %s have no names in its class file (arg0, arg1, ...), so they"
            + " cannot name properties; compile that class with -parameters, or name each with @JsonProperty"),
    CREATOR_NOT_ACCESSIBLE("the constructor of %s that builds it from JSON is not accessible from package %s, where"
            + " the generated %s is; declare it public"),
    PROPERTY_NOT_ACCESSIBLE("property %s of %s is a non-public field without a public getter or setter;"
            + " generated code cannot reach it without reflection, so add a public getter and setter,"
            + " or make the field public"),
    ACCESSOR_TYPES_DIFFER("the getter and setter of property %s of %s have different types (%s and %s);"
            + " give them the same type"),
    JACKSON_NOT_SUPPORTED("%s (on %s) changes the JSON form in a way generated code does not follow: %s"),
    NAMING_UNSUPPORTED("the @JsonNaming strategy of %s is not one of Jackson's PropertyNamingStrategies, and names"
            + " must be known at compile time; use SnakeCaseStrategy, KebabCaseStrategy, UpperCamelCaseStrategy,"
            + " LowerCaseStrategy, LowerDotCaseStrategy or UpperSnakeCaseStrategy, or name properties with @JsonProperty"),
    ENUM_MEMBER_NOT_USABLE("the %s of enum %s cannot be used by generated code: it must %s"),
    TYPE_TOO_DEEP("%s nests type arguments deeper than %d levels as it recurses (in %s); a schema must be finite,"
            + " so use a type whose arguments do not grow"),
    TYPE_NOT_ACCESSIBLE("%s is not accessible from package %s, where the generated %s is; declare it public"),
    DUPLICATE_PROPERTY_NAME("JSON name \"%s\" is already used by %s; JSON property names must be unique,"
            + " so rename one with @McpParam(name = \"...\")"),
    DEFAULT_NOT_JSON("@McpParam(defaultValue = %s) is not JSON (%s); write the default as JSON,"
            + " for example \"10\", \"true\", \"\\\"EUR\\\"\" or \"[1, 2]\""),
    DEFAULT_WRONG_TYPE("@McpParam(defaultValue = %s) does not fit %s: %s; write a default that the tool would accept"
            + " as this argument"),
    INVALID_SCOPE("invalid OAuth scope \"%s\": a scope is 1 or more printable ASCII characters other than space,"
            + " \" and \\ (RFC 6749 section 3.3); list several scopes as separate elements, such as"
            + " scopes = {\"orders:read\", \"orders:write\"}"),
    HEADER_NOT_ON_PARAMETER("@McpParam(header = %s) is only for a tool's own parameters (x-mcp-header must be"
            + " reachable from the schema root through properties alone); move it to the tool parameter"),
    HEADER_BAD_NAME("@McpParam(header = %s) is not an HTTP header name token (%s is not allowed); use letters,"
            + " digits and ! # $ %% & ' * + - . ^ _ ` | ~"),
    HEADER_NOT_SCALAR("@McpParam(header = %s) needs a string, boolean, enum or int-sized integer parameter (MCP"
            + " 2026-07-28 allows no numbers, objects or arrays in headers); remove header or change the type"),
    DUPLICATE_HEADER("@McpParam(header = %s) on parameter %s is the same header as @McpParam(header = %s) on"
            + " parameter %s (HTTP header names ignore case, so both would be one Mcp-Param header); give each"
            + " parameter its own header name, or remove header from one"),
    UNRESOLVED_TYPE("cannot generate %s: type %s was not found, nor generated by an annotation processor;"
            + " fix that type or its import");

    private final String template;

    Messages(String template) {
        this.template = template;
    }

    /** The message with its blanks filled in. */
    public String format(Object... args) {
        return String.format(template, args);
    }
}
