package io.github.supersetsdk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A temporary copy of the example dbt project with the built artifacts in its {@code target}, so
 * that real {@code dbt} and {@code mf} run on it write nothing into the repository or the shared
 * target directory.
 */
final class DbtProjectCopy implements AutoCloseable {

  final Path work;
  final Path project;

  DbtProjectCopy() throws IOException {
    work = Files.createTempDirectory("sync-dbt-project");
    project = work.resolve("project");
    Path source = Path.of(SyncServices.env("DBT_PROJECT_DIR"));
    try (Stream<Path> s = Files.walk(source)) {
      for (Path p : s.toList()) {
        Path rel = source.relativize(p);
        String first = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
        if (first.equals("target") || first.equals("logs") || first.equals("dbt_packages")) {
          continue;
        }
        Path dest = project.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Path target = SyncServices.targetDir();
    Files.createDirectories(project.resolve("target"));
    for (String f : List.of("manifest.json", "semantic_manifest.json")) {
      Files.copy(target.resolve(f), project.resolve("target").resolve(f));
    }
  }

  /** Starts {@code bin args...} in the project, its output in {@code log}. */
  Process start(String bin, List<String> args, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(bin);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("DBT_PROJECT_DIR", project.toString());
    env.remove("DBT_TARGET_PATH");
    env.put("DBT_PROFILES_DIR", SyncServices.env("DBT_PROFILES_DIR"));
    env.put("DBT_LOG_PATH", work.resolve("logs").toString());
    env.put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
    env.put("DO_NOT_TRACK", "1");
    if (System.getenv("DBT_PG_PORT") == null) {
      URI uri = URI.create(SyncServices.env("WAREHOUSE_JDBC_URL").substring("jdbc:".length()));
      env.put("DBT_PG_PORT", String.valueOf(uri.getPort() > 0 ? uri.getPort() : 5432));
    }
    return pb.start();
  }

  /** Runs it to the end; fails the test with its output if it fails. */
  String run(String bin, List<String> args, String name) throws Exception {
    Path log = work.resolve(name + ".log");
    Process p = start(bin, args, log);
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("%s timed out", name).isTrue();
    assertThat(p.exitValue()).as("%s failed:%n%s", name, out).isZero();
    return out;
  }

  static String mfBin() {
    String mf = System.getenv("MF_BIN");
    return mf != null && !mf.isBlank() ? mf
        : Path.of(SyncServices.env("DBT_BIN")).resolveSibling("mf").toString();
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
