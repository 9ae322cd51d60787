package org.openbbic.stats;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openbbic.forms.Application;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.stats.internal.CaseMeasures;
import org.openbbic.stats.internal.Dates;
import org.openbbic.stats.internal.Render;

/**
 * A pseudonymised extract for research and national follow-up: one row per case file, per
 * investigation and per intervention decided, keyed by HMAC-SHA256 pseudonyms under a key the
 * caller supplies (the same key gives the same pseudonym for the same child, so extracts link; the
 * identity number itself never appears). No names, addresses, contact details or free text; the
 * birth year instead of the birth date; protected identities left out or flagged ({@link
 * ProtectedIdentities}).
 *
 * <pre>{@code
 * PseudonymisedExtract extract = PseudonymisedExtract.builder().key(secret).build();
 * try (PseudonymisedExtract.Output out = extract.open(directory)) {
 *   caseFiles.forEach(out::add);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe (each call uses its own {@link Mac}); an {@link Output} is not.
 *
 * @since 0.1
 */
public final class PseudonymisedExtract {

  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  /** The file of case rows. */
  public static final String CASE_FILE = "case-files.csv";

  /** The file of investigation rows. */
  public static final String INVESTIGATION_FILE = "investigations.csv";

  /** The file of intervention rows. */
  public static final String INTERVENTION_FILE = "interventions.csv";

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;
  private final ProtectedIdentities protectedIdentities;
  private final char separator;
  private final boolean bom;

  private PseudonymisedExtract(Builder b) {
    this.key = b.key.clone();
    this.protectedIdentities = b.protectedIdentities;
    this.separator = b.separator;
    this.bom = b.bom;
  }

  /** A builder; the key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The keyed pseudonym of {@code text}: HMAC-SHA256 under the key, as 64 lowercase hex digits. */
  public String pseudonym(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is required of every Java platform.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The rows {@code caseFile} contributes (empty when a protected child is left out). */
  public ExtractRows rows(CaseFile caseFile) {
    Objects.requireNonNull(caseFile, "caseFile");
    Person child =
        caseFile.child() != null
            ? caseFile.child()
            : caseFile.basicData() == null ? null : caseFile.basicData().child();
    boolean isProtected =
        (child != null && child.protection() != null && child.protection().isProtected())
            || (caseFile.basicData() != null
                && caseFile.basicData().child() != null
                && caseFile.basicData().child().protection() != null
                && caseFile.basicData().child().protection().isProtected());
    if (isProtected && protectedIdentities == ProtectedIdentities.OMIT) {
      return new ExtractRows(null, List.of(), List.of());
    }
    PersonId id = child == null ? null : child.id();
    String childKey =
        isProtected || id == null || id.value() == null || id.type() == null
            ? ""
            : pseudonym("child:" + id.type().name() + ":" + id.value());
    String caseKey = pseudonym("case:" + caseIdOf(caseFile));
    Optional<Personnummer> number = id == null ? Optional.empty() : id.personnummer();
    LocalDate birth = child == null ? null : child.birthDate();
    if (birth == null) {
      birth = number.map(Personnummer::date).orElse(null);
    }
    String gender = number.flatMap(Personnummer::sex).map(Enum::name).orElse(Measure.UNKNOWN);

    LocalDate start = null;
    for (Report r : caseFile.reports()) {
      start = Dates.min(start, r == null ? null : Dates.swedish(r.receivedAt()));
    }
    for (Application a : caseFile.applications()) {
      start = Dates.min(start, a == null ? null : a.receivedDate());
    }
    for (Investigation i : caseFile.investigations()) {
      start = Dates.min(start, i == null ? null : i.openedAt());
    }
    Closure closure =
        caseFile.closures().stream()
            .filter(c -> c != null && c.closedAt() != null)
            .max(Comparator.comparing(Closure::closedAt))
            .orElse(null);
    Report latestReport =
        caseFile.reports().stream()
            .filter(r -> r != null && r.receivedAt() != null)
            .max(Comparator.comparing(r -> r.receivedAt().toInstant()))
            .orElse(null);
    LocalDate latestApplication =
        caseFile.applications().stream()
            .filter(a -> a != null && a.receivedDate() != null)
            .map(Application::receivedDate)
            .max(Comparator.naturalOrder())
            .orElse(null);
    String latestKind = null;
    String latestReporter = null;
    if (latestReport != null
        && (latestApplication == null
            || !Dates.swedish(latestReport.receivedAt()).isBefore(latestApplication))) {
      latestKind = latestReport.kind() == null ? null : latestReport.kind().name();
      latestReporter =
          latestReport.reporterCategory() == null ? null : latestReport.reporterCategory().name();
    } else if (latestApplication != null) {
      latestKind = "ANSOKAN";
    }
    String municipality =
        caseFile.documents().stream()
            .filter(d -> d != null && d.header() != null && d.header().organisation() != null)
            .map(d -> d.header().organisation().municipalityCode())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    ExtractRows.CaseRow caseRow =
        new ExtractRows.CaseRow(
            caseKey,
            childKey,
            isProtected,
            birth == null ? null : birth.getYear(),
            gender,
            caseFile.basicData() == null ? null : caseFile.basicData().unaccompaniedMinor(),
            municipality,
            start,
            closure == null ? null : closure.closedAt(),
            closure == null || closure.reason() == null ? null : closure.reason().name(),
            (int) caseFile.reports().stream().filter(Objects::nonNull).count(),
            (int) caseFile.applications().stream().filter(Objects::nonNull).count(),
            latestKind,
            latestReporter);

    List<ExtractRows.InvestigationRow> investigations = new ArrayList<>();
    List<Investigation> invs =
        caseFile.investigations().stream()
            .filter(Objects::nonNull)
            .sorted(
                Comparator.comparing(
                    Investigation::openedAt, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    int seq = 0;
    for (Investigation inv : invs) {
      LocalDate opened = inv.openedAt();
      LocalDate completed = inv.completedAt();
      boolean dated = opened != null && completed != null && !completed.isBefore(opened);
      TreeSet<String> assessed = new TreeSet<>();
      TreeSet<String> needs = new TreeSet<>();
      for (NeedAreaAssessment a : inv.assessments()) {
        if (a != null && a.area() != null) {
          assessed.add(a.area().code());
          if (Boolean.TRUE.equals(a.needIdentified())) {
            needs.add(a.area().code());
          }
        }
      }
      investigations.add(
          new ExtractRows.InvestigationRow(
              caseKey,
              childKey,
              ++seq,
              opened,
              completed,
              dated ? ChronoUnit.DAYS.between(opened, completed) : null,
              dated && CaseMeasures.fourMonths(inv) != null
                  ? !completed.isAfter(CaseMeasures.fourMonths(inv))
                  : null,
              inv.extension() != null,
              (int) inv.childConversations().stream().filter(Objects::nonNull).count(),
              inv.childViews() != null && !inv.childViews().isBlank(),
              String.join("|", assessed),
              String.join("|", needs)));
    }

    List<ExtractRows.InterventionRow> interventions = new ArrayList<>();
    List<Decision> decisions =
        caseFile.decisions().stream()
            .filter(Objects::nonNull)
            .sorted(
                Comparator.comparing(
                    Decision::decidedAt, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    seq = 0;
    for (Decision d : decisions) {
      UUID decisionId = d.header() == null ? null : d.header().documentId();
      CarePlan plan =
          decisionId == null
              ? null
              : caseFile.carePlans().stream()
                  .filter(cp -> cp != null && decisionId.equals(cp.decisionId()))
                  .findFirst()
                  .orElse(null);
      for (InterventionKind k : d.interventionKinds()) {
        if (k == null) {
          continue;
        }
        interventions.add(
            new ExtractRows.InterventionRow(
                caseKey,
                childKey,
                ++seq,
                d.decidedAt(),
                d.kind() == null ? null : d.kind().name(),
                k.code(),
                d.legalBasis() == null ? null : d.legalBasis().name(),
                d.validFrom(),
                d.validTo(),
                plan == null || plan.placementForm() == null ? null : plan.placementForm().name(),
                plan == null ? null : plan.placementStart()));
      }
    }
    return new ExtractRows(caseRow, investigations, interventions);
  }

  private static String caseIdOf(CaseFile cf) {
    if (cf.caseId() != null) {
      return cf.caseId();
    }
    return cf.documents().stream()
        .filter(d -> d != null && d.header() != null && d.header().documentId() != null)
        .map(d -> d.header().documentId().toString())
        .min(Comparator.naturalOrder())
        .orElse("");
  }

  /** Opens CSV output of the three files in {@code directory} (created if missing). */
  public Output open(Path directory) throws IOException {
    Files.createDirectories(directory);
    return new Output(
        Files.newOutputStream(directory.resolve(CASE_FILE)),
        Files.newOutputStream(directory.resolve(INVESTIGATION_FILE)),
        Files.newOutputStream(directory.resolve(INTERVENTION_FILE)));
  }

  /** Opens CSV output to three streams (closed with the output). */
  public Output open(OutputStream cases, OutputStream investigations, OutputStream interventions)
      throws IOException {
    return new Output(cases, investigations, interventions);
  }

  /**
   * Streams the rows of case files, one at a time, into three CSV files (UTF-8, header row, CRLF).
   * Not thread-safe.
   *
   * @since 0.1
   */
  public final class Output implements Closeable {
    private final Writer cases;
    private final Writer investigations;
    private final Writer interventions;
    private long caseRows;

    private Output(OutputStream c, OutputStream i, OutputStream v) throws IOException {
      this.cases = writer(c);
      this.investigations = writer(i);
      this.interventions = writer(v);
      line(cases, recordHeader(ExtractRows.CaseRow.class));
      line(investigations, recordHeader(ExtractRows.InvestigationRow.class));
      line(interventions, recordHeader(ExtractRows.InterventionRow.class));
    }

    private Writer writer(OutputStream out) throws IOException {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Adds the rows of one case file; returns this. */
    public Output add(CaseFile caseFile) throws IOException {
      ExtractRows rows = rows(caseFile);
      if (rows.isEmpty()) {
        return this;
      }
      line(cases, values(rows.caseRow()));
      caseRows++;
      for (ExtractRows.InvestigationRow r : rows.investigations()) {
        line(investigations, values(r));
      }
      for (ExtractRows.InterventionRow r : rows.interventions()) {
        line(interventions, values(r));
      }
      return this;
    }

    /** The number of case rows written. */
    public long caseRows() {
      return caseRows;
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Writer w : List.of(cases, investigations, interventions)) {
        try {
          w.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }

    private void line(Writer w, List<String> fields) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          sb.append(separator);
        }
        sb.append(Render.csv(fields.get(i), separator));
      }
      w.write(sb.append("\r\n").toString());
    }
  }

  private static List<String> recordHeader(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
  }

  private static List<String> values(Record r) {
    List<String> out = new ArrayList<>();
    for (var c : r.getClass().getRecordComponents()) {
      try {
        Object v = c.getAccessor().invoke(r);
        out.add(v == null ? "" : v.toString());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("record component unreadable", e);
      }
    }
    return out;
  }

  /**
   * Builds a {@link PseudonymisedExtract}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private byte[] key;
    private ProtectedIdentities protectedIdentities = ProtectedIdentities.OMIT;
    private char separator = ';';
    private boolean bom = true;

    private Builder() {}

    /** The secret HMAC key, at least {@link #MIN_KEY_BYTES} bytes (copied). */
    public Builder key(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < MIN_KEY_BYTES) {
        throw new IllegalArgumentException("key shorter than " + MIN_KEY_BYTES + " bytes");
      }
      this.key = key.clone();
      return this;
    }

    /** Protected identities left out (default) or flagged. */
    public Builder protectedIdentities(ProtectedIdentities policy) {
      this.protectedIdentities = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The CSV separator (default {@code ;}). */
    public Builder separator(char separator) {
      this.separator = PublishOptions.defaults().withSeparator(separator).separator();
      return this;
    }

    /** Whether CSV files begin with a UTF-8 byte-order mark (default on). */
    public Builder byteOrderMark(boolean bom) {
      this.bom = bom;
      return this;
    }

    /**
     * The extract.
     *
     * @throws IllegalStateException without a key
     */
    public PseudonymisedExtract build() {
      if (key == null) {
        throw new IllegalStateException("key missing");
      }
      return new PseudonymisedExtract(this);
    }
  }
}
