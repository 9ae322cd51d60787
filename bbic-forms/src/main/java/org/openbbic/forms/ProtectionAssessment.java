package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.openbbic.forms.meta.DoneDate;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Skyddsbedömning (Protection assessment).
 *
 * <p>The immediate assessment, the same day as a report is received or the next, of whether the
 * child needs protection at once.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"assessedAt", "assessedBy", "immediateProtectionNeeded", "actionTaken"})
@JsonPropertyOrder({"assessedAt", "assessedBy", "immediateProtectionNeeded", "actionTaken"})
public final class ProtectionAssessment {

  /** Tidpunkt för skyddsbedömning (Assessed at). */
  @DoneDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "dateTime")
  private OffsetDateTime assessedAt;

  /** Bedömd av (Assessed by). */
  @Valid private CaseWorker assessedBy;

  /** Behov av omedelbart skydd (Immediate protection needed). */
  @NotNull(groups = Complete.class)
  private Boolean immediateProtectionNeeded;

  /** Åtgärd (Action taken). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String actionTaken;

  private ProtectionAssessment() {
    // for the binding frameworks only
  }

  private ProtectionAssessment(Builder builder) {
    this.assessedAt = builder.assessedAt;
    this.assessedBy = builder.assessedBy;
    this.immediateProtectionNeeded = builder.immediateProtectionNeeded;
    this.actionTaken = builder.actionTaken;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.assessedAt = assessedAt;
    builder.assessedBy = assessedBy;
    builder.immediateProtectionNeeded = immediateProtectionNeeded;
    builder.actionTaken = actionTaken;
    return builder;
  }

  /** Tidpunkt för skyddsbedömning (Assessed at). */
  public OffsetDateTime assessedAt() {
    return assessedAt;
  }

  /** Bedömd av (Assessed by). */
  public CaseWorker assessedBy() {
    return assessedBy;
  }

  /** Behov av omedelbart skydd (Immediate protection needed). */
  public Boolean immediateProtectionNeeded() {
    return immediateProtectionNeeded;
  }

  /** Åtgärd (Action taken). */
  public String actionTaken() {
    return actionTaken;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProtectionAssessment)) {
      return false;
    }
    ProtectionAssessment other = (ProtectionAssessment) o;
    return Objects.equals(assessedAt(), other.assessedAt())
        && Objects.equals(assessedBy(), other.assessedBy())
        && Objects.equals(immediateProtectionNeeded(), other.immediateProtectionNeeded())
        && Objects.equals(actionTaken(), other.actionTaken());
  }

  @Override
  public int hashCode() {
    return Objects.hash(assessedAt(), assessedBy(), immediateProtectionNeeded(), actionTaken());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "ProtectionAssessment[]";
  }

  /** Builds a {@link ProtectionAssessment}; not thread-safe. */
  public static final class Builder {

    private OffsetDateTime assessedAt;
    private CaseWorker assessedBy;
    private Boolean immediateProtectionNeeded;
    private String actionTaken;

    private Builder() {}

    /** Tidpunkt för skyddsbedömning (Assessed at). */
    public Builder assessedAt(OffsetDateTime assessedAt) {
      this.assessedAt = assessedAt;
      return this;
    }

    /** Bedömd av (Assessed by). */
    public Builder assessedBy(CaseWorker assessedBy) {
      this.assessedBy = assessedBy;
      return this;
    }

    /** Behov av omedelbart skydd (Immediate protection needed). */
    public Builder immediateProtectionNeeded(Boolean immediateProtectionNeeded) {
      this.immediateProtectionNeeded = immediateProtectionNeeded;
      return this;
    }

    /** Åtgärd (Action taken). */
    public Builder actionTaken(String actionTaken) {
      this.actionTaken = actionTaken;
      return this;
    }

    /** A new {@link ProtectionAssessment} with this builder's values; the builder can be reused. */
    public ProtectionAssessment build() {
      return new ProtectionAssessment(this);
    }
  }
}
