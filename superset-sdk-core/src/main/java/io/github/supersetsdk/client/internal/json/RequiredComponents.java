package io.github.supersetsdk.client.internal.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;

/**
 * Rejects a request record whose required component is null before it is sent. Builders and
 * factories check their required fields, but a record's canonical constructor, called directly,
 * does not: its components are written once, in the record header, and a compact constructor
 * cannot check them without naming each again. What is required is read from that header: every
 * component of a reference type without {@code @Nullable} (the request package is
 * {@code @NullMarked}). Stateless and thread-safe.
 */
public final class RequiredComponents {

  private static final String REQUEST_PACKAGE = "io.github.supersetsdk.client.request";

  // JSpecify is an optional dependency at run time: without it the @Nullable marks are not visible
  // to reflection, and every null would look like a missing required value. Check nothing then.
  private static final boolean NULLABLE_VISIBLE = nullableVisible();

  private RequiredComponents() {}

  /**
   * Checks the required components of a request record; other values pass unchecked.
   *
   * @param body the request body
   * @throws NullPointerException naming the record and the component, if a required component is null
   */
  public static void check(Object body) {
    Class<?> type = body.getClass();
    if (!NULLABLE_VISIBLE || !type.isRecord() || !type.getPackageName().equals(REQUEST_PACKAGE)) {
      return;
    }
    for (RecordComponent rc : type.getRecordComponents()) {
      if (rc.getType().isPrimitive() || nullable(rc)) {
        continue;
      }
      Object value;
      try {
        value = rc.getAccessor().invoke(body);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + rc.getName(), e);
      }
      if (value == null) {
        throw new NullPointerException(type.getSimpleName() + "." + rc.getName()
            + " is required but null; the request's builder or factory asks for it");
      }
    }
  }

  private static boolean nullable(RecordComponent rc) {
    return named(rc.getAnnotatedType().getAnnotations()) || named(rc.getAnnotations());
  }

  private static boolean named(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static boolean nullableVisible() {
    try {
      // A component known to be @Nullable: if its mark is visible, all are.
      RecordComponent probe = Probe.class.getRecordComponents()[0];
      return nullable(probe);
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private record Probe(@org.jspecify.annotations.Nullable String value) {}
}
