package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Draft;

/**
 * Standardiserat bedömningsinstrument (Standardised instrument).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "usedAt", "summary"})
@JsonPropertyOrder({"name", "usedAt", "summary"})
public final class InstrumentUse {

  /** Instrument (Instrument). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String name;

  /** Datum (Date). */
  @XmlSchemaType(name = "date")
  private LocalDate usedAt;

  /** Resultat (Result). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String summary;

  private InstrumentUse() {
    // for the binding frameworks only
  }

  private InstrumentUse(Builder builder) {
    this.name = builder.name;
    this.usedAt = builder.usedAt;
    this.summary = builder.summary;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.usedAt = usedAt;
    builder.summary = summary;
    return builder;
  }

  /** Instrument (Instrument). */
  public String name() {
    return name;
  }

  /** Datum (Date). */
  public LocalDate usedAt() {
    return usedAt;
  }

  /** Resultat (Result). */
  public String summary() {
    return summary;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InstrumentUse)) {
      return false;
    }
    InstrumentUse other = (InstrumentUse) o;
    return Objects.equals(name(), other.name())
        && Objects.equals(usedAt(), other.usedAt())
        && Objects.equals(summary(), other.summary());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name(), usedAt(), summary());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "InstrumentUse[]";
  }

  /** Builds a {@link InstrumentUse}; not thread-safe. */
  public static final class Builder {

    private String name;
    private LocalDate usedAt;
    private String summary;

    private Builder() {}

    /** Instrument (Instrument). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Datum (Date). */
    public Builder usedAt(LocalDate usedAt) {
      this.usedAt = usedAt;
      return this;
    }

    /** Resultat (Result). */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** A new {@link InstrumentUse} with this builder's values; the builder can be reused. */
    public InstrumentUse build() {
      return new InstrumentUse(this);
    }
  }
}
