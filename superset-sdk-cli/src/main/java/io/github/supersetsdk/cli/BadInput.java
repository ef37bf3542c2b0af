package io.github.supersetsdk.cli;

/**
 * Bad command-line input (an option out of range, a file that cannot be read): every command
 * reports it on standard error and exits with 2, having written nothing.
 */
public final class BadInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what is wrong and where, without secrets
   */
  public BadInput(String message) {
    super(message);
  }

  /**
   * The error for a dashboard Superset did not find. Superset answers "not found" for a dashboard
   * the user may not see as for a missing one, so the message says both.
   *
   * @param reference how the dashboard was named, e.g. {@code id 12} or {@code slug 'sales'}
   * @return the error
   */
  public static BadInput noDashboard(String reference) {
    return new BadInput("no dashboard with " + reference + " that this user can see (Superset hides"
        + " a dashboard from a user who may read neither it nor any of its datasets)");
  }

  /**
   * Reads an id given as digits on the command line.
   *
   * @param what what the id names, for the message, e.g. {@code dashboard id}
   * @param digits the digits
   * @return the id
   * @throws BadInput if the number does not fit an id
   */
  public static long id(String what, String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new BadInput(what + " " + digits + " is out of range (at most " + Long.MAX_VALUE + ")");
    }
  }
}
