package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.level.Draft;

/**
 * Adress (Address).
 *
 * <p>Protected data: omitted or masked in exports and printouts when the person's protection level
 * asks for it.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"street", "postalCode", "city", "country"})
@JsonPropertyOrder({"street", "postalCode", "city", "country"})
public final class Address {

  /** Gatuadress (Street address). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String street;

  /** Postnummer (Postal code). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String postalCode;

  /** Postort (City). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String city;

  /** Land (Country). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String country;

  private Address() {
    // for the binding frameworks only
  }

  private Address(Builder builder) {
    this.street = builder.street;
    this.postalCode = builder.postalCode;
    this.city = builder.city;
    this.country = builder.country;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.street = street;
    builder.postalCode = postalCode;
    builder.city = city;
    builder.country = country;
    return builder;
  }

  /** Gatuadress (Street address). */
  public String street() {
    return street;
  }

  /** Postnummer (Postal code). */
  public String postalCode() {
    return postalCode;
  }

  /** Postort (City). */
  public String city() {
    return city;
  }

  /** Land (Country). */
  public String country() {
    return country;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Address)) {
      return false;
    }
    Address other = (Address) o;
    return Objects.equals(street(), other.street())
        && Objects.equals(postalCode(), other.postalCode())
        && Objects.equals(city(), other.city())
        && Objects.equals(country(), other.country());
  }

  @Override
  public int hashCode() {
    return Objects.hash(street(), postalCode(), city(), country());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Address[]";
  }

  /** Builds a {@link Address}; not thread-safe. */
  public static final class Builder {

    private String street;
    private String postalCode;
    private String city;
    private String country;

    private Builder() {}

    /** Gatuadress (Street address). */
    public Builder street(String street) {
      this.street = street;
      return this;
    }

    /** Postnummer (Postal code). */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /** Postort (City). */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /** Land (Country). */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /** A new {@link Address} with this builder's values; the builder can be reused. */
    public Address build() {
      return new Address(this);
    }
  }
}
