package dev.mcplet.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.mcplet.processor.codegen.ToolClassWriter;
import dev.mcplet.processor.model.Messages;
import dev.mcplet.processor.model.Reporter;
import dev.mcplet.processor.model.ToolClass;
import dev.mcplet.processor.model.ToolClassReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * and calls the method directly, with no reflection at run time.
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
        return Set.of(ToolClassReader.MCP_TOOL);
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
            ToolClass model = reader.read(type);
            if (model != null) {
                write(type, model);
            }
        }
        if (round.processingOver()) {
            for (String name : deferred) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                reporter.error(type, Messages.UNRESOLVED_TYPE, generatedName(type), ToolClassReader.findUnresolved(type));
            }
            deferred.clear();
        }
        return true; // @McpTool is ours: claiming it keeps -Xlint:processing from warning that no one did

    }

    private String generatedName(TypeElement type) {
        return ToolClassReader.classRef(type, processingEnv.getElementUtils()).flatName() + "_McpTools";
    }

    private void write(TypeElement type, ToolClass model) {
        boolean generatedAvailable = processingEnv.getElementUtils()
                .getTypeElement("javax.annotation.processing.Generated") != null;
        JavaFile file = ToolClassWriter.write(model, generatedAvailable);
        String packageName = model.type().packageName();
        String name = packageName.isEmpty() ? model.generatedSimpleName()
                : packageName + "." + model.generatedSimpleName();
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
