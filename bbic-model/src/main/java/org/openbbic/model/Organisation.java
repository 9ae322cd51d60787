package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Kommun och nämnd (Municipality and committee).
 *
 * <p>The social committee (socialnämnd) responsible for the case, by its four-digit municipality
 * code (kommunkod).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"municipalityCode", "committeeName", "unit"})
@JsonPropertyOrder({"municipalityCode", "committeeName", "unit"})
public final class Organisation {

  /** Kommunkod (Municipality code). */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = "[0-9]{4}", groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String municipalityCode;

  /** Nämnd (Committee). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String committeeName;

  /** Enhet (Unit). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String unit;

  private Organisation() {
    // for the binding frameworks only
  }

  private Organisation(Builder builder) {
    this.municipalityCode = builder.municipalityCode;
    this.committeeName = builder.committeeName;
    this.unit = builder.unit;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.municipalityCode = municipalityCode;
    builder.committeeName = committeeName;
    builder.unit = unit;
    return builder;
  }

  /** Kommunkod (Municipality code). */
  public String municipalityCode() {
    return municipalityCode;
  }

  /** Nämnd (Committee). */
  public String committeeName() {
    return committeeName;
  }

  /** Enhet (Unit). */
  public String unit() {
    return unit;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Organisation)) {
      return false;
    }
    Organisation other = (Organisation) o;
    return Objects.equals(municipalityCode(), other.municipalityCode())
        && Objects.equals(committeeName(), other.committeeName())
        && Objects.equals(unit(), other.unit());
  }

  @Override
  public int hashCode() {
    return Objects.hash(municipalityCode(), committeeName(), unit());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Organisation[]";
  }

  /** Builds a {@link Organisation}; not thread-safe. */
  public static final class Builder {

    private String municipalityCode;
    private String committeeName;
    private String unit;

    private Builder() {}

    /** Kommunkod (Municipality code). */
    public Builder municipalityCode(String municipalityCode) {
      this.municipalityCode = municipalityCode;
      return this;
    }

    /** Nämnd (Committee). */
    public Builder committeeName(String committeeName) {
      this.committeeName = committeeName;
      return this;
    }

    /** Enhet (Unit). */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** A new {@link Organisation} with this builder's values; the builder can be reused. */
    public Organisation build() {
      return new Organisation(this);
    }
  }
}
