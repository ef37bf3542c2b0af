package io.github.supersetsdk.client.model;

/**
 * A Slack channel reports can be sent to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the channel's Slack id
 * @param name its name
 */
public record SlackChannel(String id, String name) {}
