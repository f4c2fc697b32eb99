package dev.mcplet.examples.conformance;

import dev.mcplet.McpResource;
import java.util.Base64;

/** The resources of the conformance suite's server fixture (scenarios {@code resources-*}). */
public class ConformanceResources {

    /** A static text resource for testing */
    @McpResource(uri = "test://static-text", name = "static-text", title = "Static Text Resource", mimeType = "text/plain")
    public String staticText() {
        return "This is the content of the static text resource.";
    }

    /** A static binary resource (image) for testing */
    @McpResource(uri = "test://static-binary", name = "static-binary", title = "Static Binary Resource",
            mimeType = "image/png")
    public byte[] staticBinary() {
        return Base64.getDecoder().decode(ConformanceTools.PNG);
    }

    /**
     * A resource that auto-updates every 3 seconds. (The target of the suite's subscribe and
     * unsubscribe scenarios; a stateless server sends no update notifications.)
     */
    @McpResource(uri = "test://watched-resource", name = "watched-resource", title = "Watched Resource",
            mimeType = "text/plain")
    public String watchedResource() {
        return "Watched resource content";
    }

    /**
     * A resource template with parameter substitution
     *
     * @param id the id in the URI
     */
    @McpResource(uri = "test://template/{id}/data", name = "template", title = "Resource Template",
            mimeType = "application/json")
    public String template(String id) {
        return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
    }
}
