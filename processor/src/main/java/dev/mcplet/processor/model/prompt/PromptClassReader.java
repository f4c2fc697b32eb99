package dev.mcplet.processor.model.prompt;

import dev.mcplet.processor.model.Messages;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.Reporter;
import dev.mcplet.processor.model.SignatureReader;
import dev.mcplet.processor.model.ToolClassReader;
import dev.mcplet.processor.model.completion.CompletionMethod;
import dev.mcplet.processor.model.completion.CompletionReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @McpPrompt} methods of a class into a {@link PromptClass}, validating as it
 * goes: names, arguments (with the type rules of tool arguments, as strings), the return type, and
 * the completions bound to prompt arguments. Every problem is reported on its element; the class is
 * returned only when there was none.
 */
public final class PromptClassReader {

    /**
     * MCP does not restrict prompt names, but clients offer prompts as commands ({@code /name}):
     * the rule of tool names (2025-11-25, server/tools, "Tool names") keeps them usable everywhere.
     */
    private static final Pattern PROMPT_NAME = ToolClassReader.TOOL_NAME;

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    public PromptClassReader(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /**
     * Reads and validates the prompts of {@code type}; null when something was reported.
     *
     * @param completions the class's completion methods, of which those for prompts are bound here
     */
    public PromptClass read(TypeElement type, CompletionReader completions) {
        int errorsBefore = reporter.errors();
        SignatureReader signatures = new SignatureReader(elements, types, reporter, type,
                PromptClass.generatedSimpleName(SignatureReader.classRefOf(type, elements)));
        signatures.checkClass(type);
        List<PromptMethod> prompts = new ArrayList<>();
        Map<String, ExecutableElement> byName = new LinkedHashMap<>();
        Map<String, Set<String>> arguments = new LinkedHashMap<>();
        Set<String> broken = new LinkedHashSet<>();
        for (ExecutableElement method : SignatureReader.methods(type, SignatureReader.MCP_PROMPT)) {
            PromptMethod prompt = method(method, signatures, byName);
            if (prompt == null) {
                String name = SignatureReader.stringValue(SignatureReader.annotation(method, SignatureReader.MCP_PROMPT),
                        "name");
                broken.add(name.isEmpty() ? method.getSimpleName().toString() : name);
            } else {
                prompts.add(prompt);
                Set<String> names = new LinkedHashSet<>();
                for (Property param : prompt.params()) {
                    names.add(param.jsonName());
                }
                arguments.put(prompt.promptName(), names);
            }
        }
        List<CompletionMethod> bound = completions.bind(true, arguments, broken, signatures);
        signatures.checkDefaults();
        return reporter.errors() == errorsBefore && !prompts.isEmpty()
                ? new PromptClass(signatures.owner(), prompts, bound) : null;
    }

    private PromptMethod method(ExecutableElement method, SignatureReader signatures,
            Map<String, ExecutableElement> byName) {
        int errorsBefore = reporter.errors();
        AnnotationMirror annotation = SignatureReader.annotation(method, SignatureReader.MCP_PROMPT);
        String javaName = method.getSimpleName().toString();
        String promptName = SignatureReader.stringValue(annotation, "name");
        AnnotationValue nameValue = SignatureReader.explicitValue(annotation, "name");
        if (promptName.isEmpty()) {
            promptName = javaName;
        }
        if (!PROMPT_NAME.matcher(promptName).matches()) {
            reporter.error(method, annotation, nameValue, Messages.INVALID_PROMPT_NAME, promptName);
        } else {
            ExecutableElement previous = byName.putIfAbsent(promptName, method);
            if (previous != null) {
                reporter.error(method, annotation, nameValue, Messages.DUPLICATE_PROMPT_NAME, promptName,
                        previous.getSimpleName() + "()");
            }
        }
        if (!signatures.checkMethod(method, "McpPrompt")) {
            return null;
        }
        Map<String, String> docParams = signatures.docParams(method);
        List<Property> params = new ArrayList<>();
        Map<String, VariableElement> names = new LinkedHashMap<>();
        int contextIndex = signatures.contextIndex(method);
        for (VariableElement parameter : method.getParameters()) {
            if (SignatureReader.isContext(parameter.asType())) {
                continue;
            }
            Property property = signatures.textParameter(parameter, docParams.get(parameter.getSimpleName().toString()),
                    "prompt arguments");
            if (property == null) {
                continue;
            }
            VariableElement previous = names.putIfAbsent(property.jsonName(), parameter);
            if (previous != null) {
                reporter.error(parameter, Messages.DUPLICATE_ARGUMENT_NAME, property.jsonName(), previous.getSimpleName());
                continue;
            }
            params.add(property);
        }
        PromptMethod.Result result = result(method.getReturnType());
        if (result == null) {
            reporter.error(method, Messages.UNSUPPORTED_PROMPT_RESULT, method.getReturnType());
        }
        if (reporter.errors() != errorsBefore) {
            return null;
        }
        String description = SignatureReader.optionalString(annotation, "description");
        return new PromptMethod(promptName, javaName, SignatureReader.isStatic(method),
                SignatureReader.optionalString(annotation, "title"),
                description == null ? signatures.docText(method) : description, params, contextIndex, result);
    }

    private PromptMethod.Result result(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        switch (name) {
            case "java.lang.String":
                return PromptMethod.Result.TEXT;
            case "dev.mcplet.PromptMessage":
                return PromptMethod.Result.MESSAGE;
            case "dev.mcplet.PromptResult":
                return PromptMethod.Result.RESULT;
            case "java.util.List": {
                List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
                if (args.size() != 1) {
                    return null;
                }
                TypeMirror item = args.get(0);
                if (item.getKind() == TypeKind.WILDCARD) {
                    item = ((WildcardType) item).getExtendsBound();
                }
                return item != null && item.getKind() == TypeKind.DECLARED
                        && ((TypeElement) ((DeclaredType) item).asElement()).getQualifiedName()
                                .contentEquals("dev.mcplet.PromptMessage") ? PromptMethod.Result.MESSAGES : null;
            }
            default:
                return null;
        }
    }
}
