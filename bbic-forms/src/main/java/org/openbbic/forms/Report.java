package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openbbic.forms.meta.EventDate;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.ReporterCategory;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Anmälan, Information på annat sätt (Report or other information).
 *
 * <p>Information set 3: a report of concern (anmälan) or information that reached the social
 * services otherwise, with the protection assessment (skyddsbedömning) and the initial assessment
 * (förhandsbedömning) that follow it.
 *
 * <p>{@code suspectedViolence} covers violence or other abuse by a närstående against the child,
 * and violence the child has witnessed.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "report")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "kind",
      "receivedAt",
      "reporterCategory",
      "mandatoryReporter",
      "reporterName",
      "reporterContact",
      "concern",
      "suspectedViolence",
      "protectionAssessment",
      "initialAssessment",
      "withheld"
    })
@JsonPropertyOrder({
  "header",
  "kind",
  "receivedAt",
  "reporterCategory",
  "mandatoryReporter",
  "reporterName",
  "reporterContact",
  "concern",
  "suspectedViolence",
  "protectionAssessment",
  "initialAssessment",
  "withheld"
})
public final class Report implements BbicDocument {

  /**
   * The wire names of the fields of this type a recipient policy may withhold, and so the only
   * names its {@code withheld} list may hold ({@code |} between names).
   *
   * @since 0.1
   */
  public static final String WITHHOLDABLE = "reporterName|reporterContact";

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Typ av aktualisering (Kind of referral). */
  @NotNull(groups = Draft.class)
  private ReportKind kind;

  /** Anmälan inkom (Received at). */
  @EventDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "dateTime")
  private OffsetDateTime receivedAt;

  /** Anmälarkategori (Reporter category). */
  @NotNull(groups = Complete.class)
  private ReporterCategory reporterCategory;

  /** Anmälningsskyldig (Mandatory reporter). */
  private Boolean mandatoryReporter;

  /** Anmälarens namn (Reporter's name). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String reporterName;

  /** Anmälarens kontaktuppgifter (Reporter's contact details). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String reporterContact;

  /** Oro för barnet (Concern). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String concern;

  /** Misstanke om våld (Suspected violence). */
  private Boolean suspectedViolence;

  /** Skyddsbedömning (Protection assessment). */
  @Valid private ProtectionAssessment protectionAssessment;

  /** Förhandsbedömning (Initial assessment). */
  @Valid private InitialAssessment initialAssessment;

  /**
   * Undanhållna uppgifter (Withheld fields): the wire names of this report's fields that the sender
   * withheld under its recipient policy (the reporter's name and contact details); empty when
   * nothing was.
   */
  @XmlElementWrapper(name = "withheld")
  @XmlElement(name = "field")
  private List<@Pattern(regexp = "^(" + WITHHOLDABLE + ")$", groups = Draft.class) String>
      withheld = new ArrayList<>();

  private Report() {
    // for the binding frameworks only
  }

  private Report(Builder builder) {
    this.header = builder.header;
    this.kind = builder.kind;
    this.receivedAt = builder.receivedAt;
    this.reporterCategory = builder.reporterCategory;
    this.mandatoryReporter = builder.mandatoryReporter;
    this.reporterName = builder.reporterName;
    this.reporterContact = builder.reporterContact;
    this.concern = builder.concern;
    this.suspectedViolence = builder.suspectedViolence;
    this.protectionAssessment = builder.protectionAssessment;
    this.initialAssessment = builder.initialAssessment;
    this.withheld = new ArrayList<>(builder.withheld);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.kind = kind;
    builder.receivedAt = receivedAt;
    builder.reporterCategory = reporterCategory;
    builder.mandatoryReporter = mandatoryReporter;
    builder.reporterName = reporterName;
    builder.reporterContact = reporterContact;
    builder.concern = concern;
    builder.suspectedViolence = suspectedViolence;
    builder.protectionAssessment = protectionAssessment;
    builder.initialAssessment = initialAssessment;
    builder.withheld(withheld());
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Typ av aktualisering (Kind of referral). */
  public ReportKind kind() {
    return kind;
  }

  /** Anmälan inkom (Received at). */
  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  /** Anmälarkategori (Reporter category). */
  public ReporterCategory reporterCategory() {
    return reporterCategory;
  }

  /** Anmälningsskyldig (Mandatory reporter). */
  public Boolean mandatoryReporter() {
    return mandatoryReporter;
  }

  /** Anmälarens namn (Reporter's name). */
  public String reporterName() {
    return reporterName;
  }

  /** Anmälarens kontaktuppgifter (Reporter's contact details). */
  public String reporterContact() {
    return reporterContact;
  }

  /** Oro för barnet (Concern). */
  public String concern() {
    return concern;
  }

  /** Misstanke om våld (Suspected violence). */
  public Boolean suspectedViolence() {
    return suspectedViolence;
  }

  /** Skyddsbedömning (Protection assessment). */
  public ProtectionAssessment protectionAssessment() {
    return protectionAssessment;
  }

  /** Förhandsbedömning (Initial assessment). */
  public InitialAssessment initialAssessment() {
    return initialAssessment;
  }

  /** Undanhållna uppgifter (Withheld fields): wire names of the fields the sender withheld. */
  public List<String> withheld() {
    return withheld == null ? List.of() : Collections.unmodifiableList(withheld);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Report)) {
      return false;
    }
    Report other = (Report) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(kind(), other.kind())
        && Objects.equals(receivedAt(), other.receivedAt())
        && Objects.equals(reporterCategory(), other.reporterCategory())
        && Objects.equals(mandatoryReporter(), other.mandatoryReporter())
        && Objects.equals(reporterName(), other.reporterName())
        && Objects.equals(reporterContact(), other.reporterContact())
        && Objects.equals(concern(), other.concern())
        && Objects.equals(suspectedViolence(), other.suspectedViolence())
        && Objects.equals(protectionAssessment(), other.protectionAssessment())
        && Objects.equals(initialAssessment(), other.initialAssessment())
        && Objects.equals(withheld(), other.withheld());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        kind(),
        receivedAt(),
        reporterCategory(),
        mandatoryReporter(),
        reporterName(),
        reporterContact(),
        concern(),
        suspectedViolence(),
        protectionAssessment(),
        initialAssessment(),
        withheld());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Report["
        + "header="
        + header
        + ", "
        + "kind="
        + kind
        + ", "
        + "reporterCategory="
        + reporterCategory
        + "]";
  }

  /** Builds a {@link Report}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private ReportKind kind;
    private OffsetDateTime receivedAt;
    private ReporterCategory reporterCategory;
    private Boolean mandatoryReporter;
    private String reporterName;
    private String reporterContact;
    private String concern;
    private Boolean suspectedViolence;
    private ProtectionAssessment protectionAssessment;
    private InitialAssessment initialAssessment;
    private final List<String> withheld = new ArrayList<>();

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Typ av aktualisering (Kind of referral). */
    public Builder kind(ReportKind kind) {
      this.kind = kind;
      return this;
    }

    /** Anmälan inkom (Received at). */
    public Builder receivedAt(OffsetDateTime receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /** Anmälarkategori (Reporter category). */
    public Builder reporterCategory(ReporterCategory reporterCategory) {
      this.reporterCategory = reporterCategory;
      return this;
    }

    /** Anmälningsskyldig (Mandatory reporter). */
    public Builder mandatoryReporter(Boolean mandatoryReporter) {
      this.mandatoryReporter = mandatoryReporter;
      return this;
    }

    /** Anmälarens namn (Reporter's name). */
    public Builder reporterName(String reporterName) {
      this.reporterName = reporterName;
      return this;
    }

    /** Anmälarens kontaktuppgifter (Reporter's contact details). */
    public Builder reporterContact(String reporterContact) {
      this.reporterContact = reporterContact;
      return this;
    }

    /** Oro för barnet (Concern). */
    public Builder concern(String concern) {
      this.concern = concern;
      return this;
    }

    /** Misstanke om våld (Suspected violence). */
    public Builder suspectedViolence(Boolean suspectedViolence) {
      this.suspectedViolence = suspectedViolence;
      return this;
    }

    /** Skyddsbedömning (Protection assessment). */
    public Builder protectionAssessment(ProtectionAssessment protectionAssessment) {
      this.protectionAssessment = protectionAssessment;
      return this;
    }

    /** Förhandsbedömning (Initial assessment). */
    public Builder initialAssessment(InitialAssessment initialAssessment) {
      this.initialAssessment = initialAssessment;
      return this;
    }

    /** Undanhållna uppgifter (Withheld fields): replaces the list. */
    public Builder withheld(Collection<? extends String> withheld) {
      this.withheld.clear();
      withheld.forEach(this::addWithheld);
      return this;
    }

    /** Adds one to Undanhållna uppgifter (Withheld fields): a wire name of this report's fields. */
    public Builder addWithheld(String field) {
      this.withheld.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /** A new {@link Report} with this builder's values; the builder can be reused. */
    public Report build() {
      return new Report(this);
    }
  }
}
