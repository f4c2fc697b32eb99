package dev.mcplet.benchmarks.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** A {@link RequestStreamHandler} gets the raw event bytes and writes the raw response, as in Lambda. */
final class StreamInvoker implements Invoker {

  private final RequestStreamHandler handler;
  private final Context context;

  StreamInvoker(RequestStreamHandler handler, Context context) {
    this.handler = handler;
    this.context = context;
  }

  @Override
  public byte[] invoke(byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    return out.toByteArray();
  }
}
