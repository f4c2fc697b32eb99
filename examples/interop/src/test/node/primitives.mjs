// Drives the official MCP TypeScript SDK client against the conformance example: resources,
// prompts, completions, and a tool whose log and progress notifications arrive in a buffered SSE
// answer. Prints one line of JSON that TypeScriptClientInteropTest asserts on.
//
//   node primitives.mjs http://127.0.0.1:8080/mcp

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';

const url = process.argv[2];
if (!url) {
  console.error('usage: node primitives.mjs <MCP endpoint URL>');
  process.exit(2);
}

const contentTypes = [];
async function recordingFetch(input, init) {
  const response = await fetch(input, init);
  contentTypes.push(response.headers.get('content-type'));
  return response;
}

const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: recordingFetch });
const client = new Client({ name: 'mcplet-interop-typescript', version: '1.0.0' });
const logs = [];
client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
  logs.push(notification.params);
});

try {
  await client.connect(transport);
  const progress = [];
  const summary = {
    capabilities: client.getServerCapabilities() ?? null,
    resources: (await client.listResources()).resources,
    templates: (await client.listResourceTemplates()).resourceTemplates,
    staticText: await client.readResource({ uri: 'test://static-text' }),
    staticBinary: await client.readResource({ uri: 'test://static-binary' }),
    templated: await client.readResource({ uri: 'test://template/42/data' }),
    prompts: (await client.listPrompts()).prompts,
    prompt: await client.getPrompt({ name: 'test_prompt_with_arguments', arguments: { arg1: 'one', arg2: 'two' } }),
    completion: await client.complete({
      ref: { type: 'ref/prompt', name: 'test_prompt_with_arguments' },
      argument: { name: 'arg1', value: 'test' },
    }),
    logging: await client.callTool({ name: 'test_tool_with_logging', arguments: {} }),
    progressResult: await client.callTool({ name: 'test_tool_with_progress', arguments: {} }, undefined, {
      onprogress: (p) => progress.push(p),
    }),
  };
  try {
    await client.readResource({ uri: 'test://missing' });
    summary.missing = null;
  } catch (error) {
    summary.missing = { code: error.code ?? null, message: String(error.message ?? error) };
  }
  summary.logs = logs;
  summary.progress = progress;
  summary.contentTypes = contentTypes;
  await client.close();
  console.log(JSON.stringify(summary));
} catch (error) {
  console.error('MCP TypeScript SDK client failed:', error);
  process.exit(1);
}
