package dev.mcplet;

/**
 * The syslog severities MCP log messages carry (RFC 5424), least severe first.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging">MCP: Logging</a>
 */
public enum LogLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    /** The level's name on the wire ({@code "warning"}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
