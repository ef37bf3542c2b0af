/** JMH benchmarks of the client's own overhead, against a stub server and a real Superset. */
@NullMarked
package io.github.supersetsdk.benchmarks.client;

import org.jspecify.annotations.NullMarked;
