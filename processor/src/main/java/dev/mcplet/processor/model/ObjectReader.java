package dev.mcplet.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the types written as JSON objects into {@link ObjectDef}s, once per instantiation: records,
 * classes (a JavaBean, one constructor, public fields) and sealed hierarchies, with the Jackson
 * annotations that change their JSON form.
 *
 * <p>Which members count follows Jackson's defaults, as far as generated code can reach them
 * without reflection:
 * <ul>
 *   <li>a record: its components, built with the canonical constructor;</li>
 *   <li>a class with a {@code @JsonCreator} constructor (or static factory, when the class has no
 *       type parameters), or without a public no-argument constructor and with exactly one public
 *       constructor: that constructor's parameters, by Java name, each
 *       matched with the field and getter of the same name (whose annotations count too); further
 *       public getters and fields are output-only properties;</li>
 *   <li>a class with a public no-argument constructor (a JavaBean): public {@code getX()} (and
 *       {@code isX()} returning {@code boolean}) getters, public {@code setX(v)} setters and public
 *       non-static, non-transient fields (final ones are read only), including inherited ones. A
 *       property is read from arguments when it has a setter or a non-final public field, and written
 *       in results when it has a getter or a public field. Names follow Jackson: {@code getURL()} is
 *       {@code url}, {@code getFirstName()} is {@code firstName}. Bean properties may be left out.</li>
 *   <li>a sealed interface or abstract sealed class: its permitted subtypes (nested sealed ones
 *       flattened), told apart by a discriminator property; with
 *       {@code @JsonTypeInfo(include = EXISTING_PROPERTY)}, a property the subtypes declare themselves.</li>
 * </ul>
 */
final class ObjectReader {

    /** How deep type arguments may nest as a generic type recurses ({@code Box<Box<Box<...>>>}). */
    static final int MAX_DEPTH = 24;

    private final TypeReader reader;
    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    /** Every object type met, in order; null while it is being read. */
    private final Map<JsonType.ObjectType, ObjectDef> objects = new LinkedHashMap<>();
    private final Set<JsonType.ObjectType> failed = new HashSet<>();
    /** Where each union was declared, to report a discriminator clash on. */
    private final Map<JsonType.ObjectType, TypeElement> unionElements = new LinkedHashMap<>();
    private int depth;

    ObjectReader(TypeReader reader, Elements elements, Types types, Reporter reporter) {
        this.reader = reader;
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    Map<JsonType.ObjectType, ObjectDef> objects() {
        return objects;
    }

    /** Whether this is a type of the application read as an object (not one of the JDK's or Jackson's). */
    static boolean handles(TypeElement element) {
        ElementKind kind = element.getKind();
        if (kind == ElementKind.RECORD) {
            return true;
        }
        if (kind != ElementKind.CLASS && kind != ElementKind.INTERFACE) {
            return false;
        }
        String name = element.getQualifiedName().toString();
        return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("com.fasterxml.jackson."));
    }

    /** The object type of this use of a record, class or sealed type, or null after reporting why it has none. */
    JsonType read(DeclaredType type, Element where, TypeMirror whole) {
        TypeElement element = (TypeElement) type.asElement();
        if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
            reporter.error(where, Messages.RAW_TYPE, type, whole, example(element));
            return null;
        }
        List<JsonType> arguments = new ArrayList<>();
        for (TypeMirror argument : type.getTypeArguments()) {
            if (argument.getKind() == TypeKind.WILDCARD) {
                reporter.error(where, Messages.WILDCARD_TYPE, argument, whole);
                return null;
            }
            JsonType json = reader.read(argument, where, TypeReader.Position.NESTED, whole);
            if (json == null) {
                return null;
            }
            arguments.add(json);
        }
        if (!reader.accessible(element, where)) {
            return null;
        }
        JsonType.ObjectType key = new JsonType.ObjectType(ToolClassReader.classRef(element, elements), arguments);
        if (failed.contains(key)) {
            return null;
        }
        if (objects.containsKey(key)) {
            return key; // read before, or being read (a recursive type)
        }
        if (depth >= MAX_DEPTH) {
            reporter.error(where, Messages.TYPE_TOO_DEEP, element.getQualifiedName(), MAX_DEPTH, whole);
            failed.add(key);
            return null;
        }
        objects.put(key, null);
        depth++;
        int errorsBefore = reporter.errors();
        ObjectDef def;
        try {
            def = define(key, element, type);
        } finally {
            depth--;
        }
        if (def == null || reporter.errors() != errorsBefore) {
            objects.remove(key);
            failed.add(key);
            return null;
        }
        objects.put(key, def);
        return key;
    }

    private static String example(TypeElement element) {
        StringBuilder out = new StringBuilder(element.getSimpleName()).append('<');
        for (int i = 0; i < element.getTypeParameters().size(); i++) {
            out.append(i == 0 ? "String" : ", String");
        }
        return out.append('>').toString();
    }

    private ObjectDef define(JsonType.ObjectType key, TypeElement element, DeclaredType type) {
        Set<Modifier> modifiers = element.getModifiers();
        if (element.getKind() == ElementKind.RECORD) {
            return record(key, element, type);
        }
        boolean isAbstract = element.getKind() == ElementKind.INTERFACE || modifiers.contains(Modifier.ABSTRACT);
        if (modifiers.contains(Modifier.SEALED)) {
            if (!isAbstract) {
                reporter.error(element, Messages.SEALED_CLASS_NOT_ABSTRACT, element.getQualifiedName());
                return null;
            }
            return union(key, element);
        }
        if (isAbstract) {
            reporter.error(element, Messages.NOT_SEALED, element.getQualifiedName());
            return null;
        }
        if (element.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)) {
            reporter.error(element, Messages.INNER_CLASS, element.getQualifiedName());
            return null;
        }
        return classShape(key, element, type);
    }

    // ---- records ------------------------------------------------------------------------------

    private ObjectDef record(JsonType.ObjectType key, TypeElement element, DeclaredType type) {
        DocComment doc = DocComment.parse(elements.getDocComment(element));
        ClassRules rules = ClassRules.of(element, reporter);
        List<Property> properties = new ArrayList<>();
        List<ObjectDef.Arg> creator = new ArrayList<>();
        Map<String, Element> names = new LinkedHashMap<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            String name = component.getSimpleName().toString();
            List<Element> annotated = new ArrayList<>();
            annotated.add(component);
            VariableElement field = field(element, name);
            if (field != null) {
                annotated.add(field);
            }
            annotated.add(accessor);
            String zero = zero(component.asType());
            if (Jackson.ignored(annotated) || rules.ignored(name)) {
                creator.add(new ObjectDef.Arg(-1, zero));
                continue;
            }
            TypeMirror memberType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
            Property property = reader.property(new TypeReader.Source(component, annotated, name, memberType,
                    doc.params().get(name), accessor.getReturnType(),
                    new Property.Member(accessor.getSimpleName().toString(), true), null, null, rules.defaults,
                    Property.Access.BOTH), TypeReader.Position.COMPONENT);
            if (property == null || rules.ignored(property.jsonName()) || !unique(property, component, names)) {
                creator.add(new ObjectDef.Arg(-1, zero));
                continue;
            }
            creator.add(new ObjectDef.Arg(properties.size(), zero));
            properties.add(property);
        }
        return new ObjectDef(key, ClassRules.description(element, doc), ObjectDef.Shape.RECORD, rules.ordered(properties, creator),
                creator, null, rules.closed, null, false);
    }

    private boolean unique(Property property, Element element, Map<String, Element> names) {
        Element previous = names.putIfAbsent(property.jsonName(), element);
        if (previous != null) {
            reader.reportDuplicateName(element, property.jsonName(), kind(previous) + " " + previous.getSimpleName());
            return false;
        }
        for (String alias : property.aliases()) {
            names.putIfAbsent(alias, element);
        }
        return true;
    }

    private static String kind(Element element) {
        return switch (element.getKind()) {
            case RECORD_COMPONENT -> "component";
            case PARAMETER -> "parameter";
            case FIELD -> "field";
            default -> "method";
        };
    }

    private static VariableElement field(TypeElement element, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name) && !field.getModifiers().contains(Modifier.STATIC)) {
                return field;
            }
        }
        return null;
    }

    /** The value passed for a constructor parameter that JSON does not set. */
    private static String zero(TypeMirror type) {
        return switch (type.getKind()) {
            case BOOLEAN -> "false";
            case BYTE -> "(byte) 0";
            case SHORT -> "(short) 0";
            case INT -> "0";
            case LONG -> "0L";
            case FLOAT -> "0.0f";
            case DOUBLE -> "0.0";
            case CHAR -> "'\\0'";
            default -> "null";
        };
    }

    // ---- classes ------------------------------------------------------------------------------

    private ObjectDef classShape(JsonType.ObjectType key, TypeElement element, DeclaredType type) {
        ExecutableElement creator = null;
        ExecutableElement noArgs = null;
        List<ExecutableElement> publicConstructors = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
            if (Jackson.isCreator(constructor)) {
                if (creator != null) {
                    reporter.error(constructor, Messages.MULTIPLE_CREATORS, element.getQualifiedName());
                    return null;
                }
                creator = constructor;
            }
            if (constructor.getModifiers().contains(Modifier.PUBLIC)) {
                publicConstructors.add(constructor);
                if (constructor.getParameters().isEmpty()) {
                    noArgs = constructor;
                }
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) && Jackson.isCreator(method)) {
                if (creator != null) {
                    reporter.error(method, Messages.MULTIPLE_CREATORS, element.getQualifiedName());
                    return null;
                }
                if (!element.getTypeParameters().isEmpty() || !types.isSameType(types.erasure(method.getReturnType()),
                        types.erasure(element.asType()))) {
                    reporter.error(method, Messages.FACTORY_NOT_USABLE, element.getQualifiedName());
                    return null;
                }
                creator = method;
            }
        }
        if (creator != null && !checkCreator(creator, element)) {
            return null;
        }
        if (creator == null && noArgs == null) {
            if (publicConstructors.size() != 1) {
                reporter.error(element, Messages.NO_OBJECT_SHAPE, element.getQualifiedName());
                return null;
            }
            creator = publicConstructors.get(0);
            if (!checkCreator(creator, element)) {
                return null;
            }
        }
        if (creator != null && !creator.getModifiers().contains(Modifier.PUBLIC)
                && (creator.getModifiers().contains(Modifier.PRIVATE) || !reader.inGeneratedPackage(element))) {
            reporter.error(creator, Messages.CREATOR_NOT_ACCESSIBLE, element.getQualifiedName(),
                    reader.generatedPackage(), reader.generatedName());
            return null;
        }
        Map<String, ClassMembers> members = ClassMembers.of(element);
        DocComment doc = DocComment.parse(elements.getDocComment(element));
        ClassRules rules = ClassRules.of(element, reporter);
        List<Property> properties = new ArrayList<>();
        List<ObjectDef.Arg> args = new ArrayList<>();
        Map<String, Element> names = new LinkedHashMap<>();
        if (creator != null) {
            DocComment creatorDoc = DocComment.parse(elements.getDocComment(creator));
            List<? extends TypeMirror> parameterTypes = creator.getKind() == ElementKind.CONSTRUCTOR
                    ? ((ExecutableType) types.asMemberOf(type, creator)).getParameterTypes()
                    : ((ExecutableType) creator.asType()).getParameterTypes();
            for (int i = 0; i < creator.getParameters().size(); i++) {
                VariableElement parameter = creator.getParameters().get(i);
                String name = parameter.getSimpleName().toString();
                ClassMembers found = members.remove(name);
                List<Element> annotated = new ArrayList<>();
                annotated.add(parameter);
                if (found != null) {
                    annotated.addAll(found.annotated());
                }
                String zero = zero(parameter.asType());
                if (Jackson.ignored(annotated) || rules.ignored(name)) {
                    args.add(new ObjectDef.Arg(-1, zero));
                    continue;
                }
                String docText = creatorDoc.params().get(name);
                if (docText == null) {
                    docText = doc.params().get(name);
                }
                if (docText == null && found != null) {
                    docText = DocComment.parse(elements.getDocComment(found.primary())).main();
                }
                Property property = reader.property(new TypeReader.Source(parameter, annotated, name,
                        parameterTypes.get(i), docText, null, found == null ? null : found.read(), null, null,
                        rules.defaults, Property.Access.BOTH), TypeReader.Position.COMPONENT);
                if (property == null || rules.ignored(property.jsonName()) || !unique(property, parameter, names)) {
                    args.add(new ObjectDef.Arg(-1, zero));
                    continue;
                }
                args.add(new ObjectDef.Arg(properties.size(), zero));
                properties.add(property);
            }
        }
        for (Map.Entry<String, ClassMembers> entry : members.entrySet()) {
            Property property = beanProperty(entry.getKey(), entry.getValue(), element, type, rules, creator != null);
            if (property != null && !rules.ignored(property.jsonName())
                    && unique(property, entry.getValue().primary(), names)) {
                properties.add(property);
            }
        }
        String factory = creator != null && creator.getKind() == ElementKind.METHOD
                ? creator.getSimpleName().toString() : null;
        return new ObjectDef(key, ClassRules.description(element, doc), creator != null ? ObjectDef.Shape.CREATOR
                : ObjectDef.Shape.BEAN, rules.ordered(properties, args), args, factory, rules.closed, null, false);
    }

    /**
     * Refuses a {@code @JsonCreator} that takes the whole value ({@code mode = DELEGATING}), and
     * parameters whose names the class file lost (compiled without {@code -parameters}).
     */
    private boolean checkCreator(ExecutableElement creator, TypeElement element) {
        AnnotationMirror annotation = ToolClassReader.annotation(creator, Jackson.CREATOR);
        if (annotation != null && Jackson.constant(annotation, "mode").equals("DELEGATING")) {
            reporter.error(creator, Messages.CREATOR_DELEGATING, element.getQualifiedName());
            return false;
        }
        List<? extends VariableElement> parameters = creator.getParameters();
        boolean lost = !parameters.isEmpty();
        for (int i = 0; i < parameters.size() && lost; i++) {
            lost = parameters.get(i).getSimpleName().contentEquals("arg" + i)
                    && ToolClassReader.annotation(parameters.get(i), Jackson.PROPERTY) == null;
        }
        if (lost) {
            reporter.error(creator, Messages.PARAMETER_NAMES_LOST, element.getQualifiedName());
            return false;
        }
        return true;
    }

    /** A property of a JavaBean (or an output-only one of a creator class), or null when it is none. */
    private Property beanProperty(String name, ClassMembers found, TypeElement element, DeclaredType type, ClassRules rules,
            boolean outputOnly) {
        List<Element> annotated = found.annotated();
        if (Jackson.ignored(annotated) || rules.ignored(name)) {
            return null;
        }
        Property.Member read = found.read();
        Property.Member write = outputOnly ? null : found.write();
        if (read == null && write == null) {
            if (found.field != null && ToolClassReader.annotation(found.field, Jackson.PROPERTY) != null) {
                reporter.error(found.field, Messages.PROPERTY_NOT_ACCESSIBLE, name, element.getQualifiedName());
            }
            return null;
        }
        TypeMirror memberType;
        if (found.getter != null) {
            memberType = ((ExecutableType) types.asMemberOf(type, found.getter)).getReturnType();
            if (write != null && found.setter != null) {
                TypeMirror setterType = ((ExecutableType) types.asMemberOf(type, found.setter)).getParameterTypes().get(0);
                if (!types.isSameType(memberType, setterType)) {
                    reporter.error(found.setter, Messages.ACCESSOR_TYPES_DIFFER, name, element.getQualifiedName(),
                            memberType, setterType);
                    return null;
                }
            }
        } else if (found.setter != null) {
            memberType = ((ExecutableType) types.asMemberOf(type, found.setter)).getParameterTypes().get(0);
        } else {
            memberType = types.asMemberOf(type, found.field);
        }
        Property.Access access = read == null ? Property.Access.INPUT_ONLY
                : write == null ? Property.Access.OUTPUT_ONLY : Property.Access.BOTH;
        Element primary = found.primary();
        String docText = DocComment.parse(elements.getDocComment(primary)).main();
        if (docText == null && found.getter != null && primary != found.getter) {
            docText = DocComment.parse(elements.getDocComment(found.getter)).main();
        }
        return reader.property(new TypeReader.Source(primary, annotated, name, memberType, docText, null, read, write,
                false, rules.defaults, access), TypeReader.Position.COMPONENT);
    }

    // ---- sealed hierarchies ----------------------------------------------------------------------

    private ObjectDef union(JsonType.ObjectType key, TypeElement element) {
        if (!element.getTypeParameters().isEmpty()) {
            reporter.error(element, Messages.GENERIC_SEALED, element.getQualifiedName(), element.getQualifiedName());
            return null;
        }
        String property = "type";
        boolean existing = false;
        AnnotationMirror typeInfo = ClassRules.classAnnotation(element, Jackson.TYPE_INFO);
        if (typeInfo != null) {
            String use = Jackson.constant(typeInfo, "use");
            String include = Jackson.constant(typeInfo, "include");
            existing = include.equals("EXISTING_PROPERTY");
            if (!use.equals("NAME") || !(include.isEmpty() || include.equals("PROPERTY") || existing)) {
                reporter.error(element, typeInfo, null, Messages.TYPE_INFO_UNSUPPORTED,
                        "use = " + use + (include.isEmpty() ? "" : ", include = " + include), element.getQualifiedName());
                return null;
            }
            String named = Jackson.string(typeInfo, "property");
            property = named.isEmpty() ? "@type" : named; // Jackson's default for Id.NAME
        }
        List<TypeElement> leaves = new ArrayList<>();
        Map<String, String> subTypeNames = new LinkedHashMap<>();
        if (!permitted(element, leaves, subTypeNames)) {
            return null;
        }
        List<ObjectDef.Variant> variants = new ArrayList<>();
        Map<String, TypeElement> tags = new LinkedHashMap<>();
        for (TypeElement leaf : leaves) {
            if (!leaf.getTypeParameters().isEmpty()) {
                reporter.error(leaf, Messages.GENERIC_SEALED, leaf.getQualifiedName(), element.getQualifiedName());
                return null;
            }
            String tag = subTypeNames.getOrDefault(leaf.getQualifiedName().toString(), "");
            AnnotationMirror typeName = ToolClassReader.annotation(leaf, Jackson.TYPE_NAME);
            if (tag.isEmpty() && typeName != null) {
                tag = Jackson.string(typeName, "value");
            }
            if (tag.isEmpty()) {
                tag = leaf.getSimpleName().toString();
            }
            TypeElement previous = tags.putIfAbsent(tag, leaf);
            if (previous != null) {
                reporter.error(leaf, Messages.DUPLICATE_TYPE_NAME, tag, leaf.getQualifiedName(), previous.getQualifiedName());
                return null;
            }
            JsonType variant = read((DeclaredType) leaf.asType(), leaf, leaf.asType());
            if (variant == null) {
                return null;
            }
            variants.add(new ObjectDef.Variant(tag, (JsonType.ObjectType) variant));
        }
        unionElements.put(key, element);
        return new ObjectDef(key, ClassRules.description(element, DocComment.parse(elements.getDocComment(element))),
                ObjectDef.Shape.UNION, List.of(), List.of(), null, true, new ObjectDef.Union(property, existing, variants),
                false);
    }

    /** The concrete permitted subtypes, nested sealed types flattened; false after reporting a non-sealed one. */
    private boolean permitted(TypeElement element, List<TypeElement> leaves, Map<String, String> subTypeNames) {
        for (Map.Entry<String, String> entry : Jackson.subTypeNames(
                ToolClassReader.annotation(element, Jackson.SUB_TYPES)).entrySet()) {
            subTypeNames.putIfAbsent(entry.getKey(), entry.getValue());
        }
        for (TypeMirror mirror : element.getPermittedSubclasses()) {
            TypeElement sub = (TypeElement) ((DeclaredType) mirror).asElement();
            Set<Modifier> modifiers = sub.getModifiers();
            if (modifiers.contains(Modifier.NON_SEALED)) {
                reporter.error(sub, Messages.NON_SEALED_SUBTYPE, sub.getQualifiedName(), element.getQualifiedName());
                return false;
            }
            boolean isAbstract = sub.getKind() == ElementKind.INTERFACE || modifiers.contains(Modifier.ABSTRACT);
            if (modifiers.contains(Modifier.SEALED) && isAbstract) {
                if (!permitted(sub, leaves, subTypeNames)) {
                    return false;
                }
            } else if (!leaves.contains(sub)) {
                leaves.add(sub);
            }
        }
        return true;
    }

    // ---- once every type is read ------------------------------------------------------------------

    /**
     * The object types, each marked recursive when it can contain itself, after checking that no
     * variant of a union has a property named as its discriminator.
     */
    Map<JsonType.ObjectType, ObjectDef> finish() {
        for (Map.Entry<JsonType.ObjectType, TypeElement> entry : unionElements.entrySet()) {
            ObjectDef union = objects.get(entry.getKey());
            if (union == null || union.union().existing()) {
                continue;
            }
            for (ObjectDef.Variant variant : union.union().variants()) {
                ObjectDef def = objects.get(variant.type());
                if (def == null) {
                    continue;
                }
                for (Property p : def.properties()) {
                    if (p.jsonName().equals(union.union().property()) || p.aliases().contains(union.union().property())) {
                        reporter.error(entry.getValue(), Messages.DISCRIMINATOR_CLASH, variant.type().type().canonicalName(),
                                union.union().property(), entry.getValue().getQualifiedName());
                    }
                }
            }
        }
        Map<JsonType.ObjectType, ObjectDef> result = new LinkedHashMap<>();
        for (Map.Entry<JsonType.ObjectType, ObjectDef> entry : objects.entrySet()) {
            ObjectDef def = entry.getValue();
            if (def != null && reaches(def, entry.getKey())) {
                def = def.withRecursive(true);
            }
            result.put(entry.getKey(), def);
        }
        return result;
    }

    private boolean reaches(ObjectDef from, JsonType.ObjectType target) {
        Set<JsonType.ObjectType> seen = new HashSet<>();
        Deque<ObjectDef> pending = new ArrayDeque<>();
        pending.add(from);
        while (!pending.isEmpty()) {
            ObjectDef def = pending.poll();
            List<JsonType.ObjectType> used = new ArrayList<>();
            for (Property property : def.properties()) {
                objectsIn(property.type(), used);
            }
            if (def.union() != null) {
                for (ObjectDef.Variant variant : def.union().variants()) {
                    used.add(variant.type());
                }
            }
            for (JsonType.ObjectType type : used) {
                if (type.equals(target)) {
                    return true;
                }
                if (seen.add(type) && objects.get(type) != null) {
                    pending.add(objects.get(type));
                }
            }
        }
        return false;
    }

    /** The object types a type mentions, outermost first. */
    static List<JsonType.ObjectType> objectsIn(JsonType type, List<JsonType.ObjectType> out) {
        if (type instanceof JsonType.ObjectType o) {
            out.add(o);
        } else if (type instanceof JsonType.ArrayType a) {
            objectsIn(a.item(), out);
        } else if (type instanceof JsonType.CollectionType c) {
            objectsIn(c.item(), out);
        } else if (type instanceof JsonType.MapType m) {
            objectsIn(m.value(), out);
        } else if (type instanceof JsonType.OptionalType o) {
            objectsIn(o.value(), out);
        }
        return out;
    }
}
