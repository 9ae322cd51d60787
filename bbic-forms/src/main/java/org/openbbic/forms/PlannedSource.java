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
 * Planerad källa (Planned source).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"who", "why", "consentGiven"})
@JsonPropertyOrder({"who", "why", "consentGiven"})
public final class PlannedSource {

  /** Vem (Who). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String who;

  /** Varför (Why). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String why;

  /** Samtycke lämnat (Consent given). */
  private Boolean consentGiven;

  private PlannedSource() {
    // for the binding frameworks only
  }

  private PlannedSource(Builder builder) {
    this.who = builder.who;
    this.why = builder.why;
    this.consentGiven = builder.consentGiven;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.who = who;
    builder.why = why;
    builder.consentGiven = consentGiven;
    return builder;
  }

  /** Vem (Who). */
  public String who() {
    return who;
  }

  /** Varför (Why). */
  public String why() {
    return why;
  }

  /** Samtycke lämnat (Consent given). */
  public Boolean consentGiven() {
    return consentGiven;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PlannedSource)) {
      return false;
    }
    PlannedSource other = (PlannedSource) o;
    return Objects.equals(who(), other.who())
        && Objects.equals(why(), other.why())
        && Objects.equals(consentGiven(), other.consentGiven());
  }

  @Override
  public int hashCode() {
    return Objects.hash(who(), why(), consentGiven());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "PlannedSource[]";
  }

  /** Builds a {@link PlannedSource}; not thread-safe. */
  public static final class Builder {

    private String who;
    private String why;
    private Boolean consentGiven;

    private Builder() {}

    /** Vem (Who). */
    public Builder who(String who) {
      this.who = who;
      return this;
    }

    /** Varför (Why). */
    public Builder why(String why) {
      this.why = why;
      return this;
    }

    /** Samtycke lämnat (Consent given). */
    public Builder consentGiven(Boolean consentGiven) {
      this.consentGiven = consentGiven;
      return this;
    }

    /** A new {@link PlannedSource} with this builder's values; the builder can be reused. */
    public PlannedSource build() {
      return new PlannedSource(this);
    }
  }
}
