package org.openbbic.export;

/**
 * Hard limits on an untrusted payload, checked while it is read, before anything is bound. A
 * payload over a limit is refused with a FATAL finding that names the limit ({@link
 * ExportCodes#LIMIT_DOCUMENT_SIZE} and friends). The same limits apply to JSON and XML, and to each
 * record of a batch.
 *
 * <p>The defaults fit BBIC documents with room to spare: free text is at most {@link
 * org.openbbic.model.TextLimits#LONG} characters by validation, and a case file nests about ten
 * levels.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReadLimits {

  /** Default largest payload (or batch record): 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /** Default deepest nesting of objects and arrays (JSON) or elements (XML): 32. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** Default longest string value or text node, in characters: 200,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 200_000;

  /** Default longest number, in characters: 32. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;

  /** Default longest field (property or element) name, in characters: 100. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 100;

  private static final ReadLimits DEFAULTS = builder().build();

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private ReadLimits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxDepth = b.maxDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder preset with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these limits. */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentBytes(maxDocumentBytes)
        .maxDepth(maxDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength);
  }

  /** The largest payload, or batch record, in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of objects and arrays (JSON) or elements (XML). */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string value (JSON) or text node (XML), in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number, in characters (JSON; the XML format has no numeric fields, its texts fall
   * under {@link #maxStringLength()}).
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The longest property name (JSON) or element name (XML), in characters. */
  public int maxNameLength() {
    return maxNameLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits r
        && r.maxDocumentBytes == maxDocumentBytes
        && r.maxDepth == maxDepth
        && r.maxStringLength == maxStringLength
        && r.maxNumberLength == maxNumberLength
        && r.maxNameLength == maxNameLength;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  @Override
  public String toString() {
    return "ReadLimits[maxDocumentBytes="
        + maxDocumentBytes
        + ", maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + "]";
  }

  /** Builds {@link ReadLimits}; every value must be positive. Not thread-safe. */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;

    private Builder() {}

    /** The largest payload, or batch record, in bytes (at most {@code Integer.MAX_VALUE - 8}). */
    public Builder maxDocumentBytes(long value) {
      if (value < 1 || value > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxDocumentBytes out of range");
      }
      this.maxDocumentBytes = value;
      return this;
    }

    /** The deepest nesting; at most 90, below the XML parsers' own element-depth caps. */
    public Builder maxDepth(int value) {
      if (value < 1 || value > 90) {
        throw new IllegalArgumentException("maxDepth out of range 1-90");
      }
      this.maxDepth = value;
      return this;
    }

    /** The longest string value or text node, in characters. */
    public Builder maxStringLength(int value) {
      this.maxStringLength = positive(value, "maxStringLength");
      return this;
    }

    /** The longest number, in characters. */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = positive(value, "maxNumberLength");
      return this;
    }

    /** The longest property or element name, in characters. */
    public Builder maxNameLength(int value) {
      this.maxNameLength = positive(value, "maxNameLength");
      return this;
    }

    /** The limits. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
