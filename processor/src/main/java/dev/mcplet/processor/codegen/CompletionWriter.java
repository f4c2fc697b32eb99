package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.completion.CompletionMethod;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code complete} method of a generated {@code PromptSet} or {@code ResourceSet}: a
 * {@code switch} on the prompt (or URI template), then on the argument (or variable), that calls
 * the author's {@code @McpCompletion} method or, for an enum, offers the constants that start with
 * what was typed. Null (no values) for anything else.
 */
final class CompletionWriter {

    /** The arguments (or variables) of one prompt (or template), to complete. */
    record Target(String name, List<Property> params) {
    }

    private CompletionWriter() {
    }

    /**
     * The method, or null when nothing of the class can be completed (the interface's default
     * answers no values).
     *
     * @param targetParam the name of the method's first parameter: {@code prompt} or {@code uriTemplate}
     * @param argumentParam the name of its second: {@code argument} or {@code variable}
     */
    static MethodSpec complete(List<Target> targets, List<CompletionMethod> completions, String targetParam,
            String argumentParam, ClassName owner, String targetField, TextArguments text) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", targetParam);
        boolean any = false;
        for (Target target : targets) {
            CodeBlock.Builder cases = CodeBlock.builder();
            boolean anyHere = false;
            for (Property param : target.params()) {
                CompletionMethod method = find(completions, target.name(), param.jsonName());
                JsonType.EnumType enumType = TextArguments.enumOf(param);
                if (method == null && enumType == null) {
                    continue;
                }
                anyHere = true;
                if (method != null) {
                    cases.add(call(method, param.jsonName(), owner, targetField));
                } else {
                    cases.add("case $S:\n$>", param.jsonName()).add(text.completeEnum(enumType, "value")).add("$<");
                }
            }
            if (!anyHere) {
                continue;
            }
            any = true;
            code.add("case $S:\n$>", target.name());
            code.beginControlFlow("switch ($L)", argumentParam);
            code.add(cases.build());
            code.addStatement("default: return null");
            code.endControlFlow();
            code.add("$<");
        }
        if (!any) {
            return null;
        }
        code.addStatement("default: return null");
        code.endControlFlow();
        return MethodSpec.methodBuilder("complete")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(GeneratedClass.COMPLETION)
                .addParameter(TypeNames.STRING, targetParam)
                .addParameter(TypeNames.STRING, argumentParam)
                .addParameter(TypeNames.STRING, "value")
                .addParameter(TextArguments.MAP_OF_STRINGS, "arguments")
                .addParameter(GeneratedClass.MCP_CONTEXT, "context")
                .addException(Exception.class)
                .addCode(code.build())
                .build();
    }

    private static CompletionMethod find(List<CompletionMethod> completions, String target, String argument) {
        for (CompletionMethod completion : completions) {
            if (completion.target().equals(target) && completion.argument().equals(argument)) {
                return completion;
            }
        }
        return null;
    }

    /** {@code case "name": return ...;}, calling the author's method. */
    private static CodeBlock call(CompletionMethod method, String name, ClassName owner, String targetField) {
        List<String> args = new ArrayList<>();
        for (CompletionMethod.Param param : method.params()) {
            args.add(switch (param) {
                case VALUE -> "value";
                case ARGUMENTS -> "arguments";
                case CONTEXT -> "context";
            });
        }
        CodeBlock invoke = GeneratedClass.invoke(owner, targetField, method.isStatic(), method.methodName(), args, -1,
                null);
        if (method.returnsCompletion()) {
            return CodeBlock.builder().add("case $S:\n$>", name).addStatement("return $L", invoke).add("$<").build();
        }
        return CodeBlock.builder()
                .add("case $S: {\n$>", name)
                .addStatement("$T values = $L", ParameterizedTypeName.get(GeneratedClass.LIST, TypeNames.STRING), invoke)
                .addStatement("return values == null ? null : $T.of(values)", GeneratedClass.COMPLETION)
                .add("$<}\n")
                .build();
    }
}
