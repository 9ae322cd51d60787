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
 * Kontakt/källa (Source consulted).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"who", "contactedAt", "consentGiven", "information"})
@JsonPropertyOrder({"who", "contactedAt", "consentGiven", "information"})
public final class SourceConsulted {

  /** Vem (Who). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String who;

  /** Datum (Date). */
  @XmlSchemaType(name = "date")
  private LocalDate contactedAt;

  /** Samtycke lämnat (Consent given). */
  private Boolean consentGiven;

  /** Uppgifter (Information). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String information;

  private SourceConsulted() {
    // for the binding frameworks only
  }

  private SourceConsulted(Builder builder) {
    this.who = builder.who;
    this.contactedAt = builder.contactedAt;
    this.consentGiven = builder.consentGiven;
    this.information = builder.information;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.who = who;
    builder.contactedAt = contactedAt;
    builder.consentGiven = consentGiven;
    builder.information = information;
    return builder;
  }

  /** Vem (Who). */
  public String who() {
    return who;
  }

  /** Datum (Date). */
  public LocalDate contactedAt() {
    return contactedAt;
  }

  /** Samtycke lämnat (Consent given). */
  public Boolean consentGiven() {
    return consentGiven;
  }

  /** Uppgifter (Information). */
  public String information() {
    return information;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SourceConsulted)) {
      return false;
    }
    SourceConsulted other = (SourceConsulted) o;
    return Objects.equals(who(), other.who())
        && Objects.equals(contactedAt(), other.contactedAt())
        && Objects.equals(consentGiven(), other.consentGiven())
        && Objects.equals(information(), other.information());
  }

  @Override
  public int hashCode() {
    return Objects.hash(who(), contactedAt(), consentGiven(), information());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "SourceConsulted[]";
  }

  /** Builds a {@link SourceConsulted}; not thread-safe. */
  public static final class Builder {

    private String who;
    private LocalDate contactedAt;
    private Boolean consentGiven;
    private String information;

    private Builder() {}

    /** Vem (Who). */
    public Builder who(String who) {
      this.who = who;
      return this;
    }

    /** Datum (Date). */
    public Builder contactedAt(LocalDate contactedAt) {
      this.contactedAt = contactedAt;
      return this;
    }

    /** Samtycke lämnat (Consent given). */
    public Builder consentGiven(Boolean consentGiven) {
      this.consentGiven = consentGiven;
      return this;
    }

    /** Uppgifter (Information). */
    public Builder information(String information) {
      this.information = information;
      return this;
    }

    /** A new {@link SourceConsulted} with this builder's values; the builder can be reused. */
    public SourceConsulted build() {
      return new SourceConsulted(this);
    }
  }
}
