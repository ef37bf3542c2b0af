package io.github.supersetsdk.ops;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Doctor#run()} found: one result per check, in the order the checks ran.
 *
 * <p>Immutable and thread-safe.
 *
 * @param checks the results
 */
public record DoctorReport(List<CheckResult> checks) {

  /**
   * Copies the list.
   *
   * @param checks the results
   * @throws NullPointerException if {@code checks} or an element is null
   */
  public DoctorReport {
    checks = List.copyOf(checks);
  }

  /**
   * The worst status of any check; {@link CheckStatus#OK} for an empty report.
   *
   * @return the worst status
   */
  public CheckStatus worst() {
    CheckStatus worst = CheckStatus.OK;
    for (CheckResult c : checks) {
      if (c.status().compareTo(worst) > 0) {
        worst = c.status();
      }
    }
    return worst;
  }

  /**
   * Whether any check failed.
   *
   * @return {@code true} if a check has status {@link CheckStatus#FAIL}
   */
  public boolean hasFailures() {
    return worst() == CheckStatus.FAIL;
  }

  /**
   * The results with the given status.
   *
   * @param status the status
   * @return the matching results, in report order
   */
  public List<CheckResult> withStatus(CheckStatus status) {
    return checks.stream().filter(c -> c.status() == status).toList();
  }

  /**
   * Looks a check up by name.
   *
   * @param name the check's name
   * @return the result, or empty if no check has that name
   */
  public Optional<CheckResult> find(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
