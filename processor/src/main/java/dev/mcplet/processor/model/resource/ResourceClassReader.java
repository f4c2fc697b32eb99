package dev.mcplet.processor.model.resource;

import dev.mcplet.processor.model.Messages;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.Reporter;
import dev.mcplet.processor.model.SignatureReader;
import dev.mcplet.processor.model.completion.CompletionMethod;
import dev.mcplet.processor.model.completion.CompletionReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @McpResource} methods of a class into a {@link ResourceClass}, validating as it
 * goes: the URI or URI template, the binding of every template variable to a parameter and back,
 * one method per URI, the return type, and the completions bound to template variables. Every
 * problem is reported on its element; the class is returned only when there was none.
 */
public final class ResourceClassReader {

    private static final String RESOURCE_CONTENTS = "dev.mcplet.ResourceContents";
    /** RFC 6838 section 4.2: {@code type/subtype}, restricted-name characters, then any parameters. */
    private static final Pattern MIME_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;.*)?");

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    public ResourceClassReader(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /**
     * Reads and validates the resources of {@code type}; null when something was reported.
     *
     * @param completions the class's completion methods, of which those for templates are bound here
     */
    public ResourceClass read(TypeElement type, CompletionReader completions) {
        int errorsBefore = reporter.errors();
        SignatureReader signatures = new SignatureReader(elements, types, reporter, type,
                ResourceClass.generatedSimpleName(SignatureReader.classRefOf(type, elements)));
        signatures.checkClass(type);
        List<ResourceMethod> resources = new ArrayList<>();
        Map<String, ExecutableElement> byUri = new LinkedHashMap<>();
        Map<String, ResourceMethod> byShape = new LinkedHashMap<>();
        Map<String, Set<String>> templates = new LinkedHashMap<>();
        Set<String> broken = new LinkedHashSet<>();
        for (ExecutableElement method : SignatureReader.methods(type, SignatureReader.MCP_RESOURCE)) {
            ResourceMethod resource = method(method, signatures);
            if (resource == null) {
                broken.add(SignatureReader.stringValue(
                        SignatureReader.annotation(method, SignatureReader.MCP_RESOURCE), "uri"));
                continue;
            }
            AnnotationMirror annotation = SignatureReader.annotation(method, SignatureReader.MCP_RESOURCE);
            AnnotationValue uriValue = SignatureReader.explicitValue(annotation, "uri");
            if (resource.isTemplate()) {
                ResourceMethod previous = byShape.putIfAbsent(resource.template().shape(), resource);
                if (previous != null) {
                    reporter.error(method, annotation, uriValue, Messages.DUPLICATE_URI_TEMPLATE, resource.key(),
                            previous.key(), previous.methodName() + "()");
                    continue;
                }
                templates.put(resource.key(), new LinkedHashSet<>(resource.template().variables()));
            } else {
                ExecutableElement previous = byUri.putIfAbsent(resource.key(), method);
                if (previous != null) {
                    reporter.error(method, annotation, uriValue, Messages.DUPLICATE_RESOURCE_URI, resource.key(),
                            previous.getSimpleName() + "()");
                    continue;
                }
            }
            resources.add(resource);
        }
        List<CompletionMethod> bound = completions.bind(false, templates, broken, signatures);
        signatures.checkDefaults();
        return reporter.errors() == errorsBefore && !resources.isEmpty()
                ? new ResourceClass(signatures.owner(), resources, bound) : null;
    }

    private ResourceMethod method(ExecutableElement method, SignatureReader signatures) {
        int errorsBefore = reporter.errors();
        AnnotationMirror annotation = SignatureReader.annotation(method, SignatureReader.MCP_RESOURCE);
        if (!signatures.checkMethod(method, "McpResource")) {
            return null;
        }
        String javaName = method.getSimpleName().toString();
        AnnotationValue uriValue = SignatureReader.explicitValue(annotation, "uri");
        String uri = SignatureReader.stringValue(annotation, "uri");
        UriTemplate template = template(method, annotation, uriValue, uri);

        Map<String, String> docParams = signatures.docParams(method);
        List<Property> params = new ArrayList<>();
        Map<String, VariableElement> byName = new LinkedHashMap<>();
        int contextIndex = signatures.contextIndex(method);
        for (VariableElement parameter : method.getParameters()) {
            if (SignatureReader.isContext(parameter.asType())) {
                continue;
            }
            Property property = signatures.textParameter(parameter, docParams.get(parameter.getSimpleName().toString()),
                    "URI template variables");
            if (property == null) {
                continue;
            }
            VariableElement previous = byName.putIfAbsent(property.jsonName(), parameter);
            if (previous != null) {
                reporter.error(parameter, Messages.DUPLICATE_ARGUMENT_NAME, property.jsonName(), previous.getSimpleName());
                continue;
            }
            if (template != null && !template.variables().contains(property.jsonName())) {
                reporter.error(parameter, Messages.PARAMETER_NOT_IN_URI, parameter.getSimpleName(), uri,
                        property.jsonName());
                continue;
            }
            params.add(property);
        }
        if (template != null) {
            for (String variable : template.variables()) {
                if (!byName.containsKey(variable)) {
                    reporter.error(method, annotation, uriValue, Messages.TEMPLATE_VARIABLE_UNBOUND, variable,
                            javaName + "()", variable, variable);
                }
            }
        }

        String mimeType = SignatureReader.optionalString(annotation, "mimeType");
        if (mimeType != null && !MIME_TYPE.matcher(mimeType).matches()) {
            reporter.error(method, annotation, SignatureReader.explicitValue(annotation, "mimeType"),
                    Messages.MIME_TYPE_INVALID, mimeType);
        }
        AnnotationValue sizeValue = SignatureReader.explicitValue(annotation, "size");
        long size = sizeValue == null ? -1 : Math.max(-1, (Long) sizeValue.getValue());
        if (size >= 0 && template != null && template.isTemplate()) {
            reporter.error(method, annotation, sizeValue, Messages.RESOURCE_SIZE_ON_TEMPLATE, uri);
        }
        AnnotationValue priorityValue = SignatureReader.explicitValue(annotation, "priority");
        Double priority = priorityValue == null || (Double) priorityValue.getValue() < 0 ? null
                : (Double) priorityValue.getValue();
        if (priority != null && priority > 1) {
            reporter.error(method, annotation, priorityValue, Messages.PRIORITY_OUT_OF_RANGE, priority);
        }
        long cacheTtlMs = cacheTtl(method, annotation);
        AnnotationValue scopeValue = SignatureReader.explicitValue(annotation, "cacheScope");
        String cacheScope = scopeValue != null && scopeValue.getValue() instanceof VariableElement constant
                ? constant.getSimpleName().toString() : "SERVER_DEFAULT";
        ResourceMethod.Result result = result(method.getReturnType());
        if (result == null) {
            reporter.error(method, Messages.UNSUPPORTED_RESOURCE_RESULT, method.getReturnType());
        }
        if (reporter.errors() != errorsBefore) {
            return null;
        }
        String name = SignatureReader.optionalString(annotation, "name");
        String description = SignatureReader.optionalString(annotation, "description");
        return new ResourceMethod(javaName, SignatureReader.isStatic(method), template,
                name == null ? javaName : name, SignatureReader.optionalString(annotation, "title"),
                description == null ? signatures.docText(method) : description, mimeType, size,
                SignatureReader.enumNames(annotation, "audience"), priority, cacheTtlMs, cacheScope, params, contextIndex,
                result);
    }

    /**
     * {@code cacheTtl} in milliseconds, or -1 when unset; reports a value that is not an ISO-8601
     * duration, is negative (caching, Time-to-Live: "Servers MUST provide a ttlMs value that is
     * >= 0") or does not fit in milliseconds.
     */
    private long cacheTtl(ExecutableElement method, AnnotationMirror annotation) {
        String text = SignatureReader.optionalString(annotation, "cacheTtl");
        if (text == null) {
            return -1;
        }
        AnnotationValue value = SignatureReader.explicitValue(annotation, "cacheTtl");
        Duration ttl;
        try {
            ttl = Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            reporter.error(method, annotation, value, Messages.CACHE_TTL_INVALID, text);
            return -1;
        }
        if (ttl.isNegative()) {
            reporter.error(method, annotation, value, Messages.CACHE_TTL_NEGATIVE, text);
            return -1;
        }
        try {
            return ttl.toMillis();
        } catch (ArithmeticException e) {
            reporter.error(method, annotation, value, Messages.CACHE_TTL_INVALID, text);
            return -1;
        }
    }

    /** The URI parsed as a template (of one URI when it has no expression); null after reporting why not. */
    private UriTemplate template(ExecutableElement method, AnnotationMirror annotation, AnnotationValue uriValue,
            String uri) {
        UriTemplate template;
        try {
            template = UriTemplate.parse(uri);
        } catch (IllegalArgumentException e) {
            reporter.error(method, annotation, uriValue, Messages.URI_TEMPLATE_INVALID, uri, e.getMessage());
            return null;
        }
        if (!template.isTemplate()) {
            String problem = null;
            try {
                if (!new URI(uri).isAbsolute()) {
                    problem = uri.isEmpty() ? "it is empty" : "it has no scheme";
                }
            } catch (URISyntaxException e) {
                problem = e.getReason() + " at character " + (e.getIndex() + 1);
            }
            if (problem != null) {
                reporter.error(method, annotation, uriValue, Messages.RESOURCE_URI_INVALID, uri, problem);
                return null;
            }
        }
        return template;
    }

    private ResourceMethod.Result result(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return ResourceMethod.Result.BLOB;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        if (name.equals("java.lang.String")) {
            return ResourceMethod.Result.TEXT;
        }
        if (isContents(type)) {
            return ResourceMethod.Result.CONTENTS;
        }
        List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
        if (name.equals("java.util.List") && args.size() == 1) {
            TypeMirror item = args.get(0);
            if (item.getKind() == TypeKind.WILDCARD) {
                item = ((WildcardType) item).getExtendsBound();
            }
            if (item != null && isContents(item)) {
                return ResourceMethod.Result.CONTENTS_LIST;
            }
        }
        return null;
    }

    private boolean isContents(TypeMirror type) {
        TypeElement contents = elements.getTypeElement(RESOURCE_CONTENTS);
        return contents != null && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(contents.asType()));
    }
}
