package dev.mcplet.benchmarks.curves;

import dev.mcplet.benchmarks.coldstart.Subject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds the deployable jars of a generated catalog: mcplet's (the sources of {@link Catalog}
 * compiled with the annotation processor, merged with mcplet's server and its libraries) and the
 * SDK's (the source of {@link SdkCatalog}, on top of the SDK peer's shaded jar). mcplet's jar is
 * not minimized as the calculator's is (its shade plugin drops what the calculator cannot reach,
 * which the catalogs do reach), so it holds all of Jackson: a little more than a user's build.
 */
final class CatalogBuild {

  private final Path work;
  private final List<Path> oursLibs;
  private final Path sdkBase;
  private final List<Path> processorPath;

  /**
   * @param oursLibs mcplet's server and its libraries (jars)
   * @param sdkBase the SDK peer's shaded jar (the SDK, its libraries and the peer's transport)
   * @param processorPath mcplet's annotation processor and its libraries
   */
  CatalogBuild(Path work, List<Path> oursLibs, Path sdkBase, List<Path> processorPath) {
    this.work = work;
    this.oursLibs = oursLibs;
    this.sdkBase = sdkBase;
    this.processorPath = processorPath;
  }

  Subject ours(int tools) throws IOException {
    Path dir = Files.createDirectories(work.resolve("ours-" + tools));
    Path classes = compile(dir, Catalog.sources(tools), oursLibs, processorPath);
    Path jar = dir.resolve("catalog-ours-" + tools + ".jar");
    assemble(oursLibs, classes, jar);
    return new Subject("ours-" + tools, jar, Catalog.HANDLER, tools);
  }

  Subject sdk(int tools, Path oursJar) throws Exception {
    Path dir = Files.createDirectories(work.resolve("sdk-" + tools));
    String source = SdkCatalog.source(descriptors(oursJar, tools));
    Path classes = compile(dir, Map.of(SdkCatalog.FILE, source), List.of(sdkBase), List.of());
    Path jar = dir.resolve("catalog-sdk-" + tools + ".jar");
    assemble(List.of(sdkBase), classes, jar);
    return new Subject("sdk-" + tools, jar, SdkCatalog.HANDLER, tools);
  }

  /** The tools exactly as mcplet's generated classes describe them (reflection: this is the harness). */
  static List<SdkCatalog.Tool> descriptors(Path oursJar, int tools) throws Exception {
    List<SdkCatalog.Tool> out = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {oursJar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      for (int k = 0; k * Catalog.TOOLS_PER_CLASS < tools; k++) {
        Class<?> type = loader.loadClass(Catalog.PACKAGE + ".Tools" + k);
        Class<?> set = loader.loadClass(Catalog.PACKAGE + ".Tools" + k + "_McpTools");
        Object instance = set.getConstructor(type).newInstance(type.getConstructor().newInstance());
        for (Object d : (List<?>) set.getMethod("tools").invoke(instance)) {
          out.add(new SdkCatalog.Tool(text(d, "name"), text(d, "description"), text(d, "inputSchema"),
              text(d, "outputSchema")));
        }
      }
    }
    return out;
  }

  private static String text(Object descriptor, String accessor) throws Exception {
    Method method = descriptor.getClass().getMethod(accessor);
    return (String) method.invoke(descriptor);
  }

  private static Path compile(Path dir, Map<String, String> sources, List<Path> classPath, List<Path> processors)
      throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("the cost curves compile generated sources: run the harness on a JDK, not a JRE");
    }
    List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn",
        "-XDstringConcat=inline", "-d", classes.toString(), "-classpath", join(classPath)));
    if (processors.isEmpty()) {
      options.add("-proc:none");
    } else {
      options.addAll(List.of("-processorpath", join(processors)));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
      if (!ok) {
        StringBuilder errors = new StringBuilder("generated catalog does not compile:");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR && errors.length() < 4_000) {
            errors.append('\n').append(d);
          }
        }
        throw new IOException(errors.toString());
      }
    }
    return classes;
  }

  private static String join(List<Path> paths) {
    List<String> parts = new ArrayList<>();
    for (Path p : paths) {
      parts.add(p.toString());
    }
    return String.join(File.pathSeparator, parts);
  }

  /** The jars' entries (the first of each name; no module descriptors) followed by the compiled classes. */
  private static void assemble(List<Path> jars, Path classes, Path jar) throws IOException {
    java.util.Set<String> written = new java.util.HashSet<>();
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (Path base : jars) {
        try (ZipFile in = new ZipFile(base.toFile())) {
          Enumeration<? extends ZipEntry> entries = in.entries();
          while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.endsWith("module-info.class") || !written.add(name)) {
              continue;
            }
            out.putNextEntry(new ZipEntry(name));
            try (InputStream data = in.getInputStream(entry)) {
              data.transferTo(out);
            }
            out.closeEntry();
          }
        }
      }
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
          Files.copy(file, (OutputStream) out);
          out.closeEntry();
        }
      }
    }
  }
}
