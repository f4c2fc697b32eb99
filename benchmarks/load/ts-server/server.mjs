// The official MCP TypeScript SDK's stateless Streamable HTTP server answering with JSON
// (sessionIdGenerator: undefined, enableJsonResponse: true), written as the SDK's README shows for
// stateless servers: a new server and transport per request. Tools add and multiply, as in mcplet's
// calculator. Listens on 127.0.0.1:$PORT (0 = any free port) and prints "listening <port>".
import http from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

function server() {
  const mcp = new McpServer({ name: "calculator", version: "1.0.0" });
  mcp.registerTool("add", {
    description: "Add two integers.",
    inputSchema: { a: z.number().int(), b: z.number().int() },
  }, async ({ a, b }) => ({ content: [{ type: "text", text: String(a + b) }] }));
  mcp.registerTool("multiply", {
    description: "Multiply two integers.",
    inputSchema: { a: z.number().int(), b: z.number().int() },
  }, async ({ a, b }) => ({ content: [{ type: "text", text: String(a * b) }] }));
  return mcp;
}

const httpServer = http.createServer(async (req, res) => {
  if (req.url !== "/mcp" || req.method !== "POST") {
    res.writeHead(405, { "Allow": "POST" }).end();
    return;
  }
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(chunk);
  }
  let body;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    res.writeHead(400, { "Content-Type": "application/json" })
      .end('{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}');
    return;
  }
  const mcp = server();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  res.on("close", () => {
    transport.close();
    mcp.close();
  });
  await mcp.connect(transport);
  await transport.handleRequest(req, res, body);
});

httpServer.keepAliveTimeout = 65_000;
httpServer.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log("listening " + httpServer.address().port);
});
process.on("SIGTERM", () => httpServer.close(() => process.exit(0)));
