package io.github.supersetsdk.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of README.md and docs/*.md against the SDK, and runs the
 * blocks marked {@code run} against a fake Superset, so the pages cannot drift from the API.
 *
 * <p>A block is the body of a method; the HTML comment on the line before its fence may say more
 * (it does not show on the rendered page):
 * <ul>
 *   <li>{@code <!-- snippet given="SupersetClient client; DatasetId orders" -->}: variables the
 *       block uses without declaring them (they become the method's parameters; ';' separates);
 *   <li>{@code <!-- snippet imports="io.github.supersetsdk.client.request.Metric" -->}: single-type
 *       imports, for a simple name that two exported packages share (';' separates);
 *   <li>{@code <!-- snippet run -->}: also run it (parameters of the types in {@link #VALUES});
 *   <li>{@code <!-- snippet skip="reason" -->}: not standalone Java (a fragment, pseudo-code); the
 *       reason is required.
 * </ul>
 * An unmarked block that does not compile fails with the compiler's message at its markdown line.
 * Every package the SDK's modules export (read from their module-info.java) and {@code java.util},
 * {@code java.nio.file}, {@code java.time} are imported, as are the {@code import} lines a block
 * opens with; a block whose method contains {@code return x;} returns Object.
 */
class DocsCodeBlocksTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** The published modules whose exported packages a block may use; this module depends on each. */
  private static final List<String> MODULES =
      List.of("superset-sdk-core", "superset-sdk-dbt", "superset-sdk-sync", "superset-sdk-cache", "superset-sdk-ops",
          "superset-sdk-assets");

  /** java.util, java.nio.file, java.time and every package the SDK's modules export to all. */
  private static final List<String> IMPORTS = imports();

  private static List<String> imports() {
    List<String> imports = new ArrayList<>(List.of("java.util.*", "java.nio.file.*", "java.time.*"));
    try {
      for (Path info : MODULES.stream().map(m -> ROOT.resolve(m).resolve("src/main/java/module-info.java"))
          .filter(Files::exists).toList()) {
        Matcher m = EXPORTS.matcher(Files.readString(info));
        while (m.find()) {
          imports.add(m.group(1) + ".*");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return imports;
  }

  /** What a {@code run} block's parameters get, by type. */
  private static final Map<Class<?>, Supplier<Object>> VALUES = Map.of(
      SupersetClient.class, () -> superset.client(),
      SupersetClient.Builder.class, () -> superset.clientBuilder(),
      DatabaseId.class, () -> DatabaseId.of(1),
      DatasetId.class, () -> DatasetId.of(2),
      DashboardId.class, () -> DashboardId.of(3),
      ChartId.class, () -> ChartId.of(4),
      ListQuery.class, ListQuery::all,
      String.class, () -> "value");

  private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet\\b(.*?)-->\\s*$");
  private static final Pattern GIVEN = Pattern.compile("given=\"([^\"]*)\"");
  private static final Pattern SKIP = Pattern.compile("skip=\"([^\"]*)\"");
  private static final Pattern IMPORT = Pattern.compile("imports=\"([^\"]*)\"");
  private static final Pattern RUN = Pattern.compile("(^|\\s)run(\\s|$)");

  record Block(String page, int line, List<String> code, String given, String imports, boolean run, String skip) {
    String name() {
      return page + ":" + line;
    }
  }

  @TempDir
  Path out;

  static List<Path> pages() {
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Block> blocks(Path page) {
    List<String> lines;
    try {
      lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = ROOT.relativize(page).toString().replace(File.separatorChar, '/');
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      String marker = "";
      for (int j = i - 1; j >= 0 && !lines.get(j).isBlank(); j--) {
        Matcher m = MARKER.matcher(lines.get(j).strip());
        if (m.matches()) {
          marker = m.group(1);
          break;
        }
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        throw new AssertionError(name + ":" + (i + 1) + ": ```java block is never closed");
      }
      Matcher given = GIVEN.matcher(marker);
      Matcher skip = SKIP.matcher(marker);
      Matcher imports = IMPORT.matcher(marker);
      blocks.add(new Block(name, start + 1, List.copyOf(lines.subList(start, end)),
          given.find() ? given.group(1) : "", imports.find() ? imports.group(1) : "",
          RUN.matcher(marker).find(), skip.find() ? skip.group(1) : null));
      i = end;
    }
    return blocks;
  }

  static List<Block> allBlocks() {
    return pages().stream().flatMap(p -> blocks(p).stream()).toList();
  }

  @Test
  void pages_areFoundAndHaveJavaBlocks() {
    assertThat(pages()).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/guest-tokens.md"));
    assertThat(IMPORTS).contains("io.github.supersetsdk.client.request.*", "io.github.supersetsdk.dbt.select.*");
    assertThat(allBlocks()).hasSizeGreaterThan(10);
  }

  @Test
  void skippedBlocks_sayWhy() {
    for (Block b : allBlocks()) {
      if (b.skip() != null) {
        assertThat(b.skip()).as("skip reason of the block at %s", b.name()).isNotBlank();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlock_compiles_andRunBlocksRun() {
    return allBlocks().stream().filter(b -> b.skip() == null)
        .map(b -> DynamicTest.dynamicTest(b.name() + (b.run() ? " (compile, run)" : " (compile)"), () -> check(b)));
  }

  private void check(Block block) throws Exception {
    String className = "Block_" + block.page().replaceAll("[^A-Za-z0-9]", "_") + "_" + block.line();
    boolean returns = block.code().stream().anyMatch(l -> l.strip().startsWith("return "));
    String params = block.given().isBlank() ? "" : Stream.of(block.given().split(";"))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    StringBuilder src = new StringBuilder("package docs;\n");
    IMPORTS.forEach(i -> src.append("import ").append(i).append(";\n"));
    // Single-type imports settle names that two exported packages share (e.g. Metric).
    Stream.of(block.imports().split(";")).map(String::strip).filter(s -> !s.isEmpty())
        .forEach(i -> src.append("import ").append(i).append(";\n"));
    // Everything before the block goes on line 1 of the source, so a compiler line maps to a page
    // line by a fixed offset.
    String header = src.toString().replace('\n', ' ')
        + "public class " + className + " { public " + (returns ? "Object" : "void")
        + " run(" + params + ") throws Exception {\n";
    // A block may open with its imports, as a reader would copy them: they move to line 1, and
    // blank lines take their place so the line numbers still match.
    List<String> body = new ArrayList<>(block.code());
    StringBuilder blockImports = new StringBuilder();
    for (int i = 0; i < body.size() && (body.get(i).isBlank() || body.get(i).startsWith("import ")); i++) {
      blockImports.append(body.get(i)).append(' ');
      body.set(i, "");
    }
    String source = header.replace("package docs; ", "package docs; " + blockImports)
        + String.join("\n", body) + "\n}}\n";

    Path srcFile = out.resolve("docs").resolve(className + ".java");
    Files.createDirectories(srcFile.getParent());
    Files.writeString(srcFile, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-d", out.toString(),
          "-classpath", System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(srcFile)).call();
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> block.page() + ":" + (block.line() + d.getLineNumber() - 2) + ": " + d.getMessage(Locale.ROOT))
          .toList();
      assertThat(errors)
          .as("the ```java block at %s does not compile; fix it, declare what it assumes with"
              + " <!-- snippet given=\"Type name; ...\" -->, or mark it <!-- snippet skip=\"reason\" -->", block.name())
          .isEmpty();
      assertThat(ok).isTrue();
    }
    if (!block.run()) {
      return;
    }
    superset.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(anyUrl()).atPriority(10)
        .willReturn(okJson("{\"count\": 0, \"ids\": [], \"result\": []}")));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass("docs." + className);
      Method run = type.getMethod("run", paramTypes(type));
      Object[] args = new Object[run.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        Supplier<Object> value = VALUES.get(run.getParameterTypes()[i]);
        assertThat(value).as("no value to run %s with a %s", block.name(), run.getParameterTypes()[i]).isNotNull();
        args[i] = value.get();
      }
      run.invoke(type.getDeclaredConstructor().newInstance(), args);
    }
  }

  private static Class<?>[] paramTypes(Class<?> type) {
    return Stream.of(type.getMethods()).filter(m -> m.getName().equals("run")).findFirst().orElseThrow()
        .getParameterTypes();
  }
}
