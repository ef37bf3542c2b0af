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
