package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import org.openbbic.model.Decider;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Förlängd utredningstid (Extension of the investigation).
 *
 * <p>A decision to extend the four-month investigation for a stated time, with reasons.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"decidedAt", "newEndDate", "reason", "decidedBy"})
@JsonPropertyOrder({"decidedAt", "newEndDate", "reason", "decidedBy"})
public final class Extension {

  /** Beslutsdatum (Decision date). */
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate decidedAt;

  /** Ny slutdag (New end date). */
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate newEndDate;

  /** Skäl (Reason). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String reason;

  /** Beslutsfattare (Decided by). */
  @Valid private Decider decidedBy;

  private Extension() {
    // for the binding frameworks only
  }

  private Extension(Builder builder) {
    this.decidedAt = builder.decidedAt;
    this.newEndDate = builder.newEndDate;
    this.reason = builder.reason;
    this.decidedBy = builder.decidedBy;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.decidedAt = decidedAt;
    builder.newEndDate = newEndDate;
    builder.reason = reason;
    builder.decidedBy = decidedBy;
    return builder;
  }

  /** Beslutsdatum (Decision date). */
  public LocalDate decidedAt() {
    return decidedAt;
  }

  /** Ny slutdag (New end date). */
  public LocalDate newEndDate() {
    return newEndDate;
  }

  /** Skäl (Reason). */
  public String reason() {
    return reason;
  }

  /** Beslutsfattare (Decided by). */
  public Decider decidedBy() {
    return decidedBy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Extension)) {
      return false;
    }
    Extension other = (Extension) o;
    return Objects.equals(decidedAt(), other.decidedAt())
        && Objects.equals(newEndDate(), other.newEndDate())
        && Objects.equals(reason(), other.reason())
        && Objects.equals(decidedBy(), other.decidedBy());
  }

  @Override
  public int hashCode() {
    return Objects.hash(decidedAt(), newEndDate(), reason(), decidedBy());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Extension[]";
  }

  /** Builds a {@link Extension}; not thread-safe. */
  public static final class Builder {

    private LocalDate decidedAt;
    private LocalDate newEndDate;
    private String reason;
    private Decider decidedBy;

    private Builder() {}

    /** Beslutsdatum (Decision date). */
    public Builder decidedAt(LocalDate decidedAt) {
      this.decidedAt = decidedAt;
      return this;
    }

    /** Ny slutdag (New end date). */
    public Builder newEndDate(LocalDate newEndDate) {
      this.newEndDate = newEndDate;
      return this;
    }

    /** Skäl (Reason). */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Beslutsfattare (Decided by). */
    public Builder decidedBy(Decider decidedBy) {
      this.decidedBy = decidedBy;
      return this;
    }

    /** A new {@link Extension} with this builder's values; the builder can be reused. */
    public Extension build() {
      return new Extension(this);
    }
  }
}
