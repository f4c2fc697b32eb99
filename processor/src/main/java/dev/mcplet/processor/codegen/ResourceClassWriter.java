package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
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
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.resource.ResourceClass;
import dev.mcplet.processor.model.resource.ResourceMethod;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code Foo_McpResources} class of a {@link ResourceClass}: a final {@code ResourceSet}
 * with one public {@code ResourceDescriptor} (fixed URI) or {@code ResourceTemplateDescriptor}
 * constant per method, a {@code switch} on the URI or template the server matched, one private
 * method per resource that decodes the template's variables (all of them, then reports every
 * problem at once), calls the method directly and wraps what it returns as contents; and the
 * completions of template variables. Same rules as {@link ToolClassWriter}: no reflection,
 * lambdas, streams, {@code String.format} or string concatenation; deterministic output.
 */
public final class ResourceClassWriter {

    private static final String RESOURCE = "dev.mcplet.server.resource";
    private static final ClassName RESOURCE_SET = ClassName.get(RESOURCE, "ResourceSet");
    private static final ClassName RESOURCE_DESCRIPTOR = ClassName.get(RESOURCE, "ResourceDescriptor");
    private static final ClassName TEMPLATE_DESCRIPTOR = ClassName.get(RESOURCE, "ResourceTemplateDescriptor");
    private static final ClassName RESOURCE_CONTENTS = ClassName.get("dev.mcplet", "ResourceContents");
    private static final ClassName CONTENT_ANNOTATIONS = ClassName.get("dev.mcplet", "ContentAnnotations");
    private static final ClassName CACHE_SCOPE = ClassName.get("dev.mcplet", "McpResource", "CacheScope");
    private static final TypeName CONTENTS_LIST = ParameterizedTypeName.get(GeneratedClass.LIST, RESOURCE_CONTENTS);

    private final ResourceClass model;
    private final ClassName target;
    private final Members members = new Members();
    private final TextArguments text = new TextArguments(members);

    private ResourceClassWriter(ResourceClass model) {
        this.model = model;
        this.target = TypeNames.className(model.type());
    }

    /**
     * The generated source file.
     *
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available
     */
    public static JavaFile write(ResourceClass model, boolean generatedAnnotation) {
        return new ResourceClassWriter(model).file(generatedAnnotation);
    }

    private JavaFile file(boolean generatedAnnotation) {
        for (String member : new String[] {"resources", "templates", "read", "complete"}) {
            members.newName(member);
        }
        String targetField = model.needsInstance() ? members.newName("target") : null;
        String resourcesField = members.newName("RESOURCES");
        String templatesField = members.newName("TEMPLATES");

        List<FieldSpec> descriptors = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        CodeBlock.Builder read = CodeBlock.builder().beginControlFlow("switch (key)");
        List<MethodSpec> readers = new ArrayList<>();
        List<CompletionWriter.Target> completionTargets = new ArrayList<>();
        for (ResourceMethod resource : model.resources()) {
            String constant = members.newName(Names.upperSnake(resource.name()));
            descriptors.add(descriptor(resource, constant));
            (resource.isTemplate() ? templates : fixed).add(constant);
            String method = members.newName("read" + Names.capitalize(resource.methodName()));
            List<String> args = new ArrayList<>(List.of("uri"));
            if (!resource.params().isEmpty()) {
                args.add("variables");
            }
            if (resource.contextIndex() >= 0) {
                args.add("context");
            }
            read.addStatement("case $S: return $L($L)", resource.key(), method, String.join(", ", args));
            readers.add(reader(resource, method, targetField));
            if (resource.isTemplate()) {
                completionTargets.add(new CompletionWriter.Target(resource.key(), resource.params()));
            }
        }
        // The server calls read only with a key it matched among resources() and templates().
        read.addStatement("default: throw new $T($L)", IllegalArgumentException.class, "key");
        read.endControlFlow();

        TypeSpec.Builder type = GeneratedClass.declare(model.generatedSimpleName(), RESOURCE_SET, generatedAnnotation,
                "The MCP resources of {@link $L}, generated by mcplet at compile time: their descriptors,\n"
                        + "and a reader that decodes a template's variables and calls the methods directly.\n",
                model.type().nestedName());
        type.addFields(descriptors);
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(GeneratedClass.LIST, RESOURCE_DESCRIPTOR),
                resourcesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(GeneratedClass.listOf(fixed)).build());
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(GeneratedClass.LIST, TEMPLATE_DESCRIPTOR),
                templatesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(GeneratedClass.listOf(templates)).build());
        MethodSpec complete = CompletionWriter.complete(completionTargets, model.completions(), "uriTemplate",
                "variable", target, targetField, text);
        type.addFields(members.constants);
        GeneratedClass.constructor(type, target, targetField, "methods");
        type.addMethod(MethodSpec.methodBuilder("resources")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(GeneratedClass.LIST, RESOURCE_DESCRIPTOR))
                .addStatement("return $L", resourcesField)
                .build());
        type.addMethod(MethodSpec.methodBuilder("templates")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(GeneratedClass.LIST, TEMPLATE_DESCRIPTOR))
                .addStatement("return $L", templatesField)
                .build());
        type.addMethod(MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(CONTENTS_LIST)
                .addParameter(TypeNames.STRING, "key")
                .addParameter(TypeNames.STRING, "uri")
                .addParameter(TextArguments.MAP_OF_STRINGS, "variables")
                .addParameter(GeneratedClass.MCP_CONTEXT, "context")
                .addException(Exception.class)
                .addCode(read.build())
                .build());
        if (complete != null) {
            type.addMethod(complete);
        }
        type.addMethods(readers);
        type.addMethods(members.codecs);
        return JavaFile.builder(model.type().packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private FieldSpec descriptor(ResourceMethod resource, String constant) {
        CodeBlock annotations = annotations(resource);
        // The cache hint of its reads only when it sets one: the shorter constructor means the server's.
        CodeBlock cache = resource.hasCacheHint()
                ? CodeBlock.of(",\n$LL,\n$T.$L", resource.cacheTtlMs(), CACHE_SCOPE, resource.cacheScope())
                : CodeBlock.of("");
        if (resource.isTemplate()) {
            return FieldSpec.builder(TEMPLATE_DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T(\n$>$S,\n$S,\n$L,\n$L,\n$L,\n$L$L$<)", TEMPLATE_DESCRIPTOR, resource.key(),
                            resource.name(), GeneratedClass.literalOrNull(resource.title()),
                            GeneratedClass.literalOrNull(resource.description()),
                            GeneratedClass.literalOrNull(resource.mimeType()), annotations, cache)
                    .build();
        }
        return FieldSpec.builder(RESOURCE_DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T(\n$>$S,\n$S,\n$L,\n$L,\n$L,\n$LL,\n$L$L$<)", RESOURCE_DESCRIPTOR,
                        resource.key(), resource.name(), GeneratedClass.literalOrNull(resource.title()),
                        GeneratedClass.literalOrNull(resource.description()),
                        GeneratedClass.literalOrNull(resource.mimeType()), resource.size(), annotations, cache)
                .build();
    }

    /** {@code new ContentAnnotations(List.of(ContentAnnotations.Role.USER), 0.5, null)}, or {@code null}. */
    private static CodeBlock annotations(ResourceMethod resource) {
        if (resource.audience().isEmpty() && resource.priority() == null) {
            return CodeBlock.of("null");
        }
        CodeBlock.Builder audience = CodeBlock.builder().add("$T.of(", GeneratedClass.LIST);
        for (int i = 0; i < resource.audience().size(); i++) {
            audience.add(i == 0 ? "$T.$L" : ", $T.$L", CONTENT_ANNOTATIONS.nestedClass("Role"), resource.audience().get(i));
        }
        audience.add(")");
        return CodeBlock.of("new $T($L, $L, null)", CONTENT_ANNOTATIONS, audience.build(),
                resource.priority() == null ? "null" : resource.priority().toString());
    }

    private MethodSpec reader(ResourceMethod resource, String methodName, String targetField) {
        NameAllocator locals = new NameAllocator();
        for (String parameter : new String[] {"uri", "variables", "context"}) {
            locals.newName(parameter);
        }
        CodeBlock.Builder code = CodeBlock.builder();
        List<String> names = new ArrayList<>();
        if (!resource.params().isEmpty()) {
            String errors = locals.newName("errors");
            String e = locals.newName("e");
            code.add(TextArguments.declareErrors(errors));
            for (Property param : resource.params()) {
                String local = locals.newName(param.javaName());
                names.add(local);
                code.add(text.decode(param, "variables", local, locals, errors, e));
            }
            code.add(TextArguments.throwErrors(errors));
        }
        CodeBlock invoke = GeneratedClass.invoke(target, targetField, resource.isStatic(), resource.methodName(), names,
                resource.contextIndex(), "context");
        String result = locals.newName("result");
        TypeName resultType = switch (resource.result()) {
            case TEXT -> TypeNames.STRING;
            case BLOB -> ArrayTypeName.of(TypeName.BYTE);
            case CONTENTS -> RESOURCE_CONTENTS;
            case CONTENTS_LIST -> ParameterizedTypeName.get(GeneratedClass.LIST,
                    WildcardTypeName.subtypeOf(RESOURCE_CONTENTS));
        };
        code.addStatement("$T $L = $L", resultType, result, invoke);
        code.beginControlFlow("if ($L == null)", result);
        code.addStatement("throw new $T($S)", IllegalStateException.class, "The resource method "
                + model.type().nestedName() + "." + resource.methodName() + "() returned null; it must return the contents");
        code.endControlFlow();
        CodeBlock mimeType = GeneratedClass.literalOrNull(resource.mimeType());
        switch (resource.result()) {
            case TEXT:
                code.addStatement("return $T.of($T.text(uri, $L, $L))", GeneratedClass.LIST, RESOURCE_CONTENTS, mimeType,
                        result);
                break;
            case BLOB:
                code.addStatement("return $T.of($T.blob(uri, $L, $L))", GeneratedClass.LIST, RESOURCE_CONTENTS, mimeType,
                        result);
                break;
            case CONTENTS:
                code.addStatement("return $T.of($L)", GeneratedClass.LIST, result);
                break;
            default:
                code.addStatement("return $T.copyOf($L)", GeneratedClass.LIST, result);
                break;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PRIVATE)
                .returns(CONTENTS_LIST)
                .addParameter(TypeNames.STRING, "uri");
        if (!resource.params().isEmpty()) {
            method.addParameter(TextArguments.MAP_OF_STRINGS, "variables");
        }
        if (resource.contextIndex() >= 0) {
            method.addParameter(GeneratedClass.MCP_CONTEXT, "context");
        }
        if (targetField == null || resource.isStatic()) {
            method.addModifiers(Modifier.STATIC);
        }
        return method.addException(Exception.class).addCode(code.build()).build();
    }
}
