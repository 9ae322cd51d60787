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
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Samtycke (Consent).
 *
 * <p>Consent to contact a source (samtycke till kontakter).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"contact", "givenBy", "given", "givenAt"})
@JsonPropertyOrder({"contact", "givenBy", "given", "givenAt"})
public final class Consent {

  /** Kontakt som samtycket gäller (Contact the consent covers). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String contact;

  /** Lämnat av (Given by). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String givenBy;

  /** Samtycke lämnat (Consent given). */
  @NotNull(groups = Complete.class)
  private Boolean given;

  /** Datum (Date). */
  @XmlSchemaType(name = "date")
  private LocalDate givenAt;

  private Consent() {
    // for the binding frameworks only
  }

  private Consent(Builder builder) {
    this.contact = builder.contact;
    this.givenBy = builder.givenBy;
    this.given = builder.given;
    this.givenAt = builder.givenAt;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.contact = contact;
    builder.givenBy = givenBy;
    builder.given = given;
    builder.givenAt = givenAt;
    return builder;
  }

  /** Kontakt som samtycket gäller (Contact the consent covers). */
  public String contact() {
    return contact;
  }

  /** Lämnat av (Given by). */
  public String givenBy() {
    return givenBy;
  }

  /** Samtycke lämnat (Consent given). */
  public Boolean given() {
    return given;
  }

  /** Datum (Date). */
  public LocalDate givenAt() {
    return givenAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Consent)) {
      return false;
    }
    Consent other = (Consent) o;
    return Objects.equals(contact(), other.contact())
        && Objects.equals(givenBy(), other.givenBy())
        && Objects.equals(given(), other.given())
        && Objects.equals(givenAt(), other.givenAt());
  }

  @Override
  public int hashCode() {
    return Objects.hash(contact(), givenBy(), given(), givenAt());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Consent[]";
  }

  /** Builds a {@link Consent}; not thread-safe. */
  public static final class Builder {

    private String contact;
    private String givenBy;
    private Boolean given;
    private LocalDate givenAt;

    private Builder() {}

    /** Kontakt som samtycket gäller (Contact the consent covers). */
    public Builder contact(String contact) {
      this.contact = contact;
      return this;
    }

    /** Lämnat av (Given by). */
    public Builder givenBy(String givenBy) {
      this.givenBy = givenBy;
      return this;
    }

    /** Samtycke lämnat (Consent given). */
    public Builder given(Boolean given) {
      this.given = given;
      return this;
    }

    /** Datum (Date). */
    public Builder givenAt(LocalDate givenAt) {
      this.givenAt = givenAt;
      return this;
    }

    /** A new {@link Consent} with this builder's values; the builder can be reused. */
    public Consent build() {
      return new Consent(this);
    }
  }
}
