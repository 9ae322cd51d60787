package org.openbbic.export;

import java.util.List;
import java.util.Optional;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.protection.Withheld;
import org.openbbic.validation.Finding;
import org.openbbic.validation.ValidationReport;

/**
 * What a read of untrusted bytes gives: the object, when the payload could be read as one, and
 * every finding (syntax, schema, constraints, rules), each with its line and column in the payload.
 *
 * <p>The object is absent when a syntax or schema finding blocks it (a FATAL finding, or any ERROR
 * of those stages when strict). Constraint and rule findings never remove the object: a draft may
 * be read and shown, and {@link #isValid()} says whether it passed.
 *
 * <p>Immutable; thread-safe when {@code T} is.
 *
 * @param <T> the document type or the case file
 * @since 0.1
 */
public final class ReadResult<T> {

  private final T value;
  private final ValidationReport report;

  private ReadResult(T value, ValidationReport report) {
    this.value = value;
    this.report = report;
  }

  /** A result of a value (possibly {@code null}) and its report. */
  public static <T> ReadResult<T> of(T value, ValidationReport report) {
    return new ReadResult<>(value, report);
  }

  /** The object read, if it could be. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The value read, when it is a BBIC document (of any kind; not a case file). */
  public Optional<BbicDocument> document() {
    return value()
        .flatMap(v -> BbicModel.get().findKind(v.getClass()).map(k -> k.cast((BbicDocument) v)));
  }

  /** The value read, when it is a case file. */
  public Optional<CaseFile> caseFile() {
    return value().filter(v -> v.getClass() == CaseFile.class).map(CaseFile.class::cast);
  }

  /** The report of every finding. */
  public ValidationReport report() {
    return report;
  }

  /** Every finding, in the order found. */
  public List<Finding> findings() {
    return report.findings();
  }

  /** Whether the object was read and no finding is FATAL or ERROR. */
  public boolean isValid() {
    return value != null && report.isValid();
  }

  /**
   * Where the sender withheld data from the object read, under its recipient policy: RFC 6901
   * pointers of every field a record of it names as withheld (for example {@code /child/address};
   * see {@link Withheld}). Such a field is absent but not empty. Empty when nothing was withheld or
   * nothing could be read.
   */
  public List<String> withheld() {
    return value == null ? List.of() : Withheld.pointers(value);
  }

  /** Whether some finding has {@code code}. */
  public boolean hasCode(String code) {
    return report.hasCode(code);
  }

  /** The object type's simple name and the report; never a value of the object. */
  @Override
  public String toString() {
    return "ReadResult[value="
        + (value == null ? "none" : value.getClass().getSimpleName())
        + ", report="
        + report
        + "]";
  }
}
