package io.github.supersetsdk.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code superset-sdk completion}: prints a Bash completion script for every command and option.
 * Zsh reads it too, after {@code autoload -U +X bashcompinit && bashcompinit}.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a Bash (and Zsh) completion script for superset-sdk's commands and options.",
      "Bash: source <(bin/superset-sdk completion)",
      "Zsh:  autoload -U +X bashcompinit && bashcompinit && source <(bin/superset-sdk completion)"
    })
final class CompletionCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // The whole tree: this command alone was built for the run (see SupersetSdkCli.newCommandLine).
    spec.commandLine().getOut().print(AutoComplete.bash("superset-sdk", SupersetSdkCli.newCommandLine()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
