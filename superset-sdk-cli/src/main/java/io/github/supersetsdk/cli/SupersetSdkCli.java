package io.github.supersetsdk.cli;

import io.github.supersetsdk.cli.api.ApiCommand;
import io.github.supersetsdk.cli.assets.AssetsCommand;
import io.github.supersetsdk.cli.cache.CacheCommand;
import io.github.supersetsdk.cli.dbt.DbtCommand;
import io.github.supersetsdk.cli.ops.DashboardCommand;
import io.github.supersetsdk.cli.ops.DoctorCommand;
import io.github.supersetsdk.cli.ops.OpsCommand;
import io.github.supersetsdk.cli.sql.SqlCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code superset-sdk} command line. Each capability adds its top-level command to {@code COMMANDS}
 * here; {@link #execute} builds the tree a command line needs.
 *
 * <p>Connection settings come from flags or the environment ({@code SUPERSET_URL},
 * {@code SUPERSET_USERNAME}, {@code SUPERSET_PASSWORD}), so that secrets need not appear on the
 * command line.
 */
@Command(
    name = "superset-sdk",
    mixinStandardHelpOptions = true,
    versionProvider = SupersetSdkCli.VersionProvider.class,
    description = "Typed glue between dbt and Apache Superset.",
    footer = {
      "",
      "Environment:",
      "  SUPERSET_URL, SUPERSET_USERNAME, SUPERSET_PASSWORD",
      "                  connection settings, instead of flags",
      "  SUPERSET_HEADERS",
      "                  headers sent with every request to Superset, one",
      "                  'NAME: VALUE' a line (e.g. an access proxy's service token)",
      "  JAVA_OPTS, SUPERSET_SDK_JAVA_OPTS",
      "                  JVM options bin/superset-sdk passes to java, in this order",
      "                  (a later option wins), e.g. JAVA_OPTS=-Xmx512m; for a Superset",
      "                  whose certificate is self-signed or from a private CA:",
      "                  JAVA_OPTS='-Djavax.net.ssl.trustStore=FILE",
      "                  -Djavax.net.ssl.trustStorePassword=PASS' (FILE holds the CA)",
      "  SUPERSET_SDK_CDS=0",
      "                  bin/superset-sdk starts without its class-data archive",
      "                  (made on the first run under ~/.cache/superset-sdk/cds",
      "                  to start the JVM faster)"
    })
public final class SupersetSdkCli implements Runnable {

  /** The top-level commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
      HelpCommand.class, ApiCommand.class, DbtCommand.class, DoctorCommand.class,
      DashboardCommand.class, OpsCommand.class, AssetsCommand.class, SqlCommand.class, CacheCommand.class,
      CompletionCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the CLI and exits with its status code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the CLI without exiting the JVM, for tests and embedding.
   *
   * @param args command-line arguments
   * @return the exit status: 0 on success, 2 on bad usage or input, 1 on other failures (3 from
   *     {@code assets plan --detailed-exitcode} when the server differs)
   */
  public static int execute(String... args) {
    return newCommandLine(args).execute(args);
  }

  /** The whole command tree. */
  static CommandLine newCommandLine() {
    return newCommandLine(new String[0]);
  }

  /**
   * The command tree {@code args} need: when they start with a top-level command's name, that
   * command alone (usage, errors and exit codes are the same, since nothing else is reachable from
   * there); else the whole tree. Picocli reflects over every command class it is given, which costs
   * a cold JVM about a quarter of a second for the whole tree, more than some commands take.
   */
  static CommandLine newCommandLine(String[] args) {
    CommandLine cli = new CommandLine(new SupersetSdkCli());
    Class<?> only = args.length == 0 ? null : command(args[0]);
    for (Class<?> command : COMMANDS) {
      if (only == null || command == only) {
        cli.addSubcommand(command);
      }
    }
    // Set after the subcommands are added, so that it applies to all of them.
    cli.setParameterExceptionHandler(SupersetSdkCli::usageError);
    versionEverywhere(cli, new VersionProvider());
    return cli;
  }

  /**
   * Gives every subcommand, at any depth, the root's version: each lists -V/--version in its help
   * (mixinStandardHelpOptions), and picocli would otherwise print nothing for it.
   */
  private static void versionEverywhere(CommandLine command, CommandLine.IVersionProvider version) {
    for (CommandLine sub : command.getSubcommands().values()) {
      CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
      if (spec.versionProvider() == null && spec.version().length == 0) {
        spec.versionProvider(version);
      }
      versionEverywhere(sub, version);
    }
  }

  /**
   * Picocli's report of a usage error, except that the words after a mistyped option are not
   * echoed: {@code --pasword s3cret} would print the password to a terminal or a CI log.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(ex instanceof CommandLine.UnmatchedArgumentException u ? unmatched(u.getUnmatched())
        : withoutMapValue(ex.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      cmd.usage(err);
    }
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * Picocli's message for a map option given without {@code KEY=}, less the value it quotes: such
   * options carry secrets ({@code --database-password NAME=PASSWORD}), and the mistake is to give
   * the password alone.
   */
  static String withoutMapValue(String message) {
    return message.replaceFirst("(?s)^Value for option option (.*) should be in KEY=VALUE format but was .*$",
        "Value for option $1 should be in KEY=VALUE format (the value given is not shown)");
  }

  /** Names unknown arguments, hiding a value given to an unknown option. */
  static String unmatched(List<String> unmatched) {
    List<String> shown = new ArrayList<>();
    int hidden = 0;
    boolean afterOption = false;
    for (String a : unmatched) {
      if (a.startsWith("-")) {
        int eq = a.indexOf('=');
        shown.add("'" + (eq > 0 ? a.substring(0, eq) + "=...'" : a + "'"));
        if (eq > 0) {
          hidden++;
        }
        afterOption = eq < 0;
      } else if (afterOption) {
        hidden++;
        afterOption = false;
      } else {
        shown.add("'" + a + "'");
      }
    }
    return "Unknown argument" + (shown.size() == 1 ? ": " : "s: ") + String.join(", ", shown)
        + (hidden == 0 ? "" : " (" + hidden + " value" + (hidden == 1 ? "" : "s") + " given to them not shown)");
  }

  /** The top-level command named {@code word} (not {@code help}, which reads the whole tree), or null. */
  private static @Nullable Class<?> command(String word) {
    for (Class<?> command : COMMANDS) {
      if (command != HelpCommand.class
          && command.getAnnotation(Command.class).name().equals(word)) {
        return command;
      }
    }
    return null;
  }

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: a usage error (exit 2), so that scripts notice;
    // picocli prints the message and this command's usage on standard error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Reads the version Maven filtered into {@code version.properties}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"superset-sdk " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
      try (InputStream in = SupersetSdkCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties props = new Properties();
        props.load(in);
        return props.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
