package dev.mcplet.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The members that make up one property of a class, by Java name, as Jackson's defaults find them:
 * the field (any visibility, for its annotations; public ones are read and written directly), the
 * public {@code getX()}/{@code isX()} getter and the public {@code setX(v)} setter.
 */
final class ClassMembers {

    VariableElement field;
    ExecutableElement getter;
    ExecutableElement setter;

    List<Element> annotated() {
        List<Element> out = new ArrayList<>();
        if (field != null) {
            out.add(field);
        }
        if (getter != null) {
            out.add(getter);
        }
        if (setter != null) {
            out.add(setter);
        }
        return out;
    }

    boolean publicField() {
        return field != null && field.getModifiers().contains(Modifier.PUBLIC);
    }

    Property.Member read() {
        if (getter != null) {
            return new Property.Member(getter.getSimpleName().toString(), true);
        }
        return publicField() ? new Property.Member(field.getSimpleName().toString(), false) : null;
    }

    Property.Member write() {
        if (setter != null) {
            return new Property.Member(setter.getSimpleName().toString(), true);
        }
        return publicField() && !field.getModifiers().contains(Modifier.FINAL)
                ? new Property.Member(field.getSimpleName().toString(), false) : null;
    }

    /** The element to report on and to read Javadoc from: the field, else the getter, else the setter. */
    Element primary() {
        return field != null ? field : getter != null ? getter : setter;
    }

    /**
     * The fields, getters and setters of a class and its superclasses, by property name, superclasses'
     * first and each in declaration order (a subclass's method replaces the one it overrides).
     */
    static Map<String, ClassMembers> of(TypeElement element) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        for (TypeElement e = element; e != null; e = superclass(e)) {
            chain.push(e);
        }
        Map<String, ClassMembers> members = new LinkedHashMap<>();
        for (TypeElement level : chain) {
            for (Element member : level.getEnclosedElements()) {
                Set<Modifier> modifiers = member.getModifiers();
                if (modifiers.contains(Modifier.STATIC)) {
                    continue;
                }
                if (member.getKind() == ElementKind.FIELD) {
                    if (!modifiers.contains(Modifier.TRANSIENT)) {
                        members.computeIfAbsent(member.getSimpleName().toString(), n -> new ClassMembers()).field =
                                (VariableElement) member;
                    }
                } else if (member.getKind() == ElementKind.METHOD && modifiers.contains(Modifier.PUBLIC)) {
                    ExecutableElement method = (ExecutableElement) member;
                    String name = method.getSimpleName().toString();
                    int count = method.getParameters().size();
                    TypeKind returns = method.getReturnType().getKind();
                    if (count == 0 && returns != TypeKind.VOID && name.startsWith("get") && name.length() > 3) {
                        members.computeIfAbsent(propertyName(name, 3), n -> new ClassMembers()).getter = method;
                    } else if (count == 0 && returns == TypeKind.BOOLEAN && name.startsWith("is") && name.length() > 2) {
                        members.computeIfAbsent(propertyName(name, 2), n -> new ClassMembers()).getter = method;
                    } else if (count == 1 && name.startsWith("set") && name.length() > 3) {
                        members.computeIfAbsent(propertyName(name, 3), n -> new ClassMembers()).setter = method;
                    }
                }
            }
        }
        return members;
    }

    /** The superclass, unless it is {@code Object} or another JDK class. */
    private static TypeElement superclass(TypeElement element) {
        TypeMirror superclass = element.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
        return ObjectReader.handles(type) ? type : null;
    }

    /**
     * Jackson's default name of {@code getFirstName}: the leading capitals lower-cased
     * ({@code getURL} is {@code url}, {@code getFirstName} is {@code firstName}).
     */
    static String propertyName(String method, int prefix) {
        String base = method.substring(prefix);
        int i = 0;
        while (i < base.length() && Character.isUpperCase(base.charAt(i))) {
            i++;
        }
        return base.substring(0, i).toLowerCase(java.util.Locale.ROOT) + base.substring(i);
    }
}
