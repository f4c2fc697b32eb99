package dev.mcplet.examples.conformance;

import dev.mcplet.McpParam;
import dev.mcplet.McpTool;
import java.util.Optional;

/** A tool whose parameters are mirrored into {@code Mcp-Param-*} headers (MCP 2026-07-28, {@code x-mcp-header}). */
public class HeaderParamTools {

    /**
     * Executes a query in a region; the region, the shard and the dry-run flag travel as headers too
     *
     * @param region the region to run in
     * @param query the query
     * @param shard the shard number
     * @param dryRun whether to only plan the query
     */
    @McpTool(name = "test_header_params")
    public String headerParams(@McpParam(header = "Region") String region, String query,
            @McpParam(header = "Shard") Optional<Integer> shard, @McpParam(header = "Dry-Run") Optional<Boolean> dryRun) {
        return "Ran '" + query + "' in " + region + shard.map(s -> " on shard " + s).orElse("")
                + (dryRun.orElse(false) ? " (dry run)" : "");
    }
}
