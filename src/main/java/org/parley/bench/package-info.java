/**
 * Benchmarks: a corpus of real news built from the Voice of America sentences of the GMB NER data
 * ({@link org.parley.bench.BenchCorpus}), the benchmark run itself ({@link org.parley.bench.Benchmark}: the bare
 * OpenNLP floor, end-to-end ingest, memory, store throughput against Jena's bulk loader and query latency
 * over HTTP), and charts drawn from its JSON results ({@link org.parley.bench.Charts}).
 */
package org.parley.bench;
