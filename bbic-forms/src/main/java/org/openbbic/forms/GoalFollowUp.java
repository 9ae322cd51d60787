package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Uppföljning av mål (Follow-up of a goal).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"goalId", "outcome", "comment"})
@JsonPropertyOrder({"goalId", "outcome", "comment"})
public final class GoalFollowUp {

  /** Mål-id (Goal identifier). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String goalId;

  /** Måluppfyllelse (Outcome). */
  @NotNull(groups = Complete.class)
  private GoalOutcome outcome;

  /** Kommentar (Comment). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String comment;

  private GoalFollowUp() {
    // for the binding frameworks only
  }

  private GoalFollowUp(Builder builder) {
    this.goalId = builder.goalId;
    this.outcome = builder.outcome;
    this.comment = builder.comment;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.goalId = goalId;
    builder.outcome = outcome;
    builder.comment = comment;
    return builder;
  }

  /** Mål-id (Goal identifier). */
  public String goalId() {
    return goalId;
  }

  /** Måluppfyllelse (Outcome). */
  public GoalOutcome outcome() {
    return outcome;
  }

  /** Kommentar (Comment). */
  public String comment() {
    return comment;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GoalFollowUp)) {
      return false;
    }
    GoalFollowUp other = (GoalFollowUp) o;
    return Objects.equals(goalId(), other.goalId())
        && Objects.equals(outcome(), other.outcome())
        && Objects.equals(comment(), other.comment());
  }

  @Override
  public int hashCode() {
    return Objects.hash(goalId(), outcome(), comment());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "GoalFollowUp[" + "outcome=" + outcome + "]";
  }

  /** Builds a {@link GoalFollowUp}; not thread-safe. */
  public static final class Builder {

    private String goalId;
    private GoalOutcome outcome;
    private String comment;

    private Builder() {}

    /** Mål-id (Goal identifier). */
    public Builder goalId(String goalId) {
      this.goalId = goalId;
      return this;
    }

    /** Måluppfyllelse (Outcome). */
    public Builder outcome(GoalOutcome outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Kommentar (Comment). */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** A new {@link GoalFollowUp} with this builder's values; the builder can be reused. */
    public GoalFollowUp build() {
      return new GoalFollowUp(this);
    }
  }
}
