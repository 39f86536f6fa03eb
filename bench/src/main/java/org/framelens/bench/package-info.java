/**
 * Benchmarks and scale-test data: {@link org.framelens.bench.CorpusGenerator} writes a
 * deterministic synthetic corpus recombined from the repository's own texts, and
 * {@link org.framelens.bench.ExtractBenchmark} measures the extract stage with JMH. This module
 * is never a dependency of the command-line jar.
 */
package org.framelens.bench;
