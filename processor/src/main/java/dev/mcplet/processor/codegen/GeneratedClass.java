package dev.mcplet.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The parts every generated class has: its declaration, the target instance, calls to the author's methods. */
final class GeneratedClass {

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName MCP_CONTEXT = ClassName.get("dev.mcplet", "McpContext");
    static final ClassName COMPLETION = ClassName.get("dev.mcplet", "Completion");

    private GeneratedClass() {
    }

    /** {@code @Generated public final class Name implements Interface}, with its Javadoc. */
    static TypeSpec.Builder declare(String simpleName, ClassName implemented, boolean generatedAnnotation,
            String javadoc, Object... args) {
        TypeSpec.Builder type = TypeSpec.classBuilder(simpleName)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(implemented)
                .addJavadoc(javadoc, args);
        if (generatedAnnotation) {
            type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", ToolClassWriter.PROCESSOR).build());
        }
        return type;
    }

    /**
     * The constructor: around the instance whose methods are called when {@code targetField} is set,
     * else without arguments.
     *
     * @param called what of the target is called, for its Javadoc ({@code tool methods})
     */
    static void constructor(TypeSpec.Builder type, ClassName target, String targetField, String called) {
        if (targetField == null) {
            type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build());
            return;
        }
        type.addField(target, targetField, Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@param target the instance whose $L are called\n", called)
                .addParameter(target, "target")
                .addStatement("this.$L = $T.requireNonNull(target, $S)", targetField, OBJECTS, "target")
                .build());
    }

    /** {@code List.of(A, B)} of constants. */
    static CodeBlock listOf(List<String> constants) {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
        for (int i = 0; i < constants.size(); i++) {
            list.add(i == 0 ? "$L" : ", $L", constants.get(i));
        }
        return list.add(")").build();
    }

    /** {@code {"a", "b"}}, an array initializer of strings. */
    static CodeBlock stringArray(List<String> values) {
        CodeBlock.Builder array = CodeBlock.builder().add("{");
        for (int i = 0; i < values.size(); i++) {
            array.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return array.add("}").build();
    }

    static CodeBlock literalOrNull(String text) {
        return text == null ? CodeBlock.of("null") : CodeBlock.of("$S", text);
    }

    /**
     * A call of the author's method: {@code Target.m(a, b)} or {@code this.target.m(a, b)}, with
     * {@code context} inserted at {@code contextIndex} (when not -1).
     */
    static CodeBlock invoke(ClassName target, String targetField, boolean isStatic, String method, List<String> args,
            int contextIndex, String context) {
        return invokeOn(target, targetField == null ? null : "this." + targetField, isStatic, method, args, contextIndex,
                context);
    }

    /** {@link #invoke}, the instance named by {@code receiver} ({@code this.target}, or a parameter {@code target}). */
    static CodeBlock invokeOn(ClassName target, String receiver, boolean isStatic, String method, List<String> args,
            int contextIndex, String context) {
        List<String> all = new ArrayList<>(args);
        if (contextIndex >= 0) {
            all.add(contextIndex, context);
        }
        return receiver == null || isStatic
                ? CodeBlock.of("$T.$L($L)", target, method, String.join(", ", all))
                : CodeBlock.of("$L.$L($L)", receiver, method, String.join(", ", all));
    }
}
