package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Bedömning av behovsområde (Assessment of a need area).
 *
 * <p>One need area of the BBIC triangle as the investigation assessed it.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"area", "description", "protectiveFactors", "riskFactors", "needIdentified"})
@JsonPropertyOrder({"area", "description", "protectiveFactors", "riskFactors", "needIdentified"})
public final class NeedAreaAssessment {

  /** Behovsområde (Need area). */
  @NotNull(groups = Draft.class)
  private NeedArea area;

  /** Beskrivning (Description). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String description;

  /** Skyddsfaktorer (Protective factors). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String protectiveFactors;

  /** Riskfaktorer (Risk factors). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String riskFactors;

  /** Behov identifierat (Need identified). */
  @NotNull(groups = Complete.class)
  private Boolean needIdentified;

  private NeedAreaAssessment() {
    // for the binding frameworks only
  }

  private NeedAreaAssessment(Builder builder) {
    this.area = builder.area;
    this.description = builder.description;
    this.protectiveFactors = builder.protectiveFactors;
    this.riskFactors = builder.riskFactors;
    this.needIdentified = builder.needIdentified;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.area = area;
    builder.description = description;
    builder.protectiveFactors = protectiveFactors;
    builder.riskFactors = riskFactors;
    builder.needIdentified = needIdentified;
    return builder;
  }

  /** Behovsområde (Need area). */
  public NeedArea area() {
    return area;
  }

  /** Beskrivning (Description). */
  public String description() {
    return description;
  }

  /** Skyddsfaktorer (Protective factors). */
  public String protectiveFactors() {
    return protectiveFactors;
  }

  /** Riskfaktorer (Risk factors). */
  public String riskFactors() {
    return riskFactors;
  }

  /** Behov identifierat (Need identified). */
  public Boolean needIdentified() {
    return needIdentified;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NeedAreaAssessment)) {
      return false;
    }
    NeedAreaAssessment other = (NeedAreaAssessment) o;
    return Objects.equals(area(), other.area())
        && Objects.equals(description(), other.description())
        && Objects.equals(protectiveFactors(), other.protectiveFactors())
        && Objects.equals(riskFactors(), other.riskFactors())
        && Objects.equals(needIdentified(), other.needIdentified());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        area(), description(), protectiveFactors(), riskFactors(), needIdentified());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "NeedAreaAssessment[" + "area=" + area + "]";
  }

  /** Builds a {@link NeedAreaAssessment}; not thread-safe. */
  public static final class Builder {

    private NeedArea area;
    private String description;
    private String protectiveFactors;
    private String riskFactors;
    private Boolean needIdentified;

    private Builder() {}

    /** Behovsområde (Need area). */
    public Builder area(NeedArea area) {
      this.area = area;
      return this;
    }

    /** Beskrivning (Description). */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Skyddsfaktorer (Protective factors). */
    public Builder protectiveFactors(String protectiveFactors) {
      this.protectiveFactors = protectiveFactors;
      return this;
    }

    /** Riskfaktorer (Risk factors). */
    public Builder riskFactors(String riskFactors) {
      this.riskFactors = riskFactors;
      return this;
    }

    /** Behov identifierat (Need identified). */
    public Builder needIdentified(Boolean needIdentified) {
      this.needIdentified = needIdentified;
      return this;
    }

    /** A new {@link NeedAreaAssessment} with this builder's values; the builder can be reused. */
    public NeedAreaAssessment build() {
      return new NeedAreaAssessment(this);
    }
  }
}
