package dev.mcplet.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a class's Jackson annotations say for all its properties: {@code @JsonIgnoreProperties},
 * {@code @JsonInclude}, {@code @JsonNaming}, {@code @JsonPropertyOrder}, found on the class or, as
 * Jackson finds them, on its nearest supertype.
 */
final class ClassRules {

    final boolean closed;
    final TypeReader.ClassDefaults defaults;
    final Set<String> ignoredNames = new HashSet<>();
    /** {@code @JsonPropertyOrder}: these names first, in this order; or null. */
    final List<String> order;
    final boolean alphabetic;

    ClassRules(AnnotationMirror ignore, AnnotationMirror include, AnnotationMirror naming, AnnotationMirror order) {
        closed = ignore == null || !Jackson.bool(ignore, "ignoreUnknown", false);
        if (ignore != null) {
            ignoredNames.addAll(Jackson.strings(ignore, "value"));
        }
        Naming strategy = naming == null ? null : Jackson.namingStrategy(naming);
        defaults = new TypeReader.ClassDefaults(Jackson.omitsNulls(include), strategy == null ? Naming.IDENTITY : strategy);
        this.order = order == null ? null : Jackson.strings(order, "value");
        alphabetic = order != null && Jackson.bool(order, "alphabetic", false);
    }

    /**
     * The properties in {@code @JsonPropertyOrder}: the names it lists first, then (sorted, when
     * {@code alphabetic}) the others; {@code args} point at the same properties after.
     */
    List<Property> ordered(List<Property> properties, List<ObjectDef.Arg> args) {
        if (order == null) {
            return properties;
        }
        List<Property> rest = new ArrayList<>(properties);
        List<Property> sorted = new ArrayList<>();
        for (String name : order) {
            for (Property property : properties) {
                // Jackson matches the name given or the Java name
                if ((property.jsonName().equals(name) || property.javaName().equals(name)) && rest.remove(property)) {
                    sorted.add(property);
                }
            }
        }
        if (alphabetic) {
            rest.sort(java.util.Comparator.comparing(Property::jsonName));
        }
        sorted.addAll(rest);
        for (int i = 0; i < args.size(); i++) {
            ObjectDef.Arg arg = args.get(i);
            if (arg.property() >= 0) {
                args.set(i, new ObjectDef.Arg(sorted.indexOf(properties.get(arg.property())), arg.zero()));
            }
        }
        return sorted;
    }

    boolean ignored(String name) {
        return ignoredNames.contains(name);
    }

    /** The rules of a class, as its annotations (or its supertypes') say; a custom @JsonNaming is reported. */
    static ClassRules of(TypeElement element, Reporter reporter) {
        checkSupported(element, reporter);
        AnnotationMirror naming = classAnnotation(element, Jackson.NAMING);
        if (naming != null && Jackson.namingStrategy(naming) == null) {
            reporter.error(element, Messages.NAMING_UNSUPPORTED, element.getQualifiedName());
        }
        return new ClassRules(classAnnotation(element, Jackson.IGNORE_PROPERTIES),
                classAnnotation(element, Jackson.INCLUDE), naming,
                classAnnotation(element, Jackson.PROPERTY_ORDER));
    }

    /** Reports the Jackson annotations generated code does not follow, on the class or a member that is not ignored. */
    private static void checkSupported(TypeElement element, Reporter reporter) {
        List<Element> checked = new ArrayList<>();
        checked.add(element);
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind().isField() || member.getKind() == ElementKind.METHOD) {
                if (!Jackson.ignored(List.of(member))) {
                    checked.add(member);
                }
            } else if (member instanceof ExecutableElement constructor
                    && member.getKind() == ElementKind.CONSTRUCTOR) {
                checked.addAll(constructor.getParameters());
            }
        }
        Jackson.checkSupported(checked, reporter);
    }

    /**
     * A class annotation of the type or, as Jackson finds them, of its nearest supertype (superclasses
     * and interfaces of the application, nearest first); or null.
     */
    static AnnotationMirror classAnnotation(TypeElement element, String name) {
        Deque<TypeElement> pending = new ArrayDeque<>();
        Set<TypeElement> seen = new HashSet<>();
        pending.add(element);
        while (!pending.isEmpty()) {
            TypeElement type = pending.poll();
            if (!seen.add(type)) {
                continue;
            }
            AnnotationMirror found = ToolClassReader.annotation(type, name);
            if (found != null) {
                return found;
            }
            List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
            supertypes.add(0, type.getSuperclass());
            for (TypeMirror supertype : supertypes) {
                if (supertype.getKind() == TypeKind.DECLARED
                        && ObjectReader.handles((TypeElement) ((DeclaredType) supertype).asElement())) {
                    pending.add((TypeElement) ((DeclaredType) supertype).asElement());
                }
            }
        }
        return null;
    }

    /** The Javadoc's main text, else {@code @JsonClassDescription}. */
    static String description(TypeElement element, DocComment doc) {
        if (doc.main() != null) {
            return doc.main();
        }
        AnnotationMirror description = ToolClassReader.annotation(element, Jackson.CLASS_DESCRIPTION);
        String text = description == null ? "" : Jackson.string(description, "value");
        return text.isEmpty() ? null : text;
    }
}
