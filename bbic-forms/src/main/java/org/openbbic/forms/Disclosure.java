package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.level.Draft;

/**
 * Utlämnande (Disclosure): the statement an export carries of the recipient policy it was written
 * under, when that policy had protected personal data to decide on.
 *
 * <p>It stands on the root of what was written: the case file, or the header of a document written
 * on its own. What the policy withheld is named where it was withheld (the {@code withheld} lists
 * of a person, a document header or a report); what is not named there was sent in full, so a
 * {@code recipient} that shows protected data (for example {@code internal-unmasked}) says that
 * protected data was disclosed by an explicit choice.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"recipient"})
@JsonPropertyOrder({"recipient"})
public final class Disclosure {

  /** The form of a recipient policy's name. */
  public static final String RECIPIENT_PATTERN = "^[a-z0-9][a-z0-9-]{0,39}$";

  /**
   * Mottagare (Recipient): the name of the recipient policy, e.g. {@code internal}, {@code
   * internal-unmasked}, {@code court} or {@code guardian}.
   */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = RECIPIENT_PATTERN, groups = Draft.class)
  private String recipient;

  private Disclosure() {
    // for the binding frameworks only
  }

  private Disclosure(Builder builder) {
    this.recipient = builder.recipient;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A statement of the recipient policy named {@code recipient}. */
  public static Disclosure of(String recipient) {
    return builder().recipient(Objects.requireNonNull(recipient, "recipient")).build();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.recipient = recipient;
    return builder;
  }

  /** Mottagare (Recipient): the name of the recipient policy. */
  public String recipient() {
    return recipient;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Disclosure)) {
      return false;
    }
    Disclosure other = (Disclosure) o;
    return Objects.equals(recipient(), other.recipient());
  }

  @Override
  public int hashCode() {
    return Objects.hash(recipient());
  }

  /** The policy's name is a code, not personal data; but free text never appears here. */
  @Override
  public String toString() {
    return "Disclosure["
        + "recipient="
        + (recipient != null && recipient.matches(RECIPIENT_PATTERN) ? recipient : "?")
        + "]";
  }

  /** Builds a {@link Disclosure}; not thread-safe. */
  public static final class Builder {

    private String recipient;

    private Builder() {}

    /** Mottagare (Recipient): the name of the recipient policy. */
    public Builder recipient(String recipient) {
      this.recipient = recipient;
      return this;
    }

    /** A new {@link Disclosure} with this builder's values; the builder can be reused. */
    public Disclosure build() {
      return new Disclosure(this);
    }
  }
}
