package org.openbbic.export.internal;

import java.util.ArrayList;
import java.util.List;
import org.openbbic.export.ExportCodes;
import org.openbbic.validation.CodeTable;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.RuleCatalogue;
import org.openbbic.validation.Severity;

/**
 * The export module's codes for the catalogue of every code ({@code docs/rules.md}, {@code bbic
 * rules}): the severities and sources the readers report them with (stated on {@link ExportCodes})
 * and their texts from {@link ExportMessages}. Found through {@link java.util.ServiceLoader}
 * ({@code provides} in module-info, {@code META-INF/services} on the class path).
 *
 * <p>Stateless and thread-safe.
 */
public final class ExportCodeTable implements CodeTable {

  private static final List<RuleCatalogue.Entry> ENTRIES = build();

  /** For {@link java.util.ServiceLoader}. */
  public ExportCodeTable() {}

  @Override
  public List<RuleCatalogue.Entry> entries() {
    return ENTRIES;
  }

  private static List<RuleCatalogue.Entry> build() {
    List<RuleCatalogue.Entry> e = new ArrayList<>();
    FindingSource syn = FindingSource.SYNTAX;
    FindingSource sch = FindingSource.SCHEMA;
    e.add(entry(ExportCodes.EMPTY_INPUT, Severity.FATAL, syn));
    e.add(entry(ExportCodes.MALFORMED, Severity.FATAL, syn));
    e.add(entry(ExportCodes.TRUNCATED, Severity.FATAL, syn));
    e.add(entry(ExportCodes.INVALID_ENCODING, Severity.FATAL, syn));
    e.add(strictOrLenient(ExportCodes.DUPLICATE_FIELD, syn));
    e.add(entry(ExportCodes.DTD_REFUSED, Severity.FATAL, syn));
    e.add(entry(ExportCodes.TRAILING_CONTENT, Severity.FATAL, syn));
    e.add(entry(ExportCodes.READ_FAILED, Severity.FATAL, syn));
    e.add(entry(ExportCodes.LIMIT_DOCUMENT_SIZE, Severity.FATAL, syn));
    e.add(entry(ExportCodes.LIMIT_DEPTH, Severity.FATAL, syn));
    e.add(entry(ExportCodes.LIMIT_STRING_LENGTH, Severity.FATAL, syn));
    e.add(entry(ExportCodes.LIMIT_NUMBER_LENGTH, Severity.FATAL, syn));
    e.add(entry(ExportCodes.LIMIT_NAME_LENGTH, Severity.FATAL, syn));
    e.add(strictOrLenient(ExportCodes.UNKNOWN_FIELD, sch));
    e.add(entry(ExportCodes.WRONG_TYPE, Severity.ERROR, sch));
    e.add(entry(ExportCodes.INVALID_DATE, Severity.ERROR, sch));
    e.add(entry(ExportCodes.UNKNOWN_CODE, Severity.ERROR, sch));
    e.add(entry(ExportCodes.WRONG_ROOT, Severity.FATAL, sch));
    e.add(strictOrLenient(ExportCodes.OUT_OF_ORDER, sch));
    e.add(entry(ExportCodes.NULL_IN_LIST, Severity.ERROR, sch));
    e.add(entry(ExportCodes.SCHEMA_VIOLATION, Severity.ERROR, sch));
    return List.copyOf(e);
  }

  private static RuleCatalogue.Entry entry(String code, Severity severity, FindingSource source) {
    return RuleCatalogue.Entry.of(code, severity, source, ExportMessages.bundle());
  }

  /** An error of a strict reader that a lenient one reports as a warning. */
  private static RuleCatalogue.Entry strictOrLenient(String code, FindingSource source) {
    return entry(code, Severity.ERROR, source).withLenientSeverity(Severity.WARNING);
  }
}
