package org.openbbic.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Two threads sharing one validator over the full case file at the SIGNED level; compared with the
 * single-thread {@code ValidateBenchmark.oursValidate}, the time per operation shows whether the
 * threads wait for each other.
 *
 * <p>JMH state shared by the two threads; the validator is thread-safe.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentionBenchmark {

  private Fixtures f;
  private BbicValidator validator;

  /** Prepares the shared validator. */
  @Setup
  public void setUp() {
    f = new Fixtures();
    validator = BbicValidator.builder().build();
  }

  /** Two threads, one validator, the full case file at SIGNED. */
  @Benchmark
  @Threads(2)
  public Object oursValidateTwoThreads() {
    return validator.validateCase(f.caseFile, ValidationLevel.SIGNED, f.asOf, Locale.ENGLISH);
  }
}
