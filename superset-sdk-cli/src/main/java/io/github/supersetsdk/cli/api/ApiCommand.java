package io.github.supersetsdk.cli.api;

import io.github.supersetsdk.client.internal.api.ApiCoverage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code superset-sdk api ...}: facts about the client's coverage of Superset's REST API. */
@Command(
    name = "api",
    description = "Facts about the typed client's coverage of Superset's REST API.",
    mixinStandardHelpOptions = true,
    subcommands = {ApiCommand.Coverage.class})
public final class ApiCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code superset-sdk api coverage}: the per-tag table of {@code docs/api-coverage.md}, computed from
   * the saved spec and the client's operation table, ending with {@code coverage: N/M operations}.
   */
  @Command(
      name = "coverage",
      description = "Print typed operations per tag of the saved Superset spec; ends with 'coverage: <covered>/<total> operations'.",
      mixinStandardHelpOptions = true)
  static final class Coverage implements Runnable {

    @Spec CommandSpec spec;

    @Option(names = "--uncovered", description = "Also list each operation that is not typed, with the reason.")
    boolean uncovered;

    @Override
    public void run() {
      ApiCoverage coverage = ApiCoverage.compute();
      PrintWriter out = spec.commandLine().getOut();
      List<String[]> rows = new ArrayList<>();
      List<String> details = new ArrayList<>();
      boolean inTable = false;
      for (String line : coverage.markdown().split("\n", -1)) {
        if (line.startsWith("| Tag |")) {
          inTable = true;
          continue;
        }
        if (inTable) {
          if (line.startsWith("|---")) {
            continue;
          }
          if (!line.startsWith("|")) {
            inTable = false;
          } else {
            String[] cells = cells(line);
            rows.add(cells);
            continue;
          }
        }
        if (uncovered && (line.startsWith("### ") || (line.startsWith("| `")))) {
          details.add(line.startsWith("### ") ? line.substring(4) : "  " + String.join("  ", cells(line)));
        }
      }
      int width = "tag".length();
      for (String[] row : rows) {
        width = Math.max(width, row[0].length());
      }
      String format = "%-" + width + "s  %7s  %5s%n";
      out.printf(Locale.ROOT, format, "tag", "covered", "total");
      for (String[] row : rows) {
        out.printf(Locale.ROOT, format, row[0], row[1], row[2]);
      }
      if (uncovered) {
        out.println();
        out.println("uncovered operations:");
        details.forEach(out::println);
      }
      out.println(coverage.summaryLine());
      out.flush();
    }

    private static String[] cells(String markdownRow) {
      String[] raw = markdownRow.substring(1, markdownRow.length() - 1).split("\\|");
      String[] cells = new String[raw.length];
      for (int i = 0; i < raw.length; i++) {
        cells[i] = raw[i].trim().replace("`", "");
      }
      return cells;
    }
  }
}
