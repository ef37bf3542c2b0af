package io.github.supersetsdk.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.internal.api.ApiCoverage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ApiCommandTest {

  @Test
  void coverage_printsOneRowPerTagAndEndsWithTheSummaryLine() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ApiCommand());
    cli.setOut(new PrintWriter(out));

    int status = cli.execute("coverage");

    assertThat(status).isZero();
    List<String> lines = out.toString().lines().toList();
    ApiCoverage coverage = ApiCoverage.compute();
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("coverage: " + coverage.covered() + "/" + coverage.total() + " operations")
        .matches("coverage: \\d+/276 operations");
    assertThat(lines.get(0)).startsWith("tag").contains("covered").contains("total");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Charts").endsWith("20"));
    // The per-tag totals add up to the spec's operation count.
    int sum =
        lines.subList(1, lines.size() - 1).stream()
            .mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1)))
            .sum();
    assertThat(sum).isEqualTo(coverage.total());
  }

  @Test
  void coverageUncovered_listsUntypedOperationsWithReasons() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ApiCommand());
    cli.setOut(new PrintWriter(out));

    int status = cli.execute("coverage", "--uncovered");

    assertThat(status).isZero();
    assertThat(out.toString()).contains("uncovered operations:").contains("GET /api/{version}/_openapi").contains("the spec itself");
  }
}
