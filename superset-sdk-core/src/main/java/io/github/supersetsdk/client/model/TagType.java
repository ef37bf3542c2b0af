package io.github.supersetsdk.client.model;

/**
 * The kind of a tag, as Superset numbers it. Only {@link #CUSTOM} tags are created by users; the
 * others are kept by Superset itself when the tagging system is on.
 *
 * <p>An open value class: {@link #of(int)} accepts kinds a newer Superset may add. Immutable and
 * thread-safe.
 *
 * @param value Superset's number for the kind
 */
public record TagType(int value) {

  /** A tag created by a user. */
  public static final TagType CUSTOM = new TagType(1);

  /** A system tag naming an object type, such as {@code type:dashboard}. */
  public static final TagType TYPE = new TagType(2);

  /** A system tag naming an owner, such as {@code owner:1}. */
  public static final TagType OWNER = new TagType(3);

  /** A system tag naming a user who marked the object as favourite, such as {@code favorited_by:1}. */
  public static final TagType FAVORITED_BY = new TagType(4);

  /**
   * {@return the kind with the given number}
   *
   * @param value Superset's number for the kind
   */
  public static TagType of(int value) {
    return new TagType(value);
  }
}
