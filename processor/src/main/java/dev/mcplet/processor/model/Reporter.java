package dev.mcplet.processor.model;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/** Reports errors on elements through the {@link Messager} and counts them, so that reading can go on. */
public final class Reporter {

    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Messages message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), positioned(element));
    }

    /** On one value of an annotation, so that the error points at {@code name = "..."} rather than the method. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Messages message,
            Object... args) {
        errors++;
        if (value == null || element.getKind() == ElementKind.RECORD_COMPONENT) {
            // not written on the annotation: the element itself is the culprit
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), positioned(element));
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
        }
    }

    /**
     * The element to attach a message to. javac has no source position for a record component
     * (JDK 17 to 25), but has one for the private field declared with it, on the same line.
     */
    private static Element positioned(Element element) {
        if (element.getKind() == ElementKind.RECORD_COMPONENT) {
            for (Element member : element.getEnclosingElement().getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(element.getSimpleName())) {
                    return member;
                }
            }
        }
        return element;
    }

    /** Errors reported so far. */
    public int errors() {
        return errors;
    }
}
