package dev.mcplet.benchmarks.runtime;

import java.io.File;
import java.io.FileInputStream;
import java.io.PrintStream;
import java.util.Base64;

/**
 * The measured process: a fresh JVM that loads one function as the Lambda Java runtime does
 * ({@link HandlerLoader}) and feeds it the events named on the command line, one after the other.
 *
 * <p>Protocol on stdout, one line each, flushed at once so the parent can time their arrival:
 * {@code I <nanoTime>} when init is done, {@code R <n> <nanoTime>} as soon as response n is
 * complete, then (timing over) {@code P <n> <base64 response>} for the parent to check, and
 * {@code DONE}. The process then waits for a line on stdin, so the parent can read its peak RSS
 * from {@code /proc/<pid>/status} while it is still alive.
 *
 * <p>Usage: {@code LambdaLikeRuntime <taskRoot> <handler | -> <event file>...}; handler {@code -}
 * loads nothing and answers empty responses (the bare JVM reference).
 */
public final class LambdaLikeRuntime {

  private LambdaLikeRuntime() {}

  public static void main(String[] args) throws Exception {
    Phase.reached(0);
    PrintStream out = System.out;
    byte[][] events = new byte[args.length - 2][];
    for (int i = 0; i < events.length; i++) {
      try (FileInputStream in = new FileInputStream(args[i + 2])) {
        events[i] = in.readAllBytes();
      }
    }
    Invoker invoker = "-".equals(args[1]) ? null : HandlerLoader.load(new File(args[0]), args[1]);
    Phase.reached(1);
    out.println("I " + System.nanoTime());
    out.flush();
    byte[][] responses = new byte[events.length][];
    for (int i = 0; i < events.length; i++) {
      responses[i] = invoker == null ? new byte[0] : invoker.invoke(events[i]);
      Phase.reached(i + 2);
      out.println("R " + (i + 1) + " " + System.nanoTime());
      out.flush();
    }
    Phase.reached(-1);
    for (int i = 0; i < responses.length; i++) {
      out.println("P " + (i + 1) + " " + Base64.getEncoder().encodeToString(responses[i]));
    }
    out.println("DONE");
    out.flush();
    System.in.read();
    System.exit(0);
  }
}
