package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Förslag till beslut (Proposed decision).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"decisionKind", "interventionKinds", "text"})
@JsonPropertyOrder({"decisionKind", "interventionKinds", "text"})
public final class Proposal {

  /** Beslutstyp (Kind of decision). */
  @NotNull(groups = Complete.class)
  private DecisionKind decisionKind;

  /** Insatser (Interventions). */
  @XmlElementWrapper(name = "interventionKinds")
  @XmlElement(name = "interventionKind")
  private List<InterventionKind> interventionKinds = new ArrayList<>();

  /** Förslag (Proposal). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String text;

  private Proposal() {
    // for the binding frameworks only
  }

  private Proposal(Builder builder) {
    this.decisionKind = builder.decisionKind;
    this.interventionKinds = new ArrayList<>(builder.interventionKinds);
    this.text = builder.text;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.decisionKind = decisionKind;
    builder.interventionKinds(interventionKinds());
    builder.text = text;
    return builder;
  }

  /** Beslutstyp (Kind of decision). */
  public DecisionKind decisionKind() {
    return decisionKind;
  }

  /** Insatser (Interventions). */
  public List<InterventionKind> interventionKinds() {
    return interventionKinds == null ? List.of() : Collections.unmodifiableList(interventionKinds);
  }

  /** Förslag (Proposal). */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Proposal)) {
      return false;
    }
    Proposal other = (Proposal) o;
    return Objects.equals(decisionKind(), other.decisionKind())
        && Objects.equals(interventionKinds(), other.interventionKinds())
        && Objects.equals(text(), other.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(decisionKind(), interventionKinds(), text());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Proposal["
        + "decisionKind="
        + decisionKind
        + ", "
        + "interventionKinds="
        + interventionKinds().size()
        + "]";
  }

  /** Builds a {@link Proposal}; not thread-safe. */
  public static final class Builder {

    private DecisionKind decisionKind;
    private final List<InterventionKind> interventionKinds = new ArrayList<>();
    private String text;

    private Builder() {}

    /** Beslutstyp (Kind of decision). */
    public Builder decisionKind(DecisionKind decisionKind) {
      this.decisionKind = decisionKind;
      return this;
    }

    /** Insatser (Interventions). */
    public Builder interventionKinds(Collection<? extends InterventionKind> interventionKinds) {
      this.interventionKinds.clear();
      interventionKinds.forEach(this::addInterventionKind);
      return this;
    }

    /** Adds one to Insatser (Interventions). */
    public Builder addInterventionKind(InterventionKind interventionKind) {
      this.interventionKinds.add(Objects.requireNonNull(interventionKind, "interventionKind"));
      return this;
    }

    /** Förslag (Proposal). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** A new {@link Proposal} with this builder's values; the builder can be reused. */
    public Proposal build() {
      return new Proposal(this);
    }
  }
}
