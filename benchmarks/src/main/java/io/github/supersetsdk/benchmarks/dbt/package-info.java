/** JMH benchmarks of the streaming dbt artifact reader on synthetic manifests. */
@NullMarked
package io.github.supersetsdk.benchmarks.dbt;

import org.jspecify.annotations.NullMarked;
