/**
 * The code samples of the dbt module's javadoc. Each sample is a {@code // @start region="..."}
 * ... {@code // @end} region inside a method that compiles with the tests, and javadoc shows it
 * through {@code {@snippet class=... region=...}}. One class per main package; the methods take
 * what a sample assumes (a manifest, run results) as parameters.
 */
@org.jspecify.annotations.NullMarked
package io.github.supersetsdk.dbt.snippets;
