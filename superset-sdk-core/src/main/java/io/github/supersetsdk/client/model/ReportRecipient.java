package io.github.supersetsdk.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a report or alert is sent: an e-mail address list, a Slack channel or a webhook URL.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=ReportRecipient}
 *
 * <p>Immutable and thread-safe.
 *
 * @param type {@code Email}, {@code Slack}, {@code SlackV2} or {@code Webhook}
 * @param target the addresses (comma-separated), channel or URL; empty in the recipients of a list
 *     answer, which carries only their types
 * @param ccTarget e-mail addresses in copy, or {@code null}
 * @param bccTarget e-mail addresses in blind copy, or {@code null}
 */
public record ReportRecipient(String type, String target, @Nullable String ccTarget, @Nullable String bccTarget) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code type} or {@code target} is null
   */
  public ReportRecipient {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(target, "target");
  }

  /**
   * E-mail recipients.
   *
   * @param addresses comma-separated e-mail addresses
   * @return the recipient
   * @throws NullPointerException if {@code addresses} is null
   */
  public static ReportRecipient email(String addresses) {
    return new ReportRecipient("Email", addresses, null, null);
  }

  /**
   * {@return a Slack channel, through Slack's current API}
   *
   * @param channels comma-separated channel names or ids
   * @throws NullPointerException if {@code channels} is null
   */
  public static ReportRecipient slack(String channels) {
    return new ReportRecipient("SlackV2", channels, null, null);
  }
}
