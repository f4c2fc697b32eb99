package dev.mcplet.benchmarks.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A subject with its jar unpacked into a task root, as Lambda unpacks a deployment package into
 * {@code /var/task} before the function's init phase (so the unpacking is not timed).
 */
public record PreparedSubject(Subject subject, Path taskRoot, long jarBytes) {

  public static PreparedSubject prepare(Subject subject, Path workDir) {
    if (subject.isBareJvm()) {
      return new PreparedSubject(subject, workDir, 0);
    }
    try {
      Path root = Files.createDirectories(workDir.resolve("task-" + subject.name()));
      unzip(subject.jar(), root);
      return new PreparedSubject(subject, root, Files.size(subject.jar()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + subject.jar(), e);
    }
  }

  public String name() {
    return subject.name();
  }

  private static void unzip(Path jar, Path root) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("entry outside the task root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }
}
