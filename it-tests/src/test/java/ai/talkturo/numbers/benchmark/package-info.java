/**
 * Benchmarks, run as programs rather than tests: each starts the built WAR on Payara Micro against a MariaDB
 * database of its own ({@link ai.talkturo.numbers.it.NumbersServer},
 * {@link ai.talkturo.numbers.benchmark.BenchmarkDatabase}), puts load on it over HTTP and prints figures.
 * {@link ai.talkturo.numbers.benchmark.PurchaseBenchmark} has concurrent partners buy a thousand sandbox numbers,
 * once undisturbed and once with failing carrier orders and the server killed halfway, and checks that no number
 * was bought twice and no accepted purchase was lost.
 */
package ai.talkturo.numbers.benchmark;
