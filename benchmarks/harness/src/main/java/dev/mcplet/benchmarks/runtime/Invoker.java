package dev.mcplet.benchmarks.runtime;

/** One invocation of a loaded function: the event's bytes in, the response's bytes out. */
public interface Invoker {

  byte[] invoke(byte[] event) throws Exception;
}
