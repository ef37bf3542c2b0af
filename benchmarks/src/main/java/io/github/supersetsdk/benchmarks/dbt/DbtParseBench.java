package io.github.supersetsdk.benchmarks.dbt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.ReadOptions;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures one way of reading a manifest, in its own JVM so that heap limits and peaks belong to
 * that way alone: {@code parser} (this library), {@code skim} (Jackson tokens, nothing kept: the
 * practical limit), {@code parserOneThread} (this library on the calling thread only) or
 * {@code readTree} (Jackson's tree model). Runs one warm-up and then
 * {@code ITERATIONS} timed reads and prints one JSON line with the best throughput.
 *
 * <p>Usage: {@code DbtParseBench parser|parserOneThread|skim|readTree|compare FILE ITERATIONS}; {@code compare}
 * interleaves the four in one JVM.
 */
public final class DbtParseBench {

  // The skim uses the same factory settings as the parser, so it is the parser's true ceiling.
  private static final JsonFactory SKIM_FACTORY =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private static final DbtArtifactReader ONE_THREAD =
      DbtArtifactReader.create(ReadOptions.builder().parallelism(1).build());

  private DbtParseBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args mode, file, iterations
   * @throws IOException on read failure
   */
  public static void main(String[] args) throws IOException {
    String mode = args[0];
    Path file = Path.of(args[1]);
    int iterations = Integer.parseInt(args[2]);
    double mb = Files.size(file) / (1024.0 * 1024.0);
    if (mode.equals("compare")) {
      compare(file, mb, iterations);
      return;
    }
    Object keep = run(mode, file); // warm-up
    keep = null;
    resetPeaks();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    double best = 0;
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      keep = run(mode, file);
      double seconds = (System.nanoTime() - start) / 1e9;
      best = Math.max(best, mb / seconds);
    }
    sampler.interrupt();
    double peak = sampler.peakMb();
    System.gc();
    double retained = usedHeapMb();
    if (keep == null) {
      throw new IllegalStateException("nothing read");
    }
    System.out.printf(
        Locale.ROOT,
        "{\"mode\":\"%s\",\"fileMb\":%.1f,\"mbPerSec\":%.1f,\"peakHeapMb\":%.0f,\"retainedHeapMb\":%.0f,\"maxHeapMb\":%d}%n",
        mode, mb, best, peak, retained, Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /**
   * Interleaves skim, parser, one-thread parser and readTree rounds in one JVM, so that a busy
   * machine slows all four alike, and keeps each one's best round.
   */
  private static void compare(Path file, double mb, int rounds) throws IOException {
    String[] modes = {"skim", "parser", "parserOneThread", "readTree"};
    double[] best = new double[modes.length];
    for (String mode : modes) {
      run(mode, file); // warm-up
    }
    for (int r = 0; r < rounds; r++) {
      for (int m = 0; m < modes.length; m++) {
        System.gc();
        long start = System.nanoTime();
        Object result = run(modes[m], file);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result == null) {
          throw new IllegalStateException("nothing read");
        }
        best[m] = Math.max(best[m], mb / seconds);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "{\"mode\":\"compare\",\"fileMb\":%.1f,\"skimMbPerSec\":%.1f,\"parserMbPerSec\":%.1f,"
            + "\"parserOneThreadMbPerSec\":%.1f,\"readTreeMbPerSec\":%.1f,\"parserThreads\":%d,\"maxHeapMb\":%d}%n",
        mb, best[0], best[1], best[2], best[3], parserThreads(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** The threads the default reader uses on this machine (see ReadOptions.parallelism). */
  private static int parserThreads() {
    return Math.min(4, Runtime.getRuntime().availableProcessors());
  }

  private static Object run(String mode, Path file) throws IOException {
    switch (mode) {
      case "parser":
        DbtManifest m = DbtArtifactReader.create().readManifest(file);
        return m;
      case "parserOneThread":
        return ONE_THREAD.readManifest(file);
      case "skim":
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file);
            JsonParser p = SKIM_FACTORY.createParser(in)) {
          while (p.nextToken() != null) {
            tokens++;
          }
        }
        return tokens;
      case "readTree":
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
        try (InputStream in = Files.newInputStream(file)) {
          JsonNode tree = mapper.readTree(in);
          return tree;
        }
      default:
        throw new IllegalArgumentException("mode is parser, parserOneThread, skim or readTree");
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Samples the used heap every few milliseconds and keeps the maximum. */
  private static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    double peakMb() {
      peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      return peak / (1024.0 * 1024.0);
    }
  }

  private static double usedHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }
}
