package dev.mcplet.benchmarks.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.File;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a function the way the Lambda Java runtime does: its own class loader over the unpacked
 * package (the task root, then every jar in {@code lib/}), with the runtime's class loader as
 * parent (so {@code aws-lambda-java-core} and the serialization library come from the runtime)
 * and set as the thread's context class loader; the handler class initialised and instantiated
 * with its public no-argument constructor; a stream handler fed raw bytes, a typed handler bound
 * through {@code aws-lambda-java-serialization} for Lambda event types.
 *
 * <p>Reflection is fine here: this is the runtime's side, not the function's.
 */
public final class HandlerLoader {

  private HandlerLoader() {}

  /**
   * @param taskRoot the unpacked deployment package
   * @param handler {@code package.Class::handleRequest} or {@code package.Class}
   */
  @SuppressWarnings("unchecked")
  public static Invoker load(File taskRoot, String handler) throws Exception {
    String className = handler;
    int colons = handler.indexOf("::");
    if (colons >= 0) {
      className = handler.substring(0, colons);
      String method = handler.substring(colons + 2);
      if (!"handleRequest".equals(method)) {
        throw new IllegalArgumentException("only handleRequest handlers are supported, not " + method);
      }
    }
    ClassLoader loader = new URLClassLoader(classPath(taskRoot), HandlerLoader.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    Class<?> type = Class.forName(className, true, loader);
    Object instance = type.getConstructor().newInstance();
    BenchContext context = new BenchContext();
    if (instance instanceof RequestStreamHandler) {
      return new StreamInvoker((RequestStreamHandler) instance, context);
    }
    if (instance instanceof RequestHandler) {
      Type[] io = requestHandlerTypes(type);
      return new TypedInvoker((RequestHandler<Object, Object>) instance,
          serializer(io[0], loader), serializer(io[1], loader), context);
    }
    throw new IllegalArgumentException(className + " is neither a RequestStreamHandler nor a RequestHandler");
  }

  private static URL[] classPath(File taskRoot) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(taskRoot.toURI().toURL());
    File[] jars = new File(taskRoot, "lib").listFiles();
    if (jars != null) {
      Arrays.sort(jars);
      for (File jar : jars) {
        if (jar.getName().endsWith(".jar")) {
          urls.add(jar.toURI().toURL());
        }
      }
    }
    return urls.toArray(new URL[0]);
  }

  private static Type[] requestHandlerTypes(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Type candidate : c.getGenericInterfaces()) {
        if (candidate instanceof ParameterizedType
            && ((ParameterizedType) candidate).getRawType() == RequestHandler.class) {
          return ((ParameterizedType) candidate).getActualTypeArguments();
        }
      }
    }
    throw new IllegalArgumentException(type.getName() + " does not name RequestHandler's type arguments");
  }

  @SuppressWarnings("unchecked")
  private static PojoSerializer<Object> serializer(Type type, ClassLoader loader) {
    if (!(type instanceof Class) || !LambdaEventSerializers.isLambdaSupportedEvent(((Class<?>) type).getName())) {
      throw new IllegalArgumentException("typed handlers are benchmarked with Lambda event types only, not " + type);
    }
    return LambdaEventSerializers.serializerFor((Class<Object>) type, loader);
  }
}
