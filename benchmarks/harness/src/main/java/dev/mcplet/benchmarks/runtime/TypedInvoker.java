package dev.mcplet.benchmarks.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * A typed {@link RequestHandler}: the event is bound to its class and the response written back by
 * the runtime's own serialization library, as the Lambda Java runtime does for event types.
 */
final class TypedInvoker implements Invoker {

  private final RequestHandler<Object, Object> handler;
  private final PojoSerializer<Object> input;
  private final PojoSerializer<Object> output;
  private final Context context;

  TypedInvoker(RequestHandler<Object, Object> handler, PojoSerializer<Object> input,
      PojoSerializer<Object> output, Context context) {
    this.handler = handler;
    this.input = input;
    this.output = output;
    this.context = context;
  }

  @Override
  public byte[] invoke(byte[] event) throws Exception {
    Object request = input.fromJson(new ByteArrayInputStream(event));
    Object response = handler.handleRequest(request, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    output.toJson(response, out);
    return out.toByteArray();
  }
}
