package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Mål (Goal).
 *
 * <p>A goal of a plan, tied to the need areas the investigation assessed. The goal id is stable
 * within its plan; follow-ups refer to it.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"goalId", "description", "needAreas", "progressIndicator", "responsible"})
@JsonPropertyOrder({"goalId", "description", "needAreas", "progressIndicator", "responsible"})
public final class Goal {

  /** The form of a goal id: 1 to 40 letters, digits, dots, underscores or hyphens. */
  public static final String ID_PATTERN = "[A-Za-z0-9._-]{1,40}";

  /** Mål-id (Goal identifier). */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = ID_PATTERN, groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String goalId;

  /** Mål (Goal). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String description;

  /** Behovsområden (Need areas). */
  @Size(min = 1, groups = Complete.class)
  @XmlElementWrapper(name = "needAreas")
  @XmlElement(name = "needArea")
  private List<NeedArea> needAreas = new ArrayList<>();

  /** Hur vi ser att målet nås (How progress is seen). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String progressIndicator;

  /** Ansvarig (Responsible). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String responsible;

  private Goal() {
    // for the binding frameworks only
  }

  private Goal(Builder builder) {
    this.goalId = builder.goalId;
    this.description = builder.description;
    this.needAreas = new ArrayList<>(builder.needAreas);
    this.progressIndicator = builder.progressIndicator;
    this.responsible = builder.responsible;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.goalId = goalId;
    builder.description = description;
    builder.needAreas(needAreas());
    builder.progressIndicator = progressIndicator;
    builder.responsible = responsible;
    return builder;
  }

  /** Mål-id (Goal identifier). */
  public String goalId() {
    return goalId;
  }

  /** Mål (Goal). */
  public String description() {
    return description;
  }

  /** Behovsområden (Need areas). */
  public List<NeedArea> needAreas() {
    return needAreas == null ? List.of() : Collections.unmodifiableList(needAreas);
  }

  /** Hur vi ser att målet nås (How progress is seen). */
  public String progressIndicator() {
    return progressIndicator;
  }

  /** Ansvarig (Responsible). */
  public String responsible() {
    return responsible;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Goal)) {
      return false;
    }
    Goal other = (Goal) o;
    return Objects.equals(goalId(), other.goalId())
        && Objects.equals(description(), other.description())
        && Objects.equals(needAreas(), other.needAreas())
        && Objects.equals(progressIndicator(), other.progressIndicator())
        && Objects.equals(responsible(), other.responsible());
  }

  @Override
  public int hashCode() {
    return Objects.hash(goalId(), description(), needAreas(), progressIndicator(), responsible());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Goal[" + "needAreas=" + needAreas().size() + "]";
  }

  /** Builds a {@link Goal}; not thread-safe. */
  public static final class Builder {

    private String goalId;
    private String description;
    private final List<NeedArea> needAreas = new ArrayList<>();
    private String progressIndicator;
    private String responsible;

    private Builder() {}

    /** Mål-id (Goal identifier). */
    public Builder goalId(String goalId) {
      this.goalId = goalId;
      return this;
    }

    /** Mål (Goal). */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Behovsområden (Need areas). */
    public Builder needAreas(Collection<? extends NeedArea> needAreas) {
      this.needAreas.clear();
      needAreas.forEach(this::addNeedArea);
      return this;
    }

    /** Adds one to Behovsområden (Need areas). */
    public Builder addNeedArea(NeedArea needArea) {
      this.needAreas.add(Objects.requireNonNull(needArea, "needArea"));
      return this;
    }

    /** Hur vi ser att målet nås (How progress is seen). */
    public Builder progressIndicator(String progressIndicator) {
      this.progressIndicator = progressIndicator;
      return this;
    }

    /** Ansvarig (Responsible). */
    public Builder responsible(String responsible) {
      this.responsible = responsible;
      return this;
    }

    /** A new {@link Goal} with this builder's values; the builder can be reused. */
    public Goal build() {
      return new Goal(this);
    }
  }
}
