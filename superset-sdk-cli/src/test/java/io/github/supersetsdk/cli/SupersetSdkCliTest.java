package io.github.supersetsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  void version_ofEverySubcommandListingIt_printsTheRootsVersion() {
    String root = versionOutput("--version");
    List<List<String>> paths = new ArrayList<>();
    subcommandPaths(SupersetSdkCli.newCommandLine(), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(20);
    List<String> wrong = new ArrayList<>();
    for (List<String> path : paths) {
      for (String flag : new String[] {"-V", "--version"}) {
        List<String> args = new ArrayList<>(path);
        args.add(flag);
        String printed = versionOutput(args.toArray(String[]::new));
        if (!printed.equals(root)) {
          wrong.add(String.join(" ", args) + " printed '" + printed + "'");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String versionOutput(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SupersetSdkCli.newCommandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    assertThat(status).as(String.join(" ", args) + ": " + err).isZero();
    return out.toString();
  }

  /** The name paths of every subcommand, at any depth, whose options include --version. */
  private static void subcommandPaths(CommandLine command, List<String> path, List<List<String>> paths) {
    for (var e : command.getSubcommands().entrySet()) {
      if (!e.getKey().equals(e.getValue().getCommandName())) {
        continue; // an alias
      }
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      if (e.getValue().getCommandSpec().findOption("--version") != null) {
        paths.add(p);
      }
      subcommandPaths(e.getValue(), p, paths);
    }
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
  void helpCommand_followsThePathOfNamesToANestedCommand() {
    String[] nested = run(SupersetSdkCli.newCommandLine(), "help", "dbt", "plan");
    assertThat(nested[0]).isEqualTo("0");
    assertThat(nested[1]).startsWith("Usage: superset-sdk dbt plan ").contains("--manifest");
    assertThat(nested[1]).isEqualTo(run(SupersetSdkCli.newCommandLine(), "dbt", "plan", "--help")[1]);

    assertThat(run(SupersetSdkCli.newCommandLine(), "help")[1]).startsWith("Usage: superset-sdk [-hV] [COMMAND]");
  }

  @Test
  void helpCommand_ofAnUnknownName_isAUsageErrorNamingItAndWhere() {
    String[] unknown = run(SupersetSdkCli.newCommandLine(), "help", "dbt", "nope");
    assertThat(unknown[0]).isEqualTo("2");
    assertThat(unknown[2]).startsWith("Unknown command of 'dbt': 'nope'");
    assertThat(run(SupersetSdkCli.newCommandLine(), "help", "nope")[2]).startsWith("Unknown command: 'nope'");
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
  void help_ofEveryCommand_printsItsHandLaidFooterLinesAsWritten() {
    // Picocli wraps help at 80 columns: a laid-out footer line longer than that is broken mid-phrase.
    List<String> broken = new ArrayList<>();
    checkFooters(SupersetSdkCli.newCommandLine(), broken);
    assertThat(broken).isEmpty();
  }

  private static void checkFooters(CommandLine command, List<String> broken) {
    Set<String> printed = new HashSet<>();
    for (String line : command.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\\R")) {
      printed.add(line.stripTrailing());
    }
    for (String line : command.getCommandSpec().usageMessage().footer()) {
      if (!line.isBlank() && !printed.contains(line.stripTrailing())) {
        broken.add(command.getCommandSpec().qualifiedName() + ": " + line);
      }
    }
    for (CommandLine sub : command.getSubcommands().values()) {
      checkFooters(sub, broken);
    }
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

  @Test
  void mistypedOption_isNamed_butTheValueAfterIt_isNot() {
    StringWriter err = new StringWriter();
    CommandLine cli = SupersetSdkCli.newCommandLine(new String[] {"dbt"});
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("dbt", "plan", "--pasword", "S3cret-41", "--usrname=S3cret-42")).isEqualTo(2);

    assertThat(err.toString()).contains("Unknown arguments: '--pasword', '--usrname=...' (2 values given to them not shown)")
        .doesNotContain("S3cret");
    assertThat(SupersetSdkCli.unmatched(List.of("snyc"))).isEqualTo("Unknown argument: 'snyc'");
  }

  @Test
  void mapOptionGivenThePasswordAlone_isAUsageError_thatDoesNotShowIt() {
    StringWriter err = new StringWriter();
    CommandLine cli = SupersetSdkCli.newCommandLine(new String[] {"assets"});
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("assets", "plan", "folder", "--database-password", "S3cretOnly-43")).isEqualTo(2);

    assertThat(err.toString()).contains("'--database-password' (DATABASE=PASSWORD) should be in KEY=VALUE format")
        .contains("not shown").doesNotContain("S3cretOnly").doesNotContain("option option");
  }

  @Test
  void commandLineOfOneCommand_behavesAsTheWholeTree() {
    // A command line that names a top-level command builds that command alone (a faster start):
    // its help, its usage errors and their exit codes must not differ from the whole tree's.
    // Without settings from the environment, no command gets as far as calling a server.
    java.util.function.Function<String, String> environment = ConnectionOptions.env;
    ConnectionOptions.env = name -> null;
    try {
      compareWithTheWholeTree();
    } finally {
      ConnectionOptions.env = environment;
    }
  }

  private static void compareWithTheWholeTree() {
    for (String name : new String[] {"api", "dbt", "doctor", "dashboard", "ops", "assets", "sql", "cache", "completion"}) {
      for (String[] args : new String[][] {{name, "--help"}, {name, "--no-such-flag"}, {name, "no-such-command"}}) {
        String[] whole = run(SupersetSdkCli.newCommandLine(), args);
        CommandLine pruned = SupersetSdkCli.newCommandLine(args);
        assertThat(pruned.getSubcommands().keySet()).as(name).containsExactly(name);
        assertThat(run(pruned, args)).as(String.join(" ", args)).containsExactly(whole);
      }
    }
  }

  @Test
  void commandLineNotStartingWithACommand_isTheWholeTree() {
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "dbt"}, {"no-such-command"}}) {
      assertThat(SupersetSdkCli.newCommandLine(args).getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactly("help", "api", "dbt", "doctor", "dashboard", "ops", "assets", "sql", "cache", "completion");
    }
  }

  /** Runs {@code args}; returns the exit status, standard output and standard error. */
  private static String[] run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }
}
