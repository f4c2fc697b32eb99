// Drives the official MCP TypeScript SDK client (Client + StreamableHTTPClientTransport) against an
// MCP server and prints one line of JSON that TypeScriptClientInteropTest asserts on.
//
//   node interop.mjs http://127.0.0.1:8080/mcp
//
// Every step goes through the SDK as an application would use it: connect (initialize, then
// notifications/initialized and the SDK's optional GET for a server stream), ping, tools/list,
// tools/call. Failures of the client itself end the process with status 1 and the error on stderr.

import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const url = process.argv[2];
if (!url) {
  console.error('usage: node interop.mjs <MCP endpoint URL>');
  process.exit(2);
}

const sdkVersion = JSON.parse(
  readFileSync(new URL('./node_modules/@modelcontextprotocol/sdk/package.json', import.meta.url), 'utf8'),
).version;

// Records what the transport sees on the wire (method, status, content type), so that the Java
// test can check the HTTP side too, e.g. that the SDK's GET got the 405 of a stateless server.
const exchanges = [];
async function recordingFetch(input, init) {
  const response = await fetch(input, init);
  exchanges.push({
    method: (init && init.method) || 'GET',
    status: response.status,
    contentType: response.headers.get('content-type'),
    sessionId: response.headers.get('mcp-session-id'),
  });
  return response;
}

// A JSON-RPC error thrown by the SDK, reduced to what the test checks.
function rpcError(error) {
  return { code: error.code ?? null, message: String(error.message ?? error) };
}

const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: recordingFetch });
const client = new Client({ name: 'mcplet-interop-typescript', version: '1.0.0' });

try {
  await client.connect(transport);
  const summary = {
    sdkVersion,
    protocolVersion: transport.protocolVersion ?? null,
    sessionId: transport.sessionId ?? null,
    serverInfo: client.getServerVersion() ?? null,
    capabilities: client.getServerCapabilities() ?? null,
    ping: await client.ping(),
    tools: (await client.listTools()).tools,
    add: await client.callTool({ name: 'add', arguments: { a: 2, b: 3 } }),
    multiply: await client.callTool({ name: 'multiply', arguments: { a: 6, b: 7 } }),
    // Argument problems are tool errors (isError: true) the model can act on, not protocol errors.
    badArguments: await client.callTool({ name: 'add', arguments: { a: 'two', b: 3 } }),
    missingArgument: await client.callTool({ name: 'multiply', arguments: { a: 4 } }),
  };
  try {
    await client.callTool({ name: 'divide', arguments: { a: 1, b: 2 } });
    summary.unknownTool = null;
  } catch (error) {
    summary.unknownTool = rpcError(error);
  }
  await client.close();
  summary.exchanges = exchanges;
  console.log(JSON.stringify(summary));
} catch (error) {
  console.error('MCP TypeScript SDK client failed:', error);
  console.error('HTTP exchanges so far:', JSON.stringify(exchanges));
  process.exit(1);
}
