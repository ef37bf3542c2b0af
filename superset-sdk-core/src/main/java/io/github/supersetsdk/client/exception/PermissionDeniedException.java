package io.github.supersetsdk.client.exception;

/**
 * The authenticated user may not perform the operation (403), e.g. a guest token used outside its dashboards or a role without the needed permission.
 *
 * <p>Immutable and thread-safe.
 */
public class PermissionDeniedException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
