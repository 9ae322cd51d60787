package org.openbbic.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openbbic.model.law.LegalBasis;

/**
 * One thing a validator or reader found: a stable {@link #code()} a program can act on, its {@link
 * #severity()}, where it comes from ({@link #source()}), where it is ({@link #pointer()}, an RFC
 * 6901 JSON Pointer over wire names that addresses the XML too, plus an optional {@link #line()}
 * and {@link #column()} in the user's own payload), the document it concerns, the rendered {@link
 * #message()} and the {@link #messageKey()} with named {@link #arguments()} it was rendered from,
 * and the {@link LegalBasis provisions} in force on the event's date when a rule cites the law.
 *
 * <p>Arguments never hold personal data (identity numbers, names, free text): only codes, dates,
 * counts and field names. Programs act on the code and the pointer, never on the message text.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 *
 * @since 0.1
 */
public final class Finding {

  private final String code;
  private final Severity severity;
  private final FindingSource source;
  private final String pointer;
  private final Integer line;
  private final Integer column;
  private final UUID documentId;
  private final String message;
  private final String messageKey;
  private final Map<String, Object> arguments;
  private final List<LegalBasis> legalBases;

  private Finding(Builder b) {
    this.code = Objects.requireNonNull(b.code, "code");
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.source = Objects.requireNonNull(b.source, "source");
    this.pointer = b.pointer == null ? "" : b.pointer;
    this.line = b.line;
    this.column = b.column;
    this.documentId = b.documentId;
    this.messageKey = b.messageKey == null ? b.code : b.messageKey;
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(b.arguments));
    this.message = b.message == null ? "" : b.message;
    this.legalBases = List.copyOf(b.legalBases);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this finding's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.severity = severity;
    b.source = source;
    b.pointer = pointer;
    b.line = line;
    b.column = column;
    b.documentId = documentId;
    b.message = message;
    b.messageKey = messageKey;
    b.arguments.putAll(arguments);
    b.legalBases.addAll(legalBases);
    return b;
  }

  /** The stable code, such as {@code BBIC-FLD-001}; never reused for another meaning. */
  public String code() {
    return code;
  }

  /** The severity (after any re-grading the caller asked for). */
  public Severity severity() {
    return severity;
  }

  /** The stage that produced the finding. */
  public FindingSource source() {
    return source;
  }

  /**
   * The RFC 6901 JSON Pointer over wire names, such as {@code /goals/0/needAreas/1}, relative to
   * the document (or to the case file for a finding about the chain); {@code ""} is the whole.
   */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line in the user's payload, when known. */
  public Optional<Integer> line() {
    return Optional.ofNullable(line);
  }

  /** The 1-based column in the user's payload, when known. */
  public Optional<Integer> column() {
    return Optional.ofNullable(column);
  }

  /** The id of the document the finding concerns, when known. */
  public Optional<UUID> documentId() {
    return Optional.ofNullable(documentId);
  }

  /** The message rendered in the locale the caller asked for. For people, not for programs. */
  public String message() {
    return message;
  }

  /** The key the message was rendered from (by default the code). */
  public String messageKey() {
    return messageKey;
  }

  /** The named arguments of the message, in insertion order; never personal data. */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /**
   * The provision in force on the event's date that the finding cites first, when it cites the law.
   */
  public Optional<LegalBasis> legalBasis() {
    return legalBases.isEmpty() ? Optional.empty() : Optional.of(legalBases.get(0));
  }

  /**
   * Every provision in force on the event's date that the finding rests on, the first one first
   * (the appeal instruction rests on FL 33 § and 44 §); empty when it cites no law.
   */
  public List<LegalBasis> legalBases() {
    return legalBases;
  }

  /** This finding with another severity. */
  public Finding withSeverity(Severity newSeverity) {
    return toBuilder().severity(newSeverity).build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return code.equals(f.code)
        && severity == f.severity
        && source == f.source
        && pointer.equals(f.pointer)
        && Objects.equals(line, f.line)
        && Objects.equals(column, f.column)
        && Objects.equals(documentId, f.documentId)
        && message.equals(f.message)
        && messageKey.equals(f.messageKey)
        && arguments.equals(f.arguments)
        && legalBases.equals(f.legalBases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code,
        severity,
        source,
        pointer,
        line,
        column,
        documentId,
        message,
        messageKey,
        arguments,
        legalBases);
  }

  /** Code, severity, pointer, position and document id; the message text is left out. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(code).append(' ').append(severity).append(' ').append(source);
    s.append(" at '").append(pointer).append('\'');
    if (line != null) {
      s.append(" line ").append(line);
      if (column != null) {
        s.append(" column ").append(column);
      }
    }
    if (documentId != null) {
      s.append(" in ").append(documentId);
    }
    return s.toString();
  }

  /**
   * Builds a {@link Finding}. {@code code}, {@code severity} and {@code source} are required. Not
   * thread-safe; use one builder per thread.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String code;
    private Severity severity;
    private FindingSource source;
    private String pointer;
    private Integer line;
    private Integer column;
    private UUID documentId;
    private String message;
    private String messageKey;
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private final List<LegalBasis> legalBases = new ArrayList<>();

    private Builder() {}

    /** The stable code. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The severity. */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** The stage that produced the finding. */
    public Builder source(FindingSource source) {
      this.source = source;
      return this;
    }

    /** The RFC 6901 JSON Pointer; {@code null} or {@code ""} for the whole document. */
    public Builder pointer(String pointer) {
      this.pointer = pointer;
      return this;
    }

    /** The 1-based line in the payload. */
    public Builder line(Integer line) {
      this.line = line;
      return this;
    }

    /** The 1-based column in the payload. */
    public Builder column(Integer column) {
      this.column = column;
      return this;
    }

    /** The document the finding concerns. */
    public Builder documentId(UUID documentId) {
      this.documentId = documentId;
      return this;
    }

    /** The rendered message. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** The message key; defaults to the code. */
    public Builder messageKey(String messageKey) {
      this.messageKey = messageKey;
      return this;
    }

    /** Replaces the named arguments (never personal data). */
    public Builder arguments(Map<String, ?> arguments) {
      this.arguments.clear();
      if (arguments != null) {
        this.arguments.putAll(arguments);
      }
      return this;
    }

    /** Adds one named argument (never personal data). */
    public Builder argument(String name, Object value) {
      this.arguments.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** The provision in force on the event's date (replaces any given before). */
    public Builder legalBasis(LegalBasis legalBasis) {
      this.legalBases.clear();
      if (legalBasis != null) {
        this.legalBases.add(legalBasis);
      }
      return this;
    }

    /** The provisions in force on the event's date, the first cited first (replaces any given). */
    public Builder legalBases(List<LegalBasis> legalBases) {
      this.legalBases.clear();
      if (legalBases != null) {
        legalBases.forEach(b -> this.legalBases.add(Objects.requireNonNull(b, "legalBasis")));
      }
      return this;
    }

    /**
     * The finding.
     *
     * @throws NullPointerException when code, severity or source is missing
     */
    public Finding build() {
      return new Finding(this);
    }
  }
}
