package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import org.openbbic.forms.meta.DoneDate;
import org.openbbic.model.Decider;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Förhandsbedömning (Initial assessment).
 *
 * <p>Whether to open an investigation, decided within 14 days of receipt unless there are
 * exceptional reasons (synnerliga skäl).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "contacts",
      "childHeard",
      "childNotHeardReason",
      "assessment",
      "decision",
      "decidedAt",
      "decidedBy",
      "reasons",
      "extensionReason",
      "reporterInformedAt",
      "meetingOffered"
    })
@JsonPropertyOrder({
  "contacts",
  "childHeard",
  "childNotHeardReason",
  "assessment",
  "decision",
  "decidedAt",
  "decidedBy",
  "reasons",
  "extensionReason",
  "reporterInformedAt",
  "meetingOffered"
})
public final class InitialAssessment {

  /** Kontakter (Contacts made). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String contacts;

  /** Barnet har hörts (Child heard). */
  private Boolean childHeard;

  /** Skäl till att barnet inte hörts (Why the child was not heard). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String childNotHeardReason;

  /** Bedömning (Assessment). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String assessment;

  /** Beslut (Decision). */
  @NotNull(groups = Complete.class)
  private InitialAssessmentDecision decision;

  /** Beslutsdatum (Decision date). */
  @DoneDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate decidedAt;

  /** Beslutsfattare (Decided by). */
  @Valid private Decider decidedBy;

  /** Skäl för beslutet (Reasons). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String reasons;

  /** Synnerliga skäl för längre tid än 14 dagar (Exceptional reasons for more than 14 days). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String extensionReason;

  /** Anmälaren informerad (Reporter informed on). */
  @XmlSchemaType(name = "date")
  private LocalDate reporterInformedAt;

  /** Möte erbjudet (Meeting offered). */
  private Boolean meetingOffered;

  private InitialAssessment() {
    // for the binding frameworks only
  }

  private InitialAssessment(Builder builder) {
    this.contacts = builder.contacts;
    this.childHeard = builder.childHeard;
    this.childNotHeardReason = builder.childNotHeardReason;
    this.assessment = builder.assessment;
    this.decision = builder.decision;
    this.decidedAt = builder.decidedAt;
    this.decidedBy = builder.decidedBy;
    this.reasons = builder.reasons;
    this.extensionReason = builder.extensionReason;
    this.reporterInformedAt = builder.reporterInformedAt;
    this.meetingOffered = builder.meetingOffered;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.contacts = contacts;
    builder.childHeard = childHeard;
    builder.childNotHeardReason = childNotHeardReason;
    builder.assessment = assessment;
    builder.decision = decision;
    builder.decidedAt = decidedAt;
    builder.decidedBy = decidedBy;
    builder.reasons = reasons;
    builder.extensionReason = extensionReason;
    builder.reporterInformedAt = reporterInformedAt;
    builder.meetingOffered = meetingOffered;
    return builder;
  }

  /** Kontakter (Contacts made). */
  public String contacts() {
    return contacts;
  }

  /** Barnet har hörts (Child heard). */
  public Boolean childHeard() {
    return childHeard;
  }

  /** Skäl till att barnet inte hörts (Why the child was not heard). */
  public String childNotHeardReason() {
    return childNotHeardReason;
  }

  /** Bedömning (Assessment). */
  public String assessment() {
    return assessment;
  }

  /** Beslut (Decision). */
  public InitialAssessmentDecision decision() {
    return decision;
  }

  /** Beslutsdatum (Decision date). */
  public LocalDate decidedAt() {
    return decidedAt;
  }

  /** Beslutsfattare (Decided by). */
  public Decider decidedBy() {
    return decidedBy;
  }

  /** Skäl för beslutet (Reasons). */
  public String reasons() {
    return reasons;
  }

  /** Synnerliga skäl för längre tid än 14 dagar (Exceptional reasons for more than 14 days). */
  public String extensionReason() {
    return extensionReason;
  }

  /** Anmälaren informerad (Reporter informed on). */
  public LocalDate reporterInformedAt() {
    return reporterInformedAt;
  }

  /** Möte erbjudet (Meeting offered). */
  public Boolean meetingOffered() {
    return meetingOffered;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InitialAssessment)) {
      return false;
    }
    InitialAssessment other = (InitialAssessment) o;
    return Objects.equals(contacts(), other.contacts())
        && Objects.equals(childHeard(), other.childHeard())
        && Objects.equals(childNotHeardReason(), other.childNotHeardReason())
        && Objects.equals(assessment(), other.assessment())
        && Objects.equals(decision(), other.decision())
        && Objects.equals(decidedAt(), other.decidedAt())
        && Objects.equals(decidedBy(), other.decidedBy())
        && Objects.equals(reasons(), other.reasons())
        && Objects.equals(extensionReason(), other.extensionReason())
        && Objects.equals(reporterInformedAt(), other.reporterInformedAt())
        && Objects.equals(meetingOffered(), other.meetingOffered());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        contacts(),
        childHeard(),
        childNotHeardReason(),
        assessment(),
        decision(),
        decidedAt(),
        decidedBy(),
        reasons(),
        extensionReason(),
        reporterInformedAt(),
        meetingOffered());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "InitialAssessment[" + "decision=" + decision + "]";
  }

  /** Builds a {@link InitialAssessment}; not thread-safe. */
  public static final class Builder {

    private String contacts;
    private Boolean childHeard;
    private String childNotHeardReason;
    private String assessment;
    private InitialAssessmentDecision decision;
    private LocalDate decidedAt;
    private Decider decidedBy;
    private String reasons;
    private String extensionReason;
    private LocalDate reporterInformedAt;
    private Boolean meetingOffered;

    private Builder() {}

    /** Kontakter (Contacts made). */
    public Builder contacts(String contacts) {
      this.contacts = contacts;
      return this;
    }

    /** Barnet har hörts (Child heard). */
    public Builder childHeard(Boolean childHeard) {
      this.childHeard = childHeard;
      return this;
    }

    /** Skäl till att barnet inte hörts (Why the child was not heard). */
    public Builder childNotHeardReason(String childNotHeardReason) {
      this.childNotHeardReason = childNotHeardReason;
      return this;
    }

    /** Bedömning (Assessment). */
    public Builder assessment(String assessment) {
      this.assessment = assessment;
      return this;
    }

    /** Beslut (Decision). */
    public Builder decision(InitialAssessmentDecision decision) {
      this.decision = decision;
      return this;
    }

    /** Beslutsdatum (Decision date). */
    public Builder decidedAt(LocalDate decidedAt) {
      this.decidedAt = decidedAt;
      return this;
    }

    /** Beslutsfattare (Decided by). */
    public Builder decidedBy(Decider decidedBy) {
      this.decidedBy = decidedBy;
      return this;
    }

    /** Skäl för beslutet (Reasons). */
    public Builder reasons(String reasons) {
      this.reasons = reasons;
      return this;
    }

    /** Synnerliga skäl för längre tid än 14 dagar (Exceptional reasons for more than 14 days). */
    public Builder extensionReason(String extensionReason) {
      this.extensionReason = extensionReason;
      return this;
    }

    /** Anmälaren informerad (Reporter informed on). */
    public Builder reporterInformedAt(LocalDate reporterInformedAt) {
      this.reporterInformedAt = reporterInformedAt;
      return this;
    }

    /** Möte erbjudet (Meeting offered). */
    public Builder meetingOffered(Boolean meetingOffered) {
      this.meetingOffered = meetingOffered;
      return this;
    }

    /** A new {@link InitialAssessment} with this builder's values; the builder can be reused. */
    public InitialAssessment build() {
      return new InitialAssessment(this);
    }
  }
}
