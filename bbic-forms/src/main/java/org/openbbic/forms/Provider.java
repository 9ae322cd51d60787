package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Draft;

/**
 * Utförare (Provider).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"organisation", "unit", "contact"})
@JsonPropertyOrder({"organisation", "unit", "contact"})
public final class Provider {

  /** Organisation (Organisation). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String organisation;

  /** Enhet (Unit). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String unit;

  /** Kontaktperson och kontaktuppgifter (Contact). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String contact;

  private Provider() {
    // for the binding frameworks only
  }

  private Provider(Builder builder) {
    this.organisation = builder.organisation;
    this.unit = builder.unit;
    this.contact = builder.contact;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.organisation = organisation;
    builder.unit = unit;
    builder.contact = contact;
    return builder;
  }

  /** Organisation (Organisation). */
  public String organisation() {
    return organisation;
  }

  /** Enhet (Unit). */
  public String unit() {
    return unit;
  }

  /** Kontaktperson och kontaktuppgifter (Contact). */
  public String contact() {
    return contact;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Provider)) {
      return false;
    }
    Provider other = (Provider) o;
    return Objects.equals(organisation(), other.organisation())
        && Objects.equals(unit(), other.unit())
        && Objects.equals(contact(), other.contact());
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation(), unit(), contact());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Provider[]";
  }

  /** Builds a {@link Provider}; not thread-safe. */
  public static final class Builder {

    private String organisation;
    private String unit;
    private String contact;

    private Builder() {}

    /** Organisation (Organisation). */
    public Builder organisation(String organisation) {
      this.organisation = organisation;
      return this;
    }

    /** Enhet (Unit). */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Kontaktperson och kontaktuppgifter (Contact). */
    public Builder contact(String contact) {
      this.contact = contact;
      return this;
    }

    /** A new {@link Provider} with this builder's values; the builder can be reused. */
    public Provider build() {
      return new Provider(this);
    }
  }
}
