package io.github.supersetsdk.cli.ops;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code superset-sdk dashboard}: commands on one dashboard. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = "Work with one dashboard.",
    subcommands = {ProfileCommand.class, EmbedCommand.class, GuestTokenCommand.class})
public final class DashboardCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: a usage error (exit 2).
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
