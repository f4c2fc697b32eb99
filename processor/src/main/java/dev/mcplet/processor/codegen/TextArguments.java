package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.mcplet.processor.json.JsonText;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Decoding code for values that arrive as strings (URI template variables, prompt arguments):
 * calls into {@code TextDecode}, one generated {@code readX(String)} per enum, and the collection
 * of every problem of a request into one {@code InvalidArgumentsException}, thrown once all are
 * decoded.
 */
final class TextArguments {

    static final ClassName TEXT_DECODE = ClassName.get("dev.mcplet.server.tool", "TextDecode");
    static final TypeName MAP_OF_STRINGS = ParameterizedTypeName.get(GeneratedClass.MAP, TypeNames.STRING, TypeNames.STRING);

    private final Members members;
    private final Map<JsonType.EnumType, String> enumReaders = new LinkedHashMap<>();
    private final Map<JsonType.EnumType, String> enumConstants = new LinkedHashMap<>();
    private String completeFrom;

    TextArguments(Members members) {
        this.members = members;
    }

    /** {@code InvalidArgumentsException errors = null;}: where the problems of one request are collected. */
    static CodeBlock declareErrors(String errors) {
        return CodeBlock.builder().addStatement("$T $L = null", Codecs.INVALID_ARGUMENTS, errors).build();
    }

    /** Throws what was collected, before any of the author's code runs. */
    static CodeBlock throwErrors(String errors) {
        return CodeBlock.builder()
                .beginControlFlow("if ($L != null)", errors)
                .addStatement("throw $L", errors)
                .endControlFlow()
                .build();
    }

    /**
     * Statements that declare {@code local} and set it from {@code map.get(name)}; a problem is
     * added to {@code errors} with the name as its path.
     *
     * @param e the name of the caught exception
     */
    CodeBlock decode(Property property, String map, String local, NameAllocator locals, String errors, String e) {
        CodeBlock.Builder code = CodeBlock.builder();
        TypeName javaType = TypeNames.of(property.type());
        CodeBlock get = CodeBlock.of("$L.get($S)", map, property.jsonName());
        if (property.required()) {
            code.addStatement("$T $L = $L", javaType, local, zero(javaType));
            code.beginControlFlow("try");
            code.addStatement("$L = $L", local, decode(property.type(), get));
        } else {
            String text = locals.newName(local + "Text");
            code.addStatement("$T $L = $L", TypeNames.STRING, text, get);
            code.addStatement("$T $L = $L", javaType, local, zero(javaType));
            code.beginControlFlow("try");
            JsonType value = property.type() instanceof JsonType.OptionalType o ? o.value() : property.type();
            boolean string = value instanceof JsonType.Scalar s && s.kind() == ScalarKind.STRING;
            // An empty value of a non-string argument is taken as absent: forms send "" for a field left blank.
            if (string) {
                code.beginControlFlow("if ($L == null)", text);
            } else {
                code.beginControlFlow("if ($L == null || $L.isEmpty())", text, text);
            }
            code.addStatement("$L = $L", local, absent(property));
            code.nextControlFlow("else");
            code.addStatement("$L = $L", local, present(property.type(), CodeBlock.of("$L", text)));
            code.endControlFlow();
        }
        code.nextControlFlow("catch ($T $L)", Codecs.INVALID_ARGUMENTS, e);
        code.addStatement("$L = $T.add($L, $L.atField($S))", errors, Codecs.INVALID_ARGUMENTS, errors, e,
                property.jsonName());
        code.endControlFlow();
        return code.build();
    }

    /** The value a local starts with, before its decoder sets it. */
    static CodeBlock zero(TypeName type) {
        if (type == TypeName.BOOLEAN) {
            return CodeBlock.of("false");
        }
        return type.isPrimitive() ? CodeBlock.of("0") : CodeBlock.of("null");
    }

    private CodeBlock absent(Property property) {
        if (property.defaultJson() != null) {
            Object json = JsonText.parse(property.defaultJson());
            String text = json instanceof String s ? s : property.defaultJson();
            return present(property.type(), CodeBlock.of("$S", text));
        }
        if (property.type() instanceof JsonType.OptionalType optional) {
            return CodeBlock.of("$T.empty()", TypeNames.className(optional.kind().className()));
        }
        return CodeBlock.of("null");
    }

    private CodeBlock present(JsonType type, CodeBlock text) {
        if (type instanceof JsonType.OptionalType optional) {
            return CodeBlock.of("$T.of($L)", TypeNames.className(optional.kind().className()),
                    decode(optional.value(), text));
        }
        return decode(type, text);
    }

    /** An expression that decodes a string (null when absent) to a scalar or enum, throwing InvalidArgumentsException. */
    private CodeBlock decode(JsonType type, CodeBlock text) {
        if (type instanceof JsonType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", TEXT_DECODE, Codecs.decoderName(scalar), text);
        }
        JsonType.EnumType enumType = (JsonType.EnumType) type;
        String name = enumReaders.get(enumType);
        if (name == null) {
            name = members.newName("read" + TypeNames.word(type));
            enumReaders.put(enumType, name);
            members.codecs.add(enumReader(enumType, name));
        }
        return CodeBlock.of("$L($L)", name, text);
    }

    private static MethodSpec enumReader(JsonType.EnumType type, String name) {
        String expected = Codecs.expectedConstants(type.constants());
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T name = $T.enumName(value, $S)", TypeNames.STRING, TEXT_DECODE, expected);
        code.beginControlFlow("switch (name)");
        ClassName enumClass = TypeNames.className(type.type());
        for (int i = 0; i < type.constants().size(); i++) {
            // The JSON name (@JsonProperty may rename a constant), read into the Java constant.
            code.addStatement("case $S: return $T.$L", type.constants().get(i), enumClass, type.javaNames().get(i));
        }
        code.addStatement("default: throw $T.notOneOf(value, $S)", TEXT_DECODE, expected);
        code.endControlFlow();
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeNames.className(type.type()))
                .addParameter(TypeNames.STRING, "value")
                .addException(Codecs.INVALID_ARGUMENTS)
                .addCode(code.build())
                .build();
    }

    // ---- completion of enum values ------------------------------------------------------------

    /** The enum of a property ({@code Color} or {@code Optional<Color>}), or null. */
    static JsonType.EnumType enumOf(Property property) {
        JsonType type = property.type() instanceof JsonType.OptionalType o ? o.value() : property.type();
        return type instanceof JsonType.EnumType e ? e : null;
    }

    /** {@code return completeFrom(COLOR_CONSTANTS, value);}: the constants that start with what was typed. */
    CodeBlock completeEnum(JsonType.EnumType type, String value) {
        String constants = enumConstants.get(type);
        if (constants == null) {
            constants = members.newName(Names.upperSnake(TypeNames.word(type)) + "_CONSTANTS");
            enumConstants.put(type, constants);
            members.constants.add(FieldSpec.builder(
                    ArrayTypeName.of(TypeNames.STRING), constants, Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer(GeneratedClass.stringArray(type.constants())).build());
        }
        if (completeFrom == null) {
            completeFrom = members.newName("completeFrom");
            members.codecs.add(completeFrom(completeFrom));
        }
        return CodeBlock.builder().addStatement("return $L($L, $L)", completeFrom, constants, value).build();
    }

    /** The values that start with {@code typed}, ignoring case, in declaration order. */
    private static MethodSpec completeFrom(String name) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T prefix = typed == null ? $S : typed", TypeNames.STRING, "");
        code.addStatement("$T<$T> matching = new $T<>()", GeneratedClass.LIST, TypeNames.STRING,
                ClassName.get(ArrayList.class));
        code.beginControlFlow("for ($T candidate : values)", TypeNames.STRING);
        code.beginControlFlow("if (candidate.regionMatches(true, 0, prefix, 0, prefix.length()))");
        code.addStatement("matching.add(candidate)");
        code.endControlFlow();
        code.endControlFlow();
        code.addStatement("return $T.of(matching)", GeneratedClass.COMPLETION);
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(GeneratedClass.COMPLETION)
                .addParameter(ArrayTypeName.of(TypeNames.STRING), "values")
                .addParameter(TypeNames.STRING, "typed")
                .addCode(code.build())
                .build();
    }
}
