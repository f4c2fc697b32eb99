package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.mcplet.processor.json.JsonText;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.ResultShape;
import dev.mcplet.processor.model.ToolClass;
import dev.mcplet.processor.model.ToolMethod;
import dev.mcplet.processor.schema.SchemaWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code Foo_McpTools} class of a {@link ToolClass}: a final {@code ToolSet} with one
 * public {@code ToolDescriptor} constant per tool (schemas as compact JSON text computed here), a
 * {@code switch} on the tool name, one private method per tool that rejects unexpected arguments,
 * decodes each argument with explicit checks, calls the method directly and encodes the result,
 * and the readers and writers its types need (from {@link #NESTED_DISPATCHER_FROM} tools on, all
 * but the descriptors in a nested class, loaded on the first call).
 *
 * <p>Generated code avoids what costs start-up time or hides behaviour: no reflection, lambdas,
 * streams, {@code String.format} or string concatenation (which javac may compile to
 * {@code invokedynamic}). The output depends on the model only, so it is the same byte for byte
 * on every build.
 */
public final class ToolClassWriter {

    static final String PROCESSOR = "dev.mcplet.processor.McpToolProcessor";
    private static final String TOOL = "dev.mcplet.server.tool";
    private static final ClassName TOOL_SET = ClassName.get(TOOL, "ToolSet");
    private static final ClassName TOOL_DESCRIPTOR = ClassName.get(TOOL, "ToolDescriptor");
    private static final ClassName TOOL_HINTS = ClassName.get(TOOL, "ToolHints");
    private static final ClassName CALL_RESULT = ClassName.get(TOOL, "CallResult");
    private static final ClassName UNKNOWN_TOOL = ClassName.get(TOOL, "UnknownToolException");
    private static final ClassName CONTENT = ClassName.get("dev.mcplet", "Content");
    private static final ClassName TOOL_RESULT = ClassName.get("dev.mcplet", "ToolResult");

    /**
     * From this many tools on, a class keeps its dispatcher (the switch, the per-tool methods and
     * the codecs) in a nested class, loaded and verified on the first call of one of its tools
     * instead of when the server starts: a server of many such classes calls few of them in a cold
     * start (1,000 tools in classes of 25: ~10 ms less start-up, JDK 17 Lambda flags). A smaller
     * class keeps it in place, since the nested class would be one more to load on its first call.
     */
    static final int NESTED_DISPATCHER_FROM = 10;
    private static final String DISPATCHER = "Dispatcher";

    private final ToolClass model;
    private final ClassName target;
    private final Members members = new Members();
    private final Codecs codecs;

    private ToolClassWriter(ToolClass model) {
        this.model = model;
        this.target = TypeNames.className(model.type());
        this.codecs = new Codecs(model, members);
    }

    /**
     * The generated source file.
     *
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available
     */
    public static JavaFile write(ToolClass model, boolean generatedAnnotation) {
        return new ToolClassWriter(model).file(generatedAnnotation);
    }

    private JavaFile file(boolean generatedAnnotation) {
        boolean instance = model.needsInstance();
        members.newName("tools");
        members.newName("call");
        String targetField = instance ? members.newName("target") : null;
        String toolsField = members.newName("TOOLS");
        ClassName dispatcher = model.tools().size() >= NESTED_DISPATCHER_FROM
                ? ClassName.get(model.type().packageName(), model.generatedSimpleName(), DISPATCHER) : null;

        List<FieldSpec> descriptors = new ArrayList<>();
        List<String> descriptorNames = new ArrayList<>();
        List<String> switchNames = new ArrayList<>();
        List<MethodSpec> toolMethods = new ArrayList<>();
        for (ToolMethod tool : model.tools()) {
            String constant = members.newName(Names.upperSnake(tool.toolName()));
            descriptorNames.add(constant);
            descriptors.add(descriptor(tool, constant));
            String method = members.newName("call" + Names.capitalize(tool.methodName()));
            switchNames.add(method);
            toolMethods.add(toolMethod(tool, constant, method, targetField, dispatcher != null));
        }
        codecs.writeMethods();

        TypeSpec.Builder type = GeneratedClass.declare(model.generatedSimpleName(), TOOL_SET, generatedAnnotation,
                "The MCP tools of {@link $L}, generated by mcplet at compile time: their descriptors,\n"
                        + "with JSON Schemas, and a dispatcher that decodes arguments and calls the methods directly.\n",
                model.type().nestedName());
        type.addFields(descriptors);
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(GeneratedClass.LIST, TOOL_DESCRIPTOR), toolsField,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(GeneratedClass.listOf(descriptorNames))
                .build());
        GeneratedClass.constructor(type, target, instance ? targetField : null, "tool methods");
        type.addMethod(MethodSpec.methodBuilder("tools")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(GeneratedClass.LIST, TOOL_DESCRIPTOR))
                .addStatement("return $L", toolsField)
                .build());
        if (dispatcher == null) {
            type.addFields(members.constants);
            type.addMethods(call(switchNames, targetField, null));
            type.addMethods(toolMethods);
            type.addMethods(members.codecs);
        } else {
            type.addMethods(call(switchNames, targetField, dispatcher));
            type.addType(TypeSpec.classBuilder(DISPATCHER)
                    .addJavadoc("The tools' code, loaded on the first call of one of them.\n")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addFields(members.constants)
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .addMethod(dispatch(switchNames, targetField))
                    .addMethods(toolMethods)
                    .addMethods(members.codecs)
                    .build());
        }
        return JavaFile.builder(model.type().packageName(), type.build())
                .skipJavaLangImports(true)
                .build();
    }

    private FieldSpec descriptor(ToolMethod tool, String constant) {
        String output = SchemaWriter.outputSchema(model, tool);
        CodeBlock hints;
        ToolMethod.Hints h = tool.hints();
        if (h.isEmpty()) {
            hints = CodeBlock.of("$T.NONE", TOOL_HINTS);
        } else {
            hints = CodeBlock.of("new $T($L, $L, $L, $L)", TOOL_HINTS, h.readOnly(), h.destructive(), h.idempotent(),
                    h.openWorld());
        }
        String input = tool.inputSchema() != null ? tool.inputSchema() : SchemaWriter.inputSchema(model, tool);
        boolean wraps = output != null && SchemaWriter.wrapsOutput(tool);
        // Schemas checked here (as the server would check them) need no check at start-up.
        boolean checked = isObjectSchema(input) && (output == null || isObjectSchema(output))
                && (!wraps || isWrapper(output));
        CodeBlock.Builder scopes = CodeBlock.builder();
        if (!tool.scopes().isEmpty() || wraps) {
            // The scopes a caller needs, checked by the server before the method runs (List.of()
            // when there are none but the wrap flag follows).
            scopes.add(",\n$T.of(", GeneratedClass.LIST);
            for (int i = 0; i < tool.scopes().size(); i++) {
                scopes.add(i == 0 ? "$S" : ", $S", tool.scopes().get(i));
            }
            scopes.add(")");
        } else if (checked) {
            scopes.add(",\n$T.of()", GeneratedClass.LIST);
        }
        if (wraps) {
            // The schema wraps a value that is not an object; 2026-07-28 clients get it unwrapped.
            scopes.add(",\ntrue");
        }
        return FieldSpec.builder(TOOL_DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(checked ? "$T.compileTimeChecked(\n$>$S,\n$L,\n$L,\n$S,\n$L,\n$L$L$<)"
                        : "new $T(\n$>$S,\n$L,\n$L,\n$S,\n$L,\n$L$L$<)", TOOL_DESCRIPTOR, tool.toolName(),
                        GeneratedClass.literalOrNull(tool.title()), GeneratedClass.literalOrNull(tool.description()), input,
                        GeneratedClass.literalOrNull(output), hints, scopes.build())
                .build();
    }

    /** What the server checks of a wrapper schema: {@code properties} has one member, {@code result}, an object. */
    private static boolean isWrapper(String schema) {
        return JsonText.parse(schema) instanceof Map<?, ?> object && object.get("properties") instanceof Map<?, ?> properties
                && properties.size() == 1 && properties.get("result") instanceof Map<?, ?>;
    }

    /** What the server checks of a schema: a JSON object whose {@code "type"} is {@code "object"}. */
    private static boolean isObjectSchema(String schema) {
        try {
            return JsonText.parse(schema) instanceof Map<?, ?> object && "object".equals(object.get("type"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The dispatcher, or with a nested {@code dispatcher} a call of that one; when a tool takes an
     * {@code McpContext}, it overrides {@code call} with a context too (the one the server calls), so
     * that classes without such tools stay as they were.
     */
    private List<MethodSpec> call(List<String> methods, String targetField, ClassName dispatcher) {
        boolean context = takesContext();
        CodeBlock code = dispatcher == null ? switchOnName(methods, targetField, false)
                : CodeBlock.builder().addStatement("return $T.call($L)", dispatcher,
                        String.join(", ", dispatchArguments(targetField == null ? null : "this." + targetField,
                                context))).build();
        MethodSpec.Builder call = MethodSpec.methodBuilder("call")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(CALL_RESULT)
                .addParameter(TypeNames.STRING, "name")
                .addParameter(TypeNames.OBJECT_NODE, "arguments")
                .addException(Exception.class);
        if (!context) {
            return List.of(call.addCode(code).build());
        }
        MethodSpec withoutContext = call
                .addJavadoc("Calls a tool without a request: tools that take an {@code McpContext} get null.\n")
                .addStatement("return call(name, arguments, null)")
                .build();
        MethodSpec withContext = MethodSpec.methodBuilder("call")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(CALL_RESULT)
                .addParameter(TypeNames.STRING, "name")
                .addParameter(TypeNames.OBJECT_NODE, "arguments")
                .addParameter(GeneratedClass.MCP_CONTEXT, "context")
                .addException(Exception.class)
                .addCode(code)
                .build();
        return List.of(withoutContext, withContext);
    }

    /** The nested dispatcher's {@code call}: the target (when there is one) is a parameter. */
    private MethodSpec dispatch(List<String> methods, String targetField) {
        MethodSpec.Builder call = MethodSpec.methodBuilder("call")
                .addModifiers(Modifier.STATIC)
                .returns(CALL_RESULT);
        if (targetField != null) {
            call.addParameter(target, targetField);
        }
        call.addParameter(TypeNames.STRING, "name").addParameter(TypeNames.OBJECT_NODE, "arguments");
        if (takesContext()) {
            call.addParameter(GeneratedClass.MCP_CONTEXT, "context");
        }
        return call.addException(Exception.class).addCode(switchOnName(methods, targetField, true)).build();
    }

    /** {@code target, name, arguments, context}: what the outer {@code call} passes to the nested one. */
    private static List<String> dispatchArguments(String target, boolean context) {
        List<String> arguments = new ArrayList<>();
        if (target != null) {
            arguments.add(target);
        }
        arguments.add("name");
        arguments.add("arguments");
        if (context) {
            arguments.add("context");
        }
        return arguments;
    }

    private boolean takesContext() {
        for (ToolMethod tool : model.tools()) {
            if (tool.contextIndex() >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code switch (name)} to the per-tool methods; in a nested dispatcher they take the target as a parameter. */
    private CodeBlock switchOnName(List<String> methods, String targetField, boolean nested) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (name)");
        for (int i = 0; i < methods.size(); i++) {
            ToolMethod tool = model.tools().get(i);
            List<String> arguments = new ArrayList<>();
            if (nested && passesTarget(tool, targetField)) {
                arguments.add(targetField);
            }
            arguments.add("arguments");
            if (tool.contextIndex() >= 0) {
                arguments.add("context");
            }
            code.addStatement("case $S: return $L($L)", tool.toolName(), methods.get(i), String.join(", ", arguments));
        }
        code.addStatement("default: throw new $T(name)", UNKNOWN_TOOL);
        return code.endControlFlow().build();
    }

    private static boolean passesTarget(ToolMethod tool, String targetField) {
        return targetField != null && !tool.isStatic();
    }

    private MethodSpec toolMethod(ToolMethod tool, String constant, String methodName, String targetField,
            boolean nested) {
        NameAllocator locals = new NameAllocator();
        locals.newName("arguments");
        locals.newName("context");
        String e = locals.newName("e");
        List<String> names = new ArrayList<>();
        for (Property param : tool.params()) {
            names.add(locals.newName(param.javaName()));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        if (tool.argumentsIndex() >= 0) {
            // The author's own input schema: the arguments are passed as they are.
            CodeBlock invoke = GeneratedClass.invokeOn(target, receiver(targetField, nested), tool.isStatic(),
                    tool.methodName(), List.of("arguments"), tool.contextIndex(), "context");
            result(tool, invoke, locals, code);
            return toolMethod(tool, methodName, targetField, nested, code);
        }
        // Before any user code runs: an argument the schema does not allow ("additionalProperties":
        // false) and every argument that does not decode, all reported at once, so that a model can
        // fix them in one round trip.
        code.add(codecs.decodeAll(tool.params(), "arguments", members.propertyNames(constant, tool.params()), constant,
                names, locals, e));
        CodeBlock invoke = GeneratedClass.invokeOn(target, receiver(targetField, nested), tool.isStatic(),
                tool.methodName(), names, tool.contextIndex(), "context");
        result(tool, invoke, locals, code);
        return toolMethod(tool, methodName, targetField, nested, code);
    }

    /** How a tool method names the target: its field, or in a nested dispatcher its parameter. */
    private static String receiver(String targetField, boolean nested) {
        return targetField == null ? null : nested ? targetField : "this." + targetField;
    }

    private MethodSpec toolMethod(ToolMethod tool, String methodName, String targetField, boolean nested,
            CodeBlock.Builder code) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PRIVATE)
                .returns(CALL_RESULT);
        if (nested && passesTarget(tool, targetField)) {
            method.addParameter(target, targetField);
        }
        method.addParameter(TypeNames.OBJECT_NODE, "arguments")
                .addException(Exception.class)
                .addCode(code.build());
        if (tool.contextIndex() >= 0) {
            method.addParameter(GeneratedClass.MCP_CONTEXT, "context");
        }
        if (nested || targetField == null || tool.isStatic()) {
            method.addModifiers(Modifier.STATIC);
        }
        return method.build();
    }

    /** Calls the tool and turns what it returns into a {@code CallResult}, per {@link ResultShape.Kind}. */
    private void result(ToolMethod tool, CodeBlock invoke, NameAllocator locals, CodeBlock.Builder code) {
        ResultShape shape = tool.result();
        JsonType type = shape.type();
        if (shape.kind() == ResultShape.Kind.VOID) {
            code.addStatement("$L", invoke);
            code.addStatement("return $T.empty()", CALL_RESULT);
            return;
        }
        if (shape.kind() == ResultShape.Kind.TEXT && type instanceof JsonType.Scalar scalar && scalar.primitive()) {
            code.addStatement("return $T.text($L)", CALL_RESULT, codecs.text(type, invoke));
            return;
        }
        String result = locals.newName("result");
        CodeBlock value = CodeBlock.of("$L", result);
        code.addStatement("$T $L = $L", resultType(shape), result, invoke);
        boolean optional = type instanceof JsonType.OptionalType;
        if (optional) {
            JsonType.OptionalType opt = (JsonType.OptionalType) type;
            code.beginControlFlow("if ($L == null || $L.isEmpty())", result, result);
            if (shape.kind() == ResultShape.Kind.TEXT) {
                code.addStatement("return $T.empty()", CALL_RESULT);
            } else {
                code.addStatement("return $T.structured($T.emptyWrapper())", CALL_RESULT, Codecs.ENCODE);
            }
            code.endControlFlow();
            String getter = switch (opt.kind()) {
                case OPTIONAL -> "get";
                case OPTIONAL_INT -> "getAsInt";
                case OPTIONAL_LONG -> "getAsLong";
                case OPTIONAL_DOUBLE -> "getAsDouble";
            };
            value = CodeBlock.of("$L.$L()", result, getter);
            type = opt.value();
        } else {
            // A tool that declares a result and returns null: a tool error that says so, not a crash.
            code.beginControlFlow("if ($L == null)", result);
            code.addStatement("return $T.nullResult($S)", Codecs.ENCODE, tool.toolName());
            code.endControlFlow();
        }
        switch (shape.kind()) {
            case TEXT:
                code.addStatement("return $T.text($L)", CALL_RESULT, codecs.text(type, value));
                break;
            case STRUCTURED:
                code.addStatement("return $T.structured($L)", CALL_RESULT, codecs.encode(type, value));
                break;
            case WRAPPED:
                code.addStatement("return $T.structured($T.wrap($L))", CALL_RESULT, Codecs.ENCODE,
                        codecs.encode(type, value));
                break;
            case CONTENT:
                code.addStatement("return $T.content($T.of($L))", CALL_RESULT, GeneratedClass.LIST, value);
                break;
            case CONTENT_LIST:
                code.addStatement("return $T.content($L)", CALL_RESULT, value);
                break;
            case RAW_JSON:
                code.beginControlFlow("if ($L.isObject())", result);
                code.addStatement("return $T.structured($L)", CALL_RESULT, result);
                code.endControlFlow();
                code.addStatement("return $T.text($T.text($L))", CALL_RESULT, Codecs.ENCODE, result);
                break;
            case TOOL_RESULT:
                toolResult(type, result, locals, code);
                break;
            default:
                throw new AssertionError(shape.kind());
        }
    }

    private void toolResult(JsonType type, String result, NameAllocator locals, CodeBlock.Builder code) {
        if (type == null) {
            code.addStatement("return $T.of($L.content(), null, $L.isError())", CALL_RESULT, result, result);
            return;
        }
        String structured = locals.newName("structured");
        String value = locals.newName("value");
        code.addStatement("$T $L = $L.structured()", TypeNames.of(type), value, result);
        code.addStatement("$T $L = null", TypeNames.JSON_NODE, structured);
        code.beginControlFlow("if ($L != null)", value);
        CodeBlock encoded = codecs.encode(type, CodeBlock.of("$L", value));
        if (type instanceof JsonType.RawJson raw && !raw.objectOnly()) {
            code.addStatement("$L = $T.wrapUnlessObject($L)", structured, Codecs.ENCODE, encoded);
        } else if (SchemaWriter.isObject(type)) {
            code.addStatement("$L = $L", structured, encoded);
        } else {
            code.addStatement("$L = $T.wrap($L)", structured, Codecs.ENCODE, encoded);
        }
        code.endControlFlow();
        code.addStatement("return $T.of($L.content(), $L, $L.isError())", CALL_RESULT, result, structured, result);
    }

    private static TypeName resultType(ResultShape shape) {
        switch (shape.kind()) {
            case CONTENT:
                return CONTENT;
            case CONTENT_LIST:
                return ParameterizedTypeName.get(GeneratedClass.LIST, WildcardTypeName.subtypeOf(CONTENT));
            case TOOL_RESULT:
                return ParameterizedTypeName.get(TOOL_RESULT,
                        shape.type() == null ? WildcardTypeName.subtypeOf(Object.class) : TypeNames.of(shape.type()));
            default:
                return TypeNames.of(shape.type());
        }
    }
}
