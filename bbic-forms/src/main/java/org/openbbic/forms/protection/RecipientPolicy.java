package org.openbbic.forms.protection;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Disclosure;
import org.openbbic.model.ProtectionLevel;

/**
 * Who an output is for, and so which personal data it may disclose: the one policy of every
 * printout ({@code bbic-print}) and every export ({@code bbic-export}).
 *
 * <p>A person is <em>protected</em> when their protection level is not {@link ProtectionLevel#NONE}
 * (sekretessmarkering, skyddad folkbokföring or fingerade personuppgifter). For each level the
 * policy says whether the person's <em>identity</em> (name, identity number, birth date) and their
 * <em>contact details</em> (address, telephone, e-mail) go out. A person whose level is not known —
 * a person record that states none (a draft), or the child of a document taken out of its case file
 * — counts as protected at every level: their data goes out only when it would at each level. Where
 * several records of the same identity number state levels, the highest counts for all.
 *
 * <p>The presets, by {@link #name()}:
 *
 * <ul>
 *   <li>{@link #INTERNAL} ({@code internal}, the default everywhere): the social services' own use;
 *       protected people's addresses and contact details withheld, and with fingerade
 *       personuppgifter their identity too.
 *   <li>{@link #INTERNAL_UNMASKED} ({@code internal-unmasked}): every detail of everyone. Only by
 *       explicit choice; the output says so.
 *   <li>{@link #COURT} ({@code court}): a court or another authority; identities in full, protected
 *       addresses and contact details withheld.
 *   <li>{@link #GUARDIAN} ({@code guardian}): a guardian or the young person; protected people's
 *       identities, addresses and contact details and the reporter's identity withheld, the levels
 *       of protection not printed.
 * </ul>
 *
 * <p>{@link #applyTo(CaseFile)} makes what goes out: a copy without the withheld data, each gap
 * named in the {@code withheld} list of the record it was taken from (see {@link Withheld}), and
 * the policy stated in the root's {@link Disclosure} whenever the value held protected data or
 * anything was withheld. Printers and writers use it, so a printout and an export for the same
 * recipient hold the same data.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientPolicy {

  /** The name of a policy built with {@link #builder()} and not named. */
  public static final String CUSTOM = "custom";

  private static final Set<ProtectionLevel> PROTECTED_LEVELS =
      EnumSet.complementOf(EnumSet.of(ProtectionLevel.NONE));

  /**
   * The default: the social services' own use with protected data withheld. Protected people's
   * addresses and contact details are withheld; with fingerade personuppgifter their name, identity
   * number and birth date too; protection is marked.
   */
  public static final RecipientPolicy INTERNAL =
      builder()
          .name("internal")
          .identityNumbers(true)
          .contactDetails(true)
          .protectedIdentities(true)
          .identity(ProtectionLevel.FINGERADE_PERSONUPPGIFTER, false)
          .protectedContactDetails(false)
          .reporterIdentity(true)
          .protectionMarkers(true)
          .build();

  /**
   * Everything, protected data included, with protection marked: only by explicit choice, and the
   * output says so (a printout on every page, an export in its {@link Disclosure}).
   */
  public static final RecipientPolicy INTERNAL_UNMASKED =
      builder()
          .name("internal-unmasked")
          .identityNumbers(true)
          .contactDetails(true)
          .protectedIdentities(true)
          .protectedContactDetails(true)
          .reporterIdentity(true)
          .protectionMarkers(true)
          .build();

  /**
   * A court or another authority: identities in full, protection marked, protected addresses and
   * contact details withheld.
   */
  public static final RecipientPolicy COURT =
      builder()
          .name("court")
          .identityNumbers(true)
          .contactDetails(true)
          .protectedIdentities(true)
          .protectedContactDetails(false)
          .reporterIdentity(true)
          .protectionMarkers(true)
          .build();

  /**
   * A guardian or the young person: unprotected people in full; protected people's names, numbers,
   * birth dates, addresses and contact details withheld; the reporter's identity withheld; levels
   * of protection not printed.
   */
  public static final RecipientPolicy GUARDIAN =
      builder()
          .name("guardian")
          .identityNumbers(true)
          .contactDetails(true)
          .protectedIdentities(false)
          .protectedContactDetails(false)
          .reporterIdentity(false)
          .protectionMarkers(false)
          .build();

  /** The default policy of printers and writers: {@link #INTERNAL}. */
  public static final RecipientPolicy DEFAULT = INTERNAL;

  private static final List<RecipientPolicy> PRESETS =
      List.of(INTERNAL, INTERNAL_UNMASKED, COURT, GUARDIAN);

  private final String name;
  private final boolean identityNumbers;
  private final boolean contactDetails;
  private final Set<ProtectionLevel> identities;
  private final Set<ProtectionLevel> contacts;
  private final boolean reporterIdentity;
  private final boolean protectionMarkers;

  private RecipientPolicy(Builder b) {
    this.name = b.name;
    this.identityNumbers = b.identityNumbers;
    this.contactDetails = b.contactDetails;
    this.identities = copy(b.identities);
    this.contacts = copy(b.contacts);
    this.reporterIdentity = b.reporterIdentity;
    this.protectionMarkers = b.protectionMarkers;
  }

  private static Set<ProtectionLevel> copy(Set<ProtectionLevel> levels) {
    return levels.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(levels));
  }

  /** The presets, the default first: internal, internal-unmasked, court, guardian. */
  public static List<RecipientPolicy> presets() {
    return PRESETS;
  }

  /** The preset named {@code name} ({@code internal}, {@code internal-unmasked}, ...), if any. */
  public static Optional<RecipientPolicy> preset(String name) {
    return PRESETS.stream().filter(p -> p.name.equals(name)).findFirst();
  }

  /**
   * A builder with every flag off — the most restrictive policy — named {@value #CUSTOM} unless
   * {@link Builder#name named}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this policy's flags, named {@value #CUSTOM}: a changed preset is no longer
   * the preset, so it does not keep its name unless given it again with the same flags.
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .identityNumbers(identityNumbers)
            .contactDetails(contactDetails)
            .reporterIdentity(reporterIdentity)
            .protectionMarkers(protectionMarkers);
    b.identities.addAll(identities);
    b.contacts.addAll(contacts);
    return b;
  }

  /**
   * The policy's name: a preset's ({@code internal}, {@code internal-unmasked}, {@code court},
   * {@code guardian}) or the one a custom policy was given; an export states it in its {@link
   * Disclosure#recipient()}.
   */
  public String name() {
    return name;
  }

  /**
   * Unprotected people's identity numbers in full. Otherwise a printout shows only the birth year
   * and an export withholds the number.
   */
  public boolean identityNumbers() {
    return identityNumbers;
  }

  /** Unprotected people's address, telephone and e-mail. */
  public boolean contactDetails() {
    return contactDetails;
  }

  /**
   * Whether a person of {@code level} goes out with their name, identity number and birth date;
   * {@code null} (the level is not known) answers whether they would at every protected level.
   * Always {@code true} for {@link ProtectionLevel#NONE} (see {@link #identityNumbers()} for the
   * number).
   */
  public boolean showsIdentity(ProtectionLevel level) {
    if (level == ProtectionLevel.NONE) {
      return true;
    }
    return level == null ? identities.containsAll(PROTECTED_LEVELS) : identities.contains(level);
  }

  /**
   * Whether a person of {@code level} goes out with their address, telephone and e-mail; {@code
   * null} (not known) answers whether they would at every protected level.
   */
  public boolean showsContactDetails(ProtectionLevel level) {
    if (level == ProtectionLevel.NONE) {
      return contactDetails;
    }
    return level == null ? contacts.containsAll(PROTECTED_LEVELS) : contacts.contains(level);
  }

  /** Whether every protected person goes out with identity and contact details in full. */
  public boolean showsAllProtectedData() {
    return showsIdentity(null) && showsContactDetails(null);
  }

  /** The name and contact details of the person who made a report (anmälare). */
  public boolean reporterIdentity() {
    return reporterIdentity;
  }

  /**
   * Whether a printout prints a person's level of protection (for example skyddad folkbokföring).
   * An export always carries the level, so that the receiving system goes on protecting the person.
   */
  public boolean protectionMarkers() {
    return protectionMarkers;
  }

  /**
   * The case file as it may go out to this recipient: see the class documentation. Returns {@code
   * caseFile} itself when nothing changes.
   */
  public CaseFile applyTo(CaseFile caseFile) {
    return new Withholder(this).caseFile(Objects.requireNonNull(caseFile, "caseFile"));
  }

  /**
   * One document as it may go out to this recipient, on its own: without its case file only the
   * basic data says how the child is protected, so in any other document the child counts as
   * protected at every level. Returns {@code document} itself when nothing changes.
   */
  public <D extends BbicDocument> D applyTo(D document) {
    return applyTo(document, null);
  }

  /**
   * One document of {@code context} (nullable) as it may go out to this recipient: the case file
   * says how the child and the other people are protected. The statement goes in the document's
   * header. Returns {@code document} itself when nothing changes.
   */
  public <D extends BbicDocument> D applyTo(D document, CaseFile context) {
    return new Withholder(this).document(Objects.requireNonNull(document, "document"), context);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecipientPolicy p
        && p.name.equals(name)
        && p.identityNumbers == identityNumbers
        && p.contactDetails == contactDetails
        && p.identities.equals(identities)
        && p.contacts.equals(contacts)
        && p.reporterIdentity == reporterIdentity
        && p.protectionMarkers == protectionMarkers;
  }

  private boolean sameFlags(RecipientPolicy p) {
    return p.identityNumbers == identityNumbers
        && p.contactDetails == contactDetails
        && p.identities.equals(identities)
        && p.contacts.equals(contacts)
        && p.reporterIdentity == reporterIdentity
        && p.protectionMarkers == protectionMarkers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        identityNumbers,
        contactDetails,
        identities,
        contacts,
        reporterIdentity,
        protectionMarkers);
  }

  @Override
  public String toString() {
    return "RecipientPolicy[name="
        + name
        + ", identityNumbers="
        + identityNumbers
        + ", contactDetails="
        + contactDetails
        + ", identities="
        + identities
        + ", contactDetailsOf="
        + contacts
        + ", reporterIdentity="
        + reporterIdentity
        + ", protectionMarkers="
        + protectionMarkers
        + "]";
  }

  /** Builds a {@link RecipientPolicy}; not thread-safe. */
  public static final class Builder {
    private String name = CUSTOM;
    private boolean identityNumbers;
    private boolean contactDetails;
    private final Set<ProtectionLevel> identities = EnumSet.noneOf(ProtectionLevel.class);
    private final Set<ProtectionLevel> contacts = EnumSet.noneOf(ProtectionLevel.class);
    private boolean reporterIdentity;
    private boolean protectionMarkers;

    private Builder() {}

    /**
     * The name an export states ({@link Disclosure#RECIPIENT_PATTERN}: lower-case letters, digits
     * and {@code -}). A preset's name may only be given to the preset's own flags.
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (!name.matches(Disclosure.RECIPIENT_PATTERN)) {
        throw new IllegalArgumentException(
            "a policy name is lower-case letters, digits and '-', at most 40");
      }
      this.name = name;
      return this;
    }

    /** See {@link RecipientPolicy#identityNumbers()}. */
    public Builder identityNumbers(boolean value) {
      this.identityNumbers = value;
      return this;
    }

    /** See {@link RecipientPolicy#contactDetails()}. */
    public Builder contactDetails(boolean value) {
      this.contactDetails = value;
      return this;
    }

    /**
     * Whether people of a protected {@code level} go out with name, identity number and birth date.
     *
     * @throws IllegalArgumentException for {@link ProtectionLevel#NONE}, whose identity always goes
     *     out (see {@link #identityNumbers(boolean)})
     */
    public Builder identity(ProtectionLevel level, boolean shown) {
      set(identities, level, shown);
      return this;
    }

    /**
     * Whether people of a protected {@code level} go out with address, telephone and e-mail.
     *
     * @throws IllegalArgumentException for {@link ProtectionLevel#NONE} (see {@link
     *     #contactDetails(boolean)})
     */
    public Builder contactDetails(ProtectionLevel level, boolean shown) {
      set(contacts, level, shown);
      return this;
    }

    /** {@link #identity(ProtectionLevel, boolean)} for every protected level. */
    public Builder protectedIdentities(boolean shown) {
      PROTECTED_LEVELS.forEach(l -> identity(l, shown));
      return this;
    }

    /** {@link #contactDetails(ProtectionLevel, boolean)} for every protected level. */
    public Builder protectedContactDetails(boolean shown) {
      PROTECTED_LEVELS.forEach(l -> contactDetails(l, shown));
      return this;
    }

    private static void set(Set<ProtectionLevel> set, ProtectionLevel level, boolean shown) {
      if (Objects.requireNonNull(level, "level") == ProtectionLevel.NONE) {
        throw new IllegalArgumentException("NONE is not a protected level");
      }
      if (shown) {
        set.add(level);
      } else {
        set.remove(level);
      }
    }

    /** See {@link RecipientPolicy#reporterIdentity()}. */
    public Builder reporterIdentity(boolean value) {
      this.reporterIdentity = value;
      return this;
    }

    /** See {@link RecipientPolicy#protectionMarkers()}. */
    public Builder protectionMarkers(boolean value) {
      this.protectionMarkers = value;
      return this;
    }

    /**
     * A new policy with these flags; the builder can be reused.
     *
     * @throws IllegalArgumentException when the name is a preset's and the flags are not
     */
    public RecipientPolicy build() {
      RecipientPolicy built = new RecipientPolicy(this);
      // PRESETS is null while the presets themselves are built.
      if (PRESETS != null) {
        for (RecipientPolicy p : PRESETS) {
          if (p.name.equals(built.name) && !p.sameFlags(built)) {
            throw new IllegalArgumentException(
                "the name " + built.name + " belongs to a preset with other flags");
          }
        }
      }
      return built;
    }
  }
}
