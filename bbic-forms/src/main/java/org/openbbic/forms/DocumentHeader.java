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
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openbbic.forms.meta.DoneDate;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Organisation;
import org.openbbic.model.PersonId;
import org.openbbic.model.TextLimits;
import org.openbbic.model.WireFormat;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;
import org.openbbic.model.level.Signed;

/**
 * Dokumentuppgifter (Document header).
 *
 * <p>What every BBIC document carries: its identity, form type, the format and code-list versions,
 * status, case, child, organisation, author and signature; and, on a document that left the social
 * services under a recipient policy, the {@link #disclosure() statement} of that policy and the
 * {@link #withheld() fields it withheld} here (the child's identity).
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
      "documentId",
      "formType",
      "schemaVersion",
      "bbicVersion",
      "status",
      "caseId",
      "child",
      "organisation",
      "author",
      "createdAt",
      "signedAt",
      "signedBy",
      "withheld",
      "disclosure"
    })
@JsonPropertyOrder({
  "documentId",
  "formType",
  "schemaVersion",
  "bbicVersion",
  "status",
  "caseId",
  "child",
  "organisation",
  "author",
  "createdAt",
  "signedAt",
  "signedBy",
  "withheld",
  "disclosure"
})
public final class DocumentHeader {

  /**
   * The wire names of the fields of this type a recipient policy may withhold, and so the only
   * names its {@code withheld} list may hold ({@code |} between names).
   *
   * @since 0.1
   */
  public static final String WITHHOLDABLE = "child";

  /** Dokument-id (Document identifier). */
  @NotNull(groups = Draft.class)
  private UUID documentId;

  /** Informationsmängd (Form type). */
  @NotNull(groups = Draft.class)
  private FormType formType;

  /** Formatversion (Format version). */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = "[0-9]+\\.[0-9]+\\.[0-9]+", groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String schemaVersion;

  /** BBIC-version (generation av kodlistor) (BBIC generation of code lists). */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = "[0-9]{4}", groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String bbicVersion;

  /** Status (Status). */
  @NotNull(groups = Draft.class)
  private DocumentStatus status;

  /** Ärende-/diarienummer (Case number). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String caseId;

  /** Barnets identitet (The child's identity). */
  @NotNull(groups = Complete.class)
  @Valid
  private PersonId child;

  /** Kommun och nämnd (Municipality and committee). */
  @NotNull(groups = Complete.class)
  @Valid
  private Organisation organisation;

  /** Handläggare (Author). */
  @NotNull(groups = Complete.class)
  @Valid
  private CaseWorker author;

  /** Upprättad (Created at). */
  @DoneDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "dateTime")
  private OffsetDateTime createdAt;

  /** Signerad (Signed at). */
  @DoneDate
  @NotNull(groups = Signed.class)
  @XmlSchemaType(name = "dateTime")
  private OffsetDateTime signedAt;

  /** Signerad av (Signed by). */
  @NotNull(groups = Signed.class)
  @Valid
  private CaseWorker signedBy;

  /**
   * Undanhållna uppgifter (Withheld fields): the wire names of this header's fields that the sender
   * withheld under its recipient policy ({@code child}); empty when nothing was.
   */
  @XmlElementWrapper(name = "withheld")
  @XmlElement(name = "field")
  private List<@Pattern(regexp = "^(" + WITHHOLDABLE + ")$", groups = Draft.class) String>
      withheld = new ArrayList<>();

  /**
   * Utlämnande (Disclosure): the recipient policy a document written on its own was written under;
   * absent inside a case file (the case file carries it) and on documents never exported.
   */
  @Valid private Disclosure disclosure;

  private DocumentHeader() {
    // for the binding frameworks only
  }

  private DocumentHeader(Builder builder) {
    this.documentId = builder.documentId;
    this.formType = builder.formType;
    this.schemaVersion = builder.schemaVersion;
    this.bbicVersion = builder.bbicVersion;
    this.status = builder.status;
    this.caseId = builder.caseId;
    this.child = builder.child;
    this.organisation = builder.organisation;
    this.author = builder.author;
    this.createdAt = builder.createdAt;
    this.signedAt = builder.signedAt;
    this.signedBy = builder.signedBy;
    this.withheld = new ArrayList<>(builder.withheld);
    this.disclosure = builder.disclosure;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.documentId = documentId;
    builder.formType = formType;
    builder.schemaVersion = schemaVersion;
    builder.bbicVersion = bbicVersion;
    builder.status = status;
    builder.caseId = caseId;
    builder.child = child;
    builder.organisation = organisation;
    builder.author = author;
    builder.createdAt = createdAt;
    builder.signedAt = signedAt;
    builder.signedBy = signedBy;
    builder.withheld(withheld());
    builder.disclosure = disclosure;
    return builder;
  }

  /** Dokument-id (Document identifier). */
  public UUID documentId() {
    return documentId;
  }

  /** Informationsmängd (Form type). */
  public FormType formType() {
    return formType;
  }

  /** Formatversion (Format version). */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** BBIC-version (generation av kodlistor) (BBIC generation of code lists). */
  public String bbicVersion() {
    return bbicVersion;
  }

  /** Status (Status). */
  public DocumentStatus status() {
    return status;
  }

  /** Ärende-/diarienummer (Case number). */
  public String caseId() {
    return caseId;
  }

  /** Barnets identitet (The child's identity). */
  public PersonId child() {
    return child;
  }

  /** Kommun och nämnd (Municipality and committee). */
  public Organisation organisation() {
    return organisation;
  }

  /** Handläggare (Author). */
  public CaseWorker author() {
    return author;
  }

  /** Upprättad (Created at). */
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** Signerad (Signed at). */
  public OffsetDateTime signedAt() {
    return signedAt;
  }

  /** Signerad av (Signed by). */
  public CaseWorker signedBy() {
    return signedBy;
  }

  /** Undanhållna uppgifter (Withheld fields): wire names of the fields the sender withheld. */
  public List<String> withheld() {
    return withheld == null ? List.of() : Collections.unmodifiableList(withheld);
  }

  /**
   * Utlämnande (Disclosure): the recipient policy a document written on its own was written under.
   */
  public Disclosure disclosure() {
    return disclosure;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DocumentHeader)) {
      return false;
    }
    DocumentHeader other = (DocumentHeader) o;
    return Objects.equals(documentId(), other.documentId())
        && Objects.equals(formType(), other.formType())
        && Objects.equals(schemaVersion(), other.schemaVersion())
        && Objects.equals(bbicVersion(), other.bbicVersion())
        && Objects.equals(status(), other.status())
        && Objects.equals(caseId(), other.caseId())
        && Objects.equals(child(), other.child())
        && Objects.equals(organisation(), other.organisation())
        && Objects.equals(author(), other.author())
        && Objects.equals(createdAt(), other.createdAt())
        && Objects.equals(signedAt(), other.signedAt())
        && Objects.equals(signedBy(), other.signedBy())
        && Objects.equals(withheld(), other.withheld())
        && Objects.equals(disclosure(), other.disclosure());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        documentId(),
        formType(),
        schemaVersion(),
        bbicVersion(),
        status(),
        caseId(),
        child(),
        organisation(),
        author(),
        createdAt(),
        signedAt(),
        signedBy(),
        withheld(),
        disclosure());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "DocumentHeader["
        + "documentId="
        + documentId
        + ", "
        + "formType="
        + formType
        + ", "
        + "status="
        + status
        + ", "
        + "child="
        + child
        + "]";
  }

  /** Builds a {@link DocumentHeader}; not thread-safe. */
  public static final class Builder {

    private UUID documentId;
    private FormType formType;
    private String schemaVersion;
    private String bbicVersion;
    private DocumentStatus status;
    private String caseId;
    private PersonId child;
    private Organisation organisation;
    private CaseWorker author;
    private OffsetDateTime createdAt;
    private OffsetDateTime signedAt;
    private CaseWorker signedBy;
    private final List<String> withheld = new ArrayList<>();
    private Disclosure disclosure;

    private Builder() {}

    /** Dokument-id (Document identifier). */
    public Builder documentId(UUID documentId) {
      this.documentId = documentId;
      return this;
    }

    /** Informationsmängd (Form type). */
    public Builder formType(FormType formType) {
      this.formType = formType;
      return this;
    }

    /** Formatversion (Format version). */
    public Builder schemaVersion(String schemaVersion) {
      this.schemaVersion = schemaVersion;
      return this;
    }

    /** BBIC-version (generation av kodlistor) (BBIC generation of code lists). */
    public Builder bbicVersion(String bbicVersion) {
      this.bbicVersion = bbicVersion;
      return this;
    }

    /** Status (Status). */
    public Builder status(DocumentStatus status) {
      this.status = status;
      return this;
    }

    /** Ärende-/diarienummer (Case number). */
    public Builder caseId(String caseId) {
      this.caseId = caseId;
      return this;
    }

    /** Barnets identitet (The child's identity). */
    public Builder child(PersonId child) {
      this.child = child;
      return this;
    }

    /** Kommun och nämnd (Municipality and committee). */
    public Builder organisation(Organisation organisation) {
      this.organisation = organisation;
      return this;
    }

    /** Handläggare (Author). */
    public Builder author(CaseWorker author) {
      this.author = author;
      return this;
    }

    /** Upprättad (Created at). */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Signerad (Signed at). */
    public Builder signedAt(OffsetDateTime signedAt) {
      this.signedAt = signedAt;
      return this;
    }

    /** Signerad av (Signed by). */
    public Builder signedBy(CaseWorker signedBy) {
      this.signedBy = signedBy;
      return this;
    }

    /** Undanhållna uppgifter (Withheld fields): replaces the list. */
    public Builder withheld(Collection<? extends String> withheld) {
      this.withheld.clear();
      withheld.forEach(this::addWithheld);
      return this;
    }

    /** Adds one to Undanhållna uppgifter (Withheld fields): a wire name of this header's fields. */
    public Builder addWithheld(String field) {
      this.withheld.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /** Utlämnande (Disclosure). */
    public Builder disclosure(Disclosure disclosure) {
      this.disclosure = disclosure;
      return this;
    }

    /** A new {@link DocumentHeader} with this builder's values; the builder can be reused. */
    public DocumentHeader build() {
      return new DocumentHeader(this);
    }
  }

  /**
   * A builder preset for a new document of {@code formType}: a random id, this format version, the
   * current code-list generation, status draft.
   */
  public static Builder newDocument(FormType formType, OffsetDateTime createdAt) {
    return builder()
        .documentId(UUID.randomUUID())
        .formType(formType)
        .schemaVersion(WireFormat.SCHEMA_VERSION)
        .bbicVersion(NeedArea.CURRENT_GENERATION)
        .status(DocumentStatus.DRAFT)
        .createdAt(createdAt);
  }
}
