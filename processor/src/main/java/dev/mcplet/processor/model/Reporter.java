package dev.mcplet.processor.model;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /** On one value of an annotation, so that the error points at {@code name = "..."} rather than the method. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Messages message,
            Object... args) {
        errors++;
        if (value == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
        }
    }

    /** Errors reported so far. */
    public int errors() {
        return errors;
    }
}
