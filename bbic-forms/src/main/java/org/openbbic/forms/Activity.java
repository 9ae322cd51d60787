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
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Aktivitet (Activity).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"what", "who", "when", "goalIds"})
@JsonPropertyOrder({"what", "who", "when", "goalIds"})
public final class Activity {

  /** Vad ska göras (What). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String what;

  /** Vem gör vad (Who). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String who;

  /** När och hur ofta (When and how often). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String when;

  /** Mål som aktiviteten gäller (Goals the activity serves). */
  @XmlElementWrapper(name = "goalIds")
  @XmlElement(name = "goalId")
  private List<@Size(max = TextLimits.NAME, groups = Draft.class) String> goalIds =
      new ArrayList<>();

  private Activity() {
    // for the binding frameworks only
  }

  private Activity(Builder builder) {
    this.what = builder.what;
    this.who = builder.who;
    this.when = builder.when;
    this.goalIds = new ArrayList<>(builder.goalIds);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.what = what;
    builder.who = who;
    builder.when = when;
    builder.goalIds(goalIds());
    return builder;
  }

  /** Vad ska göras (What). */
  public String what() {
    return what;
  }

  /** Vem gör vad (Who). */
  public String who() {
    return who;
  }

  /** När och hur ofta (When and how often). */
  public String when() {
    return when;
  }

  /** Mål som aktiviteten gäller (Goals the activity serves). */
  public List<String> goalIds() {
    return goalIds == null ? List.of() : Collections.unmodifiableList(goalIds);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Activity)) {
      return false;
    }
    Activity other = (Activity) o;
    return Objects.equals(what(), other.what())
        && Objects.equals(who(), other.who())
        && Objects.equals(when(), other.when())
        && Objects.equals(goalIds(), other.goalIds());
  }

  @Override
  public int hashCode() {
    return Objects.hash(what(), who(), when(), goalIds());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Activity[" + "goalIds=" + goalIds().size() + "]";
  }

  /** Builds a {@link Activity}; not thread-safe. */
  public static final class Builder {

    private String what;
    private String who;
    private String when;
    private final List<String> goalIds = new ArrayList<>();

    private Builder() {}

    /** Vad ska göras (What). */
    public Builder what(String what) {
      this.what = what;
      return this;
    }

    /** Vem gör vad (Who). */
    public Builder who(String who) {
      this.who = who;
      return this;
    }

    /** När och hur ofta (When and how often). */
    public Builder when(String when) {
      this.when = when;
      return this;
    }

    /** Mål som aktiviteten gäller (Goals the activity serves). */
    public Builder goalIds(Collection<? extends String> goalIds) {
      this.goalIds.clear();
      goalIds.forEach(this::addGoalId);
      return this;
    }

    /** Adds one to Mål som aktiviteten gäller (Goals the activity serves). */
    public Builder addGoalId(String goalId) {
      this.goalIds.add(Objects.requireNonNull(goalId, "goalId"));
      return this;
    }

    /** A new {@link Activity} with this builder's values; the builder can be reused. */
    public Activity build() {
      return new Activity(this);
    }
  }
}
