package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Kommunicering (Communication to the parties).
 *
 * <p>Whether, when and how the investigation was communicated to the parties before the decision
 * (förvaltningslagen 25 §, SOSFS 2014:5).
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
      "communicated",
      "communicatedAt",
      "method",
      "recipients",
      "response",
      "notCommunicatedReason"
    })
@JsonPropertyOrder({
  "communicated",
  "communicatedAt",
  "method",
  "recipients",
  "response",
  "notCommunicatedReason"
})
public final class Communication {

  /** Kommunicerat (Communicated). */
  @NotNull(groups = Complete.class)
  private Boolean communicated;

  /** Datum (Date). */
  @XmlSchemaType(name = "date")
  private LocalDate communicatedAt;

  /** Hur (How). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String method;

  /** Till vem (To whom). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String recipients;

  /** Synpunkter (Response). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String response;

  /** Skäl till att inte kommunicera (Why not communicated). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String notCommunicatedReason;

  private Communication() {
    // for the binding frameworks only
  }

  private Communication(Builder builder) {
    this.communicated = builder.communicated;
    this.communicatedAt = builder.communicatedAt;
    this.method = builder.method;
    this.recipients = builder.recipients;
    this.response = builder.response;
    this.notCommunicatedReason = builder.notCommunicatedReason;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.communicated = communicated;
    builder.communicatedAt = communicatedAt;
    builder.method = method;
    builder.recipients = recipients;
    builder.response = response;
    builder.notCommunicatedReason = notCommunicatedReason;
    return builder;
  }

  /** Kommunicerat (Communicated). */
  public Boolean communicated() {
    return communicated;
  }

  /** Datum (Date). */
  public LocalDate communicatedAt() {
    return communicatedAt;
  }

  /** Hur (How). */
  public String method() {
    return method;
  }

  /** Till vem (To whom). */
  public String recipients() {
    return recipients;
  }

  /** Synpunkter (Response). */
  public String response() {
    return response;
  }

  /** Skäl till att inte kommunicera (Why not communicated). */
  public String notCommunicatedReason() {
    return notCommunicatedReason;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Communication)) {
      return false;
    }
    Communication other = (Communication) o;
    return Objects.equals(communicated(), other.communicated())
        && Objects.equals(communicatedAt(), other.communicatedAt())
        && Objects.equals(method(), other.method())
        && Objects.equals(recipients(), other.recipients())
        && Objects.equals(response(), other.response())
        && Objects.equals(notCommunicatedReason(), other.notCommunicatedReason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        communicated(),
        communicatedAt(),
        method(),
        recipients(),
        response(),
        notCommunicatedReason());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Communication[]";
  }

  /** Builds a {@link Communication}; not thread-safe. */
  public static final class Builder {

    private Boolean communicated;
    private LocalDate communicatedAt;
    private String method;
    private String recipients;
    private String response;
    private String notCommunicatedReason;

    private Builder() {}

    /** Kommunicerat (Communicated). */
    public Builder communicated(Boolean communicated) {
      this.communicated = communicated;
      return this;
    }

    /** Datum (Date). */
    public Builder communicatedAt(LocalDate communicatedAt) {
      this.communicatedAt = communicatedAt;
      return this;
    }

    /** Hur (How). */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /** Till vem (To whom). */
    public Builder recipients(String recipients) {
      this.recipients = recipients;
      return this;
    }

    /** Synpunkter (Response). */
    public Builder response(String response) {
      this.response = response;
      return this;
    }

    /** Skäl till att inte kommunicera (Why not communicated). */
    public Builder notCommunicatedReason(String notCommunicatedReason) {
      this.notCommunicatedReason = notCommunicatedReason;
      return this;
    }

    /** A new {@link Communication} with this builder's values; the builder can be reused. */
    public Communication build() {
      return new Communication(this);
    }
  }
}
