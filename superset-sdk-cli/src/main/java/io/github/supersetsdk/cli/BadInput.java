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
}
