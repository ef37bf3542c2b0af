package io.github.supersetsdk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND...]}: the usage of the command a path of names leads to, so that {@code
 * help dbt plan} prints the usage of {@code dbt plan}. Picocli's own help command reads the first
 * name only and printed the usage of {@code dbt} instead.
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Display help information about the specified command, e.g. 'help dbt plan'.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The names leading to a command.")
  private String[] path = new String[0];

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    for (String name : path) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        String where = target.getParent() == null ? "" : " of '" + target.getCommandName() + "'";
        throw new CommandLine.ParameterException(self, "Unknown command" + where + ": '" + name + "'");
      }
      target = next;
    }
    target.usage(out, colors);
  }
}
