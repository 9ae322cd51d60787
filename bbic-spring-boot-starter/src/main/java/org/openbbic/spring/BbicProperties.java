package org.openbbic.spring;

import java.util.Locale;
import org.openbbic.export.ReadLimits;
import org.openbbic.export.Strictness;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code openbbic.*} configuration: how request bodies are read and judged, and for whom
 * response bodies are written.
 *
 * <pre>
 * openbbic.level=signed
 * openbbic.language=en
 * openbbic.recipient=court
 * openbbic.limits.max-document-size=4MB
 * </pre>
 *
 * <p>Not thread-safe while bound; read once at start-up.
 *
 * @since 0.1
 */
@ConfigurationProperties(prefix = "openbbic")
public class BbicProperties {

  /**
   * Validation level every request body is judged at after it is read: draft (the default),
   * complete or signed. A body with an ERROR finding at this level is refused with 422.
   */
  private ValidationLevel level = ValidationLevel.DRAFT;

  /**
   * Strict (the default): an unknown or repeated field refuses the body. Lenient: such fields are
   * warnings and the body is read.
   */
  private Strictness strictness = Strictness.STRICT;

  /**
   * Language of finding messages and problem titles: sv (the default) or en. A request whose
   * Accept-Language asks for sv or en first gets that language.
   */
  private Locale language = Locale.forLanguageTag("sv-SE");

  /**
   * Recipient policy of every response body: internal (the default, protected people's data
   * withheld), internal-unmasked, court or guardian.
   */
  private String recipient = "internal";

  /** Hard limits on every request body, checked while it is read. */
  private final Limits limits = new Limits();

  public ValidationLevel getLevel() {
    return level;
  }

  public void setLevel(ValidationLevel level) {
    this.level = level;
  }

  public Strictness getStrictness() {
    return strictness;
  }

  public void setStrictness(Strictness strictness) {
    this.strictness = strictness;
  }

  public Locale getLanguage() {
    return language;
  }

  public void setLanguage(Locale language) {
    this.language = language;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public Limits getLimits() {
    return limits;
  }

  /**
   * The recipient policy named by {@link #getRecipient()}.
   *
   * @throws IllegalStateException when no preset has that name
   */
  public RecipientPolicy recipientPolicy() {
    return RecipientPolicy.preset(recipient)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "openbbic.recipient="
                        + recipient
                        + " names no recipient policy; use one of "
                        + RecipientPolicy.presets().stream().map(RecipientPolicy::name).toList()));
  }

  /**
   * The hard limits on a request body, in openbbic's {@link ReadLimits}. The defaults are written
   * out (so that the configuration metadata shows them) and equal {@link ReadLimits#defaults()}.
   */
  public static class Limits {

    /** Largest body. */
    private DataSize maxDocumentSize = DataSize.ofMegabytes(16);

    /** Deepest nesting of JSON objects and arrays or XML elements (at most 90). */
    private int maxDepth = 32;

    /** Longest string value or text node, in characters. */
    private int maxStringLength = 200_000;

    /** Longest JSON number, in characters. */
    private int maxNumberLength = 32;

    /** Longest property or element name, in characters. */
    private int maxNameLength = 100;

    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    public int getMaxDepth() {
      return maxDepth;
    }

    public void setMaxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
    }

    public int getMaxStringLength() {
      return maxStringLength;
    }

    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    public int getMaxNameLength() {
      return maxNameLength;
    }

    public void setMaxNameLength(int maxNameLength) {
      this.maxNameLength = maxNameLength;
    }

    /**
     * These limits as {@link ReadLimits}.
     *
     * @throws IllegalArgumentException when a limit is out of its range
     */
    public ReadLimits toReadLimits() {
      return ReadLimits.builder()
          .maxDocumentBytes(maxDocumentSize.toBytes())
          .maxDepth(maxDepth)
          .maxStringLength(maxStringLength)
          .maxNumberLength(maxNumberLength)
          .maxNameLength(maxNameLength)
          .build();
    }
  }
}
