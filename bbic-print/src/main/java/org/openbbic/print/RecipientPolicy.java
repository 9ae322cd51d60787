package org.openbbic.print;

import java.util.Objects;

/**
 * Who a printout is for, and so which personal data it may show.
 *
 * <p>A person is <em>protected</em> when {@code Person.protection().isProtected()}
 * (sekretessmarkering, skyddad folkbokföring or fingerade personuppgifter). A protected person's
 * address and contact details appear only when {@link #protectedContactDetails()} allows it, and a
 * protected person's name and identity number only when {@link #protectedIdentities()} allows it;
 * otherwise the printout says that the data is withheld. A person whose protection the printer
 * cannot see (for example the child of a single document printed without its case file) counts as
 * protected.
 *
 * <p>The presets: {@link #INTERNAL} (the social services' own file: everything), {@link #COURT} (a
 * court or another authority: identities in full, protected addresses withheld) and {@link
 * #GUARDIAN} (a guardian or the young person: protected identities and addresses and the reporter's
 * identity withheld). Build others with {@link #builder()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientPolicy {

  /** The social services' own file: every detail, with protection marked. */
  public static final RecipientPolicy INTERNAL =
      builder()
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
          .identityNumbers(true)
          .contactDetails(true)
          .protectedIdentities(true)
          .protectedContactDetails(false)
          .reporterIdentity(true)
          .protectionMarkers(true)
          .build();

  /**
   * A guardian or the young person: unprotected people in full; protected people's names, numbers,
   * addresses and contact details withheld; the reporter's identity withheld.
   */
  public static final RecipientPolicy GUARDIAN =
      builder()
          .identityNumbers(true)
          .contactDetails(true)
          .protectedIdentities(false)
          .protectedContactDetails(false)
          .reporterIdentity(false)
          .protectionMarkers(false)
          .build();

  private final boolean identityNumbers;
  private final boolean contactDetails;
  private final boolean protectedIdentities;
  private final boolean protectedContactDetails;
  private final boolean reporterIdentity;
  private final boolean protectionMarkers;

  private RecipientPolicy(Builder b) {
    this.identityNumbers = b.identityNumbers;
    this.contactDetails = b.contactDetails;
    this.protectedIdentities = b.protectedIdentities;
    this.protectedContactDetails = b.protectedContactDetails;
    this.reporterIdentity = b.reporterIdentity;
    this.protectionMarkers = b.protectionMarkers;
  }

  /** A builder with every flag off: the most restrictive policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's flags. */
  public Builder toBuilder() {
    return new Builder()
        .identityNumbers(identityNumbers)
        .contactDetails(contactDetails)
        .protectedIdentities(protectedIdentities)
        .protectedContactDetails(protectedContactDetails)
        .reporterIdentity(reporterIdentity)
        .protectionMarkers(protectionMarkers);
  }

  /** Unprotected people's identity numbers in full (otherwise only the birth year). */
  public boolean identityNumbers() {
    return identityNumbers;
  }

  /** Unprotected people's address, telephone and e-mail. */
  public boolean contactDetails() {
    return contactDetails;
  }

  /** Protected people's names, birth dates and identity numbers. */
  public boolean protectedIdentities() {
    return protectedIdentities;
  }

  /** Protected people's address, telephone and e-mail. */
  public boolean protectedContactDetails() {
    return protectedContactDetails;
  }

  /** The name and contact details of the person who made a report (anmälare). */
  public boolean reporterIdentity() {
    return reporterIdentity;
  }

  /** Whether a person's level of protection (for example skyddad folkbokföring) is printed. */
  public boolean protectionMarkers() {
    return protectionMarkers;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecipientPolicy
        && ((RecipientPolicy) o).identityNumbers == identityNumbers
        && ((RecipientPolicy) o).contactDetails == contactDetails
        && ((RecipientPolicy) o).protectedIdentities == protectedIdentities
        && ((RecipientPolicy) o).protectedContactDetails == protectedContactDetails
        && ((RecipientPolicy) o).reporterIdentity == reporterIdentity
        && ((RecipientPolicy) o).protectionMarkers == protectionMarkers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        identityNumbers,
        contactDetails,
        protectedIdentities,
        protectedContactDetails,
        reporterIdentity,
        protectionMarkers);
  }

  @Override
  public String toString() {
    return "RecipientPolicy[identityNumbers="
        + identityNumbers
        + ", contactDetails="
        + contactDetails
        + ", protectedIdentities="
        + protectedIdentities
        + ", protectedContactDetails="
        + protectedContactDetails
        + ", reporterIdentity="
        + reporterIdentity
        + ", protectionMarkers="
        + protectionMarkers
        + "]";
  }

  /** Builds a {@link RecipientPolicy}; not thread-safe. */
  public static final class Builder {
    private boolean identityNumbers;
    private boolean contactDetails;
    private boolean protectedIdentities;
    private boolean protectedContactDetails;
    private boolean reporterIdentity;
    private boolean protectionMarkers;

    private Builder() {}

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

    /** See {@link RecipientPolicy#protectedIdentities()}. */
    public Builder protectedIdentities(boolean value) {
      this.protectedIdentities = value;
      return this;
    }

    /** See {@link RecipientPolicy#protectedContactDetails()}. */
    public Builder protectedContactDetails(boolean value) {
      this.protectedContactDetails = value;
      return this;
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

    /** A new policy with these flags; the builder can be reused. */
    public RecipientPolicy build() {
      return new RecipientPolicy(this);
    }
  }
}
