package dev.mcplet.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.util.ResourceRetriever;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds an authorization server's {@code jwks_uri} from its metadata, at the well-known URIs in
 * the order MCP authorization (2025-11-25, Authorization Server Metadata Discovery) lists them:
 * RFC 8414 OAuth metadata, then OpenID Connect Discovery, path-inserted before path-appended.
 */
final class IssuerMetadata {

    private IssuerMetadata() {
    }

    /**
     * @throws IllegalStateException when no metadata document answers, or the one that does has
     *     another {@code issuer} (RFC 8414 section 3.3: it "MUST be identical") or no
     *     {@code jwks_uri}
     */
    static URL jwksUri(String issuer, ResourceRetriever retriever) {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates(issuer)) {
            JsonNode document;
            try {
                document = Json.parse(retriever.retrieveResource(new URL(candidate)).getContent());
            } catch (IOException | JsonReadException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
                continue;
            }
            if (!issuer.equals(document.path("issuer").textValue())) {
                throw new IllegalStateException("the metadata at " + candidate + " names the issuer '"
                        + document.path("issuer").asText() + "', not '" + issuer + "'");
            }
            String jwks = document.path("jwks_uri").textValue();
            if (jwks == null) {
                throw new IllegalStateException("the metadata at " + candidate + " has no jwks_uri;"
                        + " set the JWKS URL (MCPLET_AUTH_JWKS_URL) instead");
            }
            return JwtVerifier.httpsUrl(jwks, "jwks_uri");
        }
        throw new IllegalStateException("no metadata of the issuer " + issuer + " could be read: " + tried
                + "; set the JWKS URL (MCPLET_AUTH_JWKS_URL) instead");
    }

    /** The well-known metadata URLs of an issuer, in the order they are tried. */
    static List<String> candidates(String issuer) {
        URI uri = URI.create(issuer);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return List.of(origin + "/.well-known/oauth-authorization-server",
                    origin + "/.well-known/openid-configuration");
        }
        return List.of(origin + "/.well-known/oauth-authorization-server" + path,
                origin + "/.well-known/openid-configuration" + path,
                origin + path + "/.well-known/openid-configuration");
    }
}
