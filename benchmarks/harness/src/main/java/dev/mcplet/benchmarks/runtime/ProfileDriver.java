package dev.mcplet.benchmarks.runtime;

import java.io.File;
import java.io.FileInputStream;

/**
 * A warm function under a profiler: loads it like {@link LambdaLikeRuntime}, then invokes one event
 * in a loop for the given number of seconds (the first third is warm-up the parent's JFR settings
 * do not exclude, which is fine for finding where time and allocation go, not for figures).
 *
 * <p>Usage: {@code ProfileDriver <taskRoot> <handler> <event file> <seconds>}.
 */
public final class ProfileDriver {

  private ProfileDriver() {}

  public static void main(String[] args) throws Exception {
    byte[] event;
    try (FileInputStream in = new FileInputStream(args[2])) {
      event = in.readAllBytes();
    }
    Invoker invoker = HandlerLoader.load(new File(args[0]), args[1]);
    long end = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
    long calls = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        sink += invoker.invoke(event).length;
      }
      calls += 1000;
    }
    System.out.println("calls " + calls + " bytes " + sink);
  }
}
