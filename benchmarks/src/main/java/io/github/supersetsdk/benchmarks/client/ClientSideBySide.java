package io.github.supersetsdk.benchmarks.client;

import java.util.Arrays;
import java.util.Locale;

/**
 * Single-caller latency of the SDK and of a bare {@link java.net.http.HttpClient}, measured side by
 * side: calls alternate one by one (SDK, bare, SDK, ...), so drift in the server or the machine
 * during the run weighs on both sides alike. Prints one JSON object with both medians.
 *
 * <p>Usage: {@code java -cp benchmarks.jar ...ClientSideBySide [pairs]} with the environment of
 * {@code scripts/services.sh env}.
 */
public final class ClientSideBySide {

  private ClientSideBySide() {}

  /**
   * Runs the comparison.
   *
   * @param args optional number of measured pairs (default 1500)
   * @throws Exception if a call fails
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    ClientOverheadBenchmark bench = new ClientOverheadBenchmark();
    bench.setUp();
    try {
      for (int i = 0; i < pairs / 3; i++) { // warm-up: JIT, connection pools, token
        bench.sdkCall();
        bench.bareCall();
      }
      long[] sdk = new long[pairs];
      long[] bare = new long[pairs];
      for (int i = 0; i < pairs; i++) {
        // Alternate which side goes first, so neither always follows the other.
        if ((i & 1) == 0) {
          sdk[i] = timeSdk(bench);
          bare[i] = timeBare(bench);
        } else {
          bare[i] = timeBare(bench);
          sdk[i] = timeSdk(bench);
        }
      }
      System.out.printf(Locale.ROOT, "{\"pairs\": %d, \"sdkMedianUs\": %.1f, \"bareMedianUs\": %.1f,"
              + " \"sdkP90Us\": %.1f, \"bareP90Us\": %.1f}%n",
          pairs, percentile(sdk, 0.5), percentile(bare, 0.5), percentile(sdk, 0.9), percentile(bare, 0.9));
    } finally {
      bench.tearDown();
    }
  }

  private static long timeSdk(ClientOverheadBenchmark bench) {
    long start = System.nanoTime();
    bench.sdkCall();
    return System.nanoTime() - start;
  }

  private static long timeBare(ClientOverheadBenchmark bench) throws Exception {
    long start = System.nanoTime();
    bench.bareCall();
    return System.nanoTime() - start;
  }

  private static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1000.0;
  }
}
