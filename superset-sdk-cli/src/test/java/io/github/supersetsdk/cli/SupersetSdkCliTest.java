package io.github.supersetsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SupersetSdkCliTest {

  @Test
  void version_printsProjectVersionFromFilteredResource() {
    StringWriter out = new StringWriter();
    CommandLine cli = SupersetSdkCli.newCommandLine();
    cli.setOut(new PrintWriter(out));

    int status = cli.execute("--version");

    assertThat(status).isZero();
    assertThat(out.toString()).startsWith("superset-sdk ").doesNotContain("${project.version}").doesNotContain("unknown");
  }

  @Test
  void help_listsUsage() {
    StringWriter out = new StringWriter();
    CommandLine cli = SupersetSdkCli.newCommandLine();
    cli.setOut(new PrintWriter(out));

    int status = cli.execute("--help");

    assertThat(status).isZero();
    assertThat(out.toString()).contains("Usage: superset-sdk").contains("--version");
  }

  @Test
  void help_documentsTheJvmOptionVariablesOfTheLauncher() {
    StringWriter out = new StringWriter();
    CommandLine cli = SupersetSdkCli.newCommandLine();
    cli.setOut(new PrintWriter(out));

    cli.execute("--help");

    assertThat(out.toString())
        .contains("JAVA_OPTS, SUPERSET_SDK_JAVA_OPTS")
        .contains("SUPERSET_SDK_CDS=0");
  }

  @Test
  void missingSubcommand_exitsWithUsageErrorAndPrintsUsageOnStderr() {
    for (String[] args : new String[][] {{}, {"api"}, {"dbt"}}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = SupersetSdkCli.newCommandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));

      int status = cli.execute(args);

      String command = String.join(" ", "superset-sdk", String.join(" ", args)).strip();
      assertThat(status).as(command).isEqualTo(2);
      assertThat(err.toString()).as(command).startsWith("Missing required subcommand").contains("Usage: " + command);
      assertThat(out.toString()).as(command).isEmpty();
    }
  }

  @Test
  void unknownOption_exitsWithUsageError() {
    CommandLine cli = SupersetSdkCli.newCommandLine();
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("--no-such-flag")).isEqualTo(2);
  }
}
