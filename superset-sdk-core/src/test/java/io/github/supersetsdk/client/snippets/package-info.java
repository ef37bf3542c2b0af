/**
 * The code samples of core's javadoc. Each sample is a {@code // @start region="..."} ... {@code
 * // @end} region inside a method that compiles with the tests, and javadoc shows it through
 * {@code {@snippet class=... region=...}}, so no published sample can drift from the API. One class
 * per main package; the methods take what a sample assumes (a client, ids) as parameters.
 */
@org.jspecify.annotations.NullMarked
package io.github.supersetsdk.client.snippets;
