package org.openbbic.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation of an object already in memory at each level: openbbic's validator with its rules (for
 * the case file: document and case rules), the same validator with its rules switched off (field
 * constraints only, so the rules' share is the difference), and plain Hibernate Validator with the
 * level's group.
 *
 * <p>JMH state, one instance per trial; both validators are thread-safe.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidateBenchmark {

  /** The measured document. */
  @Param({"investigation", "caseFile"})
  public String doc;

  /** The validation level. */
  @Param({"DRAFT", "COMPLETE", "SIGNED"})
  public String level;

  Fixtures f;
  Object value;

  /** The fixture when it is a document; {@code null} for the case file. */
  private BbicDocument document;

  ValidationLevel lvl;
  BbicValidator full;
  private BbicValidator constraintsOnly;

  /** Prepares the validators. */
  @Setup
  public void setUp() {
    f = new Fixtures();
    value = f.value(doc);
    document =
        BbicModel.get().findKind(value.getClass()).map(k -> k.type().cast(value)).orElse(null);
    lvl = ValidationLevel.valueOf(level);
    full = BbicValidator.builder().build();
    constraintsOnly = BbicValidator.builder().builtInRules(false).build();
    if (!validate(full).findings().isEmpty()) {
      throw new IllegalStateException("fixture is not valid");
    }
  }

  ValidationReport validate(BbicValidator validator) {
    if (document == null) {
      return validator.validateCase((CaseFile) value, lvl, f.asOf, Locale.ENGLISH);
    }
    return validator.validate(document, lvl, Locale.ENGLISH);
  }

  /** openbbic: constraints and every rule (for a case file, document and case rules). */
  @Benchmark
  public Object oursValidate() {
    return validate(full);
  }

  /** openbbic: field constraints only (rules off), mapped to findings. */
  @Benchmark
  public Object oursConstraintsOnly() {
    return validate(constraintsOnly);
  }

  /** Baseline: plain Hibernate Validator on the same object with the level's group. */
  @Benchmark
  public Object hibernateValidate() {
    return f.hibernate.validate(value, lvl.group());
  }
}
