package io.github.supersetsdk.cli.api;

import io.github.supersetsdk.client.internal.api.ApiCoverage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
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
    // Without a subcommand there is nothing to do: a usage error (exit 2), so that scripts notice;
    // picocli prints the message and this command's usage on standard error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
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
      List<ApiCoverage.TagCoverage> tags = coverage.byTag();
      PrintWriter out = spec.commandLine().getOut();
      int width = "tag".length();
      for (ApiCoverage.TagCoverage t : tags) {
        width = Math.max(width, t.tag().length());
      }
      String format = "%-" + width + "s  %7s  %5s%n";
      out.printf(Locale.ROOT, format, "tag", "covered", "total");
      for (ApiCoverage.TagCoverage t : tags) {
        out.printf(Locale.ROOT, format, t.tag(), t.covered(), t.total());
      }
      if (uncovered) {
        out.println();
        out.println("uncovered operations:");
        for (ApiCoverage.TagCoverage t : tags) {
          if (!t.uncovered().isEmpty()) {
            out.println(t.tag() + " (" + t.covered() + "/" + t.total() + ")");
            t.uncovered().forEach((id, reason) -> out.println("  " + id + "  " + reason));
          }
        }
      }
      out.println(coverage.summaryLine());
      out.flush();
    }
  }
}
