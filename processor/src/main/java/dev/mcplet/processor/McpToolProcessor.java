package dev.mcplet.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.mcplet.processor.codegen.PromptClassWriter;
import dev.mcplet.processor.codegen.ResourceClassWriter;
import dev.mcplet.processor.codegen.ToolClassWriter;
import dev.mcplet.processor.model.ClassRef;
import dev.mcplet.processor.model.Messages;
import dev.mcplet.processor.model.Reporter;
import dev.mcplet.processor.model.SignatureReader;
import dev.mcplet.processor.model.ToolClass;
import dev.mcplet.processor.model.ToolClassReader;
import dev.mcplet.processor.model.completion.CompletionReader;
import dev.mcplet.processor.model.prompt.PromptClass;
import dev.mcplet.processor.model.prompt.PromptClassReader;
import dev.mcplet.processor.model.resource.ResourceClass;
import dev.mcplet.processor.model.resource.ResourceClassReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The mcplet annotation processor: for every class with {@code @McpTool} methods it generates, in
 * the same package, a final class {@code <Class>_McpTools} implementing
 * {@code dev.mcplet.server.tool.ToolSet}: each tool's descriptor with its JSON Schemas as
 * compile-time constants, and a dispatcher that decodes the JSON arguments with explicit checks
 * and calls the method directly, with no reflection at run time. Likewise
 * {@code <Class>_McpResources} ({@code ResourceSet}) for {@code @McpResource} methods and
 * {@code <Class>_McpPrompts} ({@code PromptSet}) for {@code @McpPrompt} methods, each with the
 * class's {@code @McpCompletion} methods for its template variables or prompt arguments.
 *
 * <p>Mistakes are compile errors on the offending element, each saying what to do instead; every
 * problem of a build is reported, not only the first. A class whose tool signatures mention a type
 * that does not exist yet (another processor may generate it) is read again in the next round.
 *
 * <p>Isolating for Gradle's incremental processing: each generated file has exactly one
 * originating element, the annotated class, and depends only on what that class's signatures
 * reach.
 */
@AutoService(Processor.class)
public final class McpToolProcessor extends AbstractProcessor {

    /** Classes whose signatures had unresolved types, by qualified name, to read again next round. */
    private final Set<String> deferred = new LinkedHashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return new LinkedHashSet<>(SignatureReader.METHOD_ANNOTATIONS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, TypeElement> classes = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                classes.put(name, type);
            }
        }
        deferred.clear();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() == ElementKind.METHOD && element.getEnclosingElement() instanceof TypeElement type) {
                    classes.putIfAbsent(type.getQualifiedName().toString(), type);
                }
            }
        }
        Reporter reporter = new Reporter(processingEnv.getMessager());
        ToolClassReader reader = new ToolClassReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                reporter);
        ResourceClassReader resourceReader = new ResourceClassReader(processingEnv.getElementUtils(),
                processingEnv.getTypeUtils(), reporter);
        PromptClassReader promptReader = new PromptClassReader(processingEnv.getElementUtils(),
                processingEnv.getTypeUtils(), reporter);
        for (TypeElement type : classes.values()) {
            TypeMirror unresolved = ToolClassReader.findUnresolved(type);
            if (unresolved != null) {
                if (round.processingOver()) {
                    reporter.error(type, Messages.UNRESOLVED_TYPE, generatedName(type), unresolved);
                } else {
                    deferred.add(type.getQualifiedName().toString());
                }
                continue;
            }
            if (!ToolClassReader.toolMethods(type).isEmpty()) {
                ToolClass model = reader.read(type);
                if (model != null) {
                    write(type, model.type(), model.generatedSimpleName(), ToolClassWriter.write(model, generatedAvailable()));
                }
            }
            CompletionReader completions = new CompletionReader(type);
            completions.checkTargets(reporter);
            if (!SignatureReader.methods(type, SignatureReader.MCP_RESOURCE).isEmpty() || completions.any(false)) {
                ResourceClass model = resourceReader.read(type, completions);
                if (model != null) {
                    write(type, model.type(), model.generatedSimpleName(),
                            ResourceClassWriter.write(model, generatedAvailable()));
                }
            }
            if (!SignatureReader.methods(type, SignatureReader.MCP_PROMPT).isEmpty() || completions.any(true)) {
                PromptClass model = promptReader.read(type, completions);
                if (model != null) {
                    write(type, model.type(), model.generatedSimpleName(), PromptClassWriter.write(model, generatedAvailable()));
                }
            }
        }
        if (round.processingOver()) {
            for (String name : deferred) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                reporter.error(type, Messages.UNRESOLVED_TYPE, generatedName(type), ToolClassReader.findUnresolved(type));
            }
            deferred.clear();
        }
        return true; // the annotations are ours: claiming them keeps -Xlint:processing from warning that no one did

    }

    /** The name of the first class generated for {@code type}, for a message that says it cannot be. */
    private String generatedName(TypeElement type) {
        ClassRef ref = ToolClassReader.classRef(type, processingEnv.getElementUtils());
        List<String> kinds = List.of("_McpTools", "_McpResources", "_McpPrompts", "_McpPrompts");
        for (int i = 0; i < kinds.size(); i++) {
            if (!SignatureReader.methods(type, SignatureReader.METHOD_ANNOTATIONS.get(i)).isEmpty()) {
                return ref.flatName() + kinds.get(i);
            }
        }
        return ref.flatName() + kinds.get(0);
    }

    private boolean generatedAvailable() {
        return processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    }

    private void write(TypeElement type, ClassRef ref, String simpleName, JavaFile file) {
        String packageName = ref.packageName();
        String name = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, type);
            try (Writer writer = source.openWriter()) {
                file.writeTo(writer);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + name + ": " + e.getMessage(), type);
        }
    }
}
