package org.openbbic.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openbbic.model.law.Confidence;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.internal.ConstraintCodes;
import org.openbbic.validation.internal.SystemCodes;

/**
 * Every code the library and its tools can report: field constraints, the built-in rules, the
 * validator's own failures and the codes of every {@link CodeTable} found on the module or class
 * path (the readers' syntax and schema codes, the command-line tool's), each with its default
 * severity, the level a rule runs at, its source, its Swedish and English texts and the provisions
 * it cites (by date). {@link #markdown()} renders the published catalogue {@code docs/rules.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleCatalogue {

  private static final Locale SV = Locale.forLanguageTag("sv");

  private static final Pattern FAMILY = Pattern.compile("BBIC-([A-Z]+)-[0-9]{3}");

  /**
   * The families in catalogue order, each with its Markdown heading and a sentence on where its
   * codes come from; a code of another form is listed last, under "Other codes".
   */
  private static final Map<String, String[]> FAMILIES = families();

  private RuleCatalogue() {}

  private static Map<String, String[]> families() {
    Map<String, String[]> f = new LinkedHashMap<>();
    f.put(
        "FLD",
        new String[] {
          "Field constraints",
          "The typed model's field constraints at the validation level asked for (bbic-validation);"
              + " `{field}` is the field's wire name."
        });
    f.put(
        "SYN",
        new String[] {
          "Syntax and limits",
          "bbic-export's readers: the payload cannot be parsed, or a read limit (`ReadLimits`) or"
              + " the refusal of DTDs stops it. Nothing after a FATAL finding is checked."
        });
    f.put(
        "SCH",
        new String[] {
          "Schema",
          "bbic-export's readers: the payload parses but does not fit the published XSD or JSON"
              + " Schema."
        });
    f.put("DOC", new String[] {"Document rules", "Rules over one document (bbic-validation)."});
    f.put(
        "CASE",
        new String[] {"Case-chain rules", "Rules over a child's case file (bbic-validation)."});
    f.put(
        "SYS",
        new String[] {
          "System",
          "The validator's own failures: a defect to report to the supplier, not a fault of the"
              + " document."
        });
    f.put(
        "CLI",
        new String[] {"Command-line tool", "`bin/bbic`'s findings about its FILE arguments."});
    return f;
  }

  /**
   * One catalogue entry. Immutable and thread-safe.
   *
   * @since 0.1
   */
  public static final class Entry {
    private final String code;
    private final Severity severity;
    private final Severity lenientSeverity;
    private final FindingSource source;
    private final ValidationLevel level;
    private final String legalTopic;
    private final MessageBundle messages;
    private final Set<Severity> graded;

    private Entry(
        String code,
        Severity severity,
        Severity lenientSeverity,
        FindingSource source,
        ValidationLevel level,
        String legalTopic,
        MessageBundle messages,
        Set<Severity> graded) {
      this.code = Objects.requireNonNull(code, "code");
      this.severity = Objects.requireNonNull(severity, "severity");
      this.lenientSeverity = lenientSeverity;
      this.source = Objects.requireNonNull(source, "source");
      this.level = level;
      this.legalTopic = legalTopic;
      this.messages = Objects.requireNonNull(messages, "messages");
      this.graded = Set.copyOf(graded);
    }

    /**
     * An entry of {@code code} with its default severity, its source and the bundle that holds its
     * Swedish and English texts under the key {@code code}; no level, legal topic or lenient
     * severity (add them with the {@code with...} methods).
     */
    public static Entry of(
        String code, Severity severity, FindingSource source, MessageBundle messages) {
      return new Entry(code, severity, null, source, null, null, messages, Set.of());
    }

    /** This entry with the lowest validation level its rule runs at. */
    public Entry withLevel(ValidationLevel newLevel) {
      return new Entry(
          code, severity, lenientSeverity, source, newLevel, legalTopic, messages, graded);
    }

    /** This entry citing the provisions of {@code topic} in {@code LegalProvisions}. */
    public Entry withLegalTopic(String topic) {
      return new Entry(code, severity, lenientSeverity, source, level, topic, messages, graded);
    }

    /**
     * This entry with the severity a lenient reader (bbic-export's {@code Strictness.LENIENT},
     * {@code bbic validate --lenient}) gives it instead of the default.
     */
    public Entry withLenientSeverity(Severity lenient) {
      return new Entry(code, severity, lenient, source, level, legalTopic, messages, graded);
    }

    /**
     * This entry with the other severities its findings may have by circumstance (see {@link
     * Rule#gradedSeverities()}).
     */
    public Entry withGradedSeverities(Set<Severity> severities) {
      return new Entry(
          code, severity, lenientSeverity, source, level, legalTopic, messages, severities);
    }

    /**
     * The severities other than the default that a finding of this code may have by circumstance (a
     * date after the day judged on is an ERROR only at SIGNED; a rule resting on a fact found in no
     * source gives at most a WARNING); empty for a code always reported at its default.
     */
    public Set<Severity> gradedSeverities() {
      return graded;
    }

    /** The stable code. */
    public String code() {
      return code;
    }

    /**
     * The family of the code: {@code FLD}, {@code SYN}, {@code SCH}, {@code DOC}, {@code CASE},
     * {@code SYS} or {@code CLI} for {@code BBIC-FAMILY-nnn}; {@code ""} for a code of another
     * form.
     */
    public String family() {
      Matcher m = FAMILY.matcher(code);
      return m.matches() ? m.group(1) : "";
    }

    /** The default severity (the severity of a strict reader where the two differ). */
    public Severity severity() {
      return severity;
    }

    /** The severity in a lenient reader, when it differs from {@link #severity()}. */
    public Optional<Severity> lenientSeverity() {
      return Optional.ofNullable(lenientSeverity);
    }

    /** Where findings of this code come from. */
    public FindingSource source() {
      return source;
    }

    /** The lowest validation level a rule runs at; empty for a code that is not a rule's. */
    public Optional<ValidationLevel> level() {
      return Optional.ofNullable(level);
    }

    /** The topic of {@code LegalProvisions} cited, if any. */
    public Optional<String> legalTopic() {
      return Optional.ofNullable(legalTopic);
    }

    /** Every provision the code may cite, oldest first. */
    public List<LegalBasis> legalBases() {
      return legalTopic == null ? List.of() : LegalProvisions.allForTopic(legalTopic);
    }

    /** The raw text (with placeholders) in Swedish unless {@code locale} is English. */
    public Optional<String> template(Locale locale) {
      return messages.template(code, locale);
    }

    /** The code. */
    @Override
    public String toString() {
      return code;
    }
  }

  /**
   * Every code: the validator's (constraints, built-in rules, system codes) and every {@link
   * CodeTable}'s, by family (field constraints, syntax, schema, document rules, case rules, system,
   * command-line tool, others), in a stable order within each.
   *
   * @throws IllegalStateException when two entries share a code
   */
  public static List<Entry> entries() {
    return entries(Rules.builtIn());
  }

  /** Like {@link #entries()}, with {@code rules} instead of the built-in rules. */
  public static List<Entry> entries(List<Rule> rules) {
    return entries(rules, codeTables());
  }

  /** The entry of {@code code}, if the catalogue has it. */
  public static Optional<Entry> entry(String code) {
    return entries().stream().filter(e -> e.code().equals(code)).findFirst();
  }

  static List<Entry> entries(List<Rule> rules, List<CodeTable> tables) {
    List<Entry> out = new ArrayList<>();
    for (String code : ConstraintCodes.ALL) {
      out.add(
          Entry.of(
              code, ConstraintCodes.severity(code), FindingSource.CONSTRAINT, Messages.bundle()));
    }
    // The sources a system finding is reported with (BbicValidator): a failed rule in the rule
    // stage, failed constraint validation in the constraint stage.
    out.add(
        Entry.of(SystemCodes.RULE_FAILED, Severity.ERROR, FindingSource.RULE, Messages.bundle()));
    out.add(
        Entry.of(
            SystemCodes.CONSTRAINTS_FAILED,
            Severity.FATAL,
            FindingSource.CONSTRAINT,
            Messages.bundle()));
    for (Rule r : rules) {
      Entry e =
          Entry.of(r.code(), r.defaultSeverity(), FindingSource.RULE, r.messages())
              .withLevel(r.minimumLevel())
              .withGradedSeverities(r.gradedSeverities());
      out.add(r.legalTopic().map(e::withLegalTopic).orElse(e));
    }
    for (CodeTable t : tables) {
      out.addAll(t.entries());
    }
    Set<String> seen = new HashSet<>();
    for (Entry e : out) {
      if (!seen.add(e.code())) {
        throw new IllegalStateException("Two catalogue entries share the code " + e.code());
      }
    }
    List<String> order = new ArrayList<>(FAMILIES.keySet());
    out.sort(
        Comparator.comparingInt(
            e -> order.contains(e.family()) ? order.indexOf(e.family()) : order.size()));
    return List.copyOf(out);
  }

  /** The code tables on the module or class path, in the order of their class names. */
  private static List<CodeTable> codeTables() {
    List<CodeTable> out = new ArrayList<>();
    ServiceLoader.load(CodeTable.class, RuleCatalogue.class.getClassLoader()).forEach(out::add);
    out.sort(Comparator.comparing(t -> t.getClass().getName()));
    return out;
  }

  /**
   * A provision as the catalogue cites it: {@link LegalBasis#cite(Locale)} and the period it was in
   * force, such as {@code 11 kap. 2 § socialtjänstlagen (2001:453) (till 2025-06-30)}. The one
   * place a catalogue entry's provision is put into words, for {@code docs/rules.md} and {@code
   * bbic rules}.
   */
  public static String cite(LegalBasis basis, Locale locale) {
    boolean en = MessageBundle.isEnglish(locale);
    StringBuilder s = new StringBuilder(basis.cite(locale));
    if (basis.validFrom() != null || basis.validTo() != null) {
      s.append(" (");
      if (basis.validFrom() != null) {
        s.append(en ? "from " : "från ").append(basis.validFrom());
      }
      if (basis.validFrom() != null && basis.validTo() != null) {
        s.append(", ");
      }
      if (basis.validTo() != null) {
        s.append(en ? "until " : "till ").append(basis.validTo());
      }
      s.append(')');
    }
    basis.scope().ifPresent(scope -> s.append(" [").append(scope).append(']'));
    basis.limit().ifPresent(limit -> s.append(en ? ", limit " : ", frist ").append(limit));
    if (basis.confidence() == Confidence.LIKELY) {
      s.append(en ? ", likely (secondary sources)" : ", sannolikt (andrahandskällor)");
    } else if (basis.confidence() == Confidence.NOT_FOUND) {
      s.append(en ? ", not found in any source" : ", ej belagt i någon källa");
    }
    if (!basis.source().isEmpty()) {
      s.append(en ? "; source: " : "; källa: ").append(basis.source());
    }
    return s.toString();
  }

  /** The catalogue as Markdown: one table per family, texts in Swedish and English. */
  public static String markdown() {
    return markdown(entries());
  }

  static String markdown(List<Entry> entries) {
    StringBuilder s = new StringBuilder();
    s.append("# openbbic finding codes\n\n");
    s.append("Generated by `CodeCatalogueTest` (bbic-cli) from the code tables and message bundles")
        .append(" of every module; do not edit by hand.\n\n");
    s.append("Every code that the library (validator and readers) and the `bbic` tool can report,")
        .append(
            " also printed by `bbic rules` (`--format json` for programs). Codes are stable and")
        .append(" never reused.\n\n");
    s.append("- **Severity** is the default; callers may re-grade or suppress a code. \"ERROR")
        .append(" (lenient: WARNING)\" is an error of a strict reader (the default) and a warning")
        .append(" of a lenient one (`Strictness.LENIENT`, `bbic validate --lenient`).\n");
    s.append("- **Level** is the lowest validation level a rule runs at (DRAFT: every level;")
        .append(" COMPLETE: complete and signed); a code that does not come from a rule has –.\n");
    s.append("- **Source** is the stage that reports the code: SYNTAX, SCHEMA, CONSTRAINT or RULE.")
        .append(" A system code has the stage that failed; the tool's codes are SYNTAX, like a")
        .append(" reader's BBIC-SYN-008: the input could not be had at all.\n");
    s.append("- **Legal basis**: a rule cites the provision in force on the date of the event it")
        .append(" checks: SoL (2001:453) until 30 June 2025, SoL (2025:400) from 1 July 2025.")
        .append(" Provision numbers not confirmed in a primary source are marked. Each")
        .append(" provision shows the period it applied, the case it is for (a care or follow-up")
        .append(" basis, in brackets), its time limit (ISO 8601), its confidence when not")
        .append(" confirmed, and where it was read. A provision changed by a later act is one")
        .append(" entry per period.\n");
    s.append("- **Graded by circumstance**: a finding that rests on a fact not found in any source")
        .append(" is at most a WARNING; BBIC-DOC-020 (a date after the day judged on) is an ERROR")
        .append(" at SIGNED and a WARNING below; BBIC-CASE-018 and BBIC-CASE-023 (missing")
        .append(" genomförandeplan or vårdplan for a placement) are a WARNING for 30 days after")
        .append(" the decision and an ERROR after (the library's choice, not law).\n");
    Map<String, List<Entry>> byFamily = new LinkedHashMap<>();
    FAMILIES.keySet().forEach(f -> byFamily.put(f, new ArrayList<>()));
    for (Entry e : entries) {
      byFamily
          .computeIfAbsent(
              FAMILIES.containsKey(e.family()) ? e.family() : "", k -> new ArrayList<>())
          .add(e);
    }
    for (Map.Entry<String, List<Entry>> family : byFamily.entrySet()) {
      if (family.getValue().isEmpty()) {
        continue;
      }
      String[] about = FAMILIES.get(family.getKey());
      s.append("\n## ");
      if (about == null) {
        s.append("Other codes\n\n");
      } else {
        s.append(about[0]).append(" (BBIC-").append(family.getKey()).append(")\n\n");
        s.append(about[1]).append("\n\n");
      }
      s.append("| Code | Severity | Level | Source | Svenska | English | Legal basis |\n");
      s.append("|---|---|---|---|---|---|---|\n");
      for (Entry e : family.getValue()) {
        row(s, e);
      }
    }
    return s.toString();
  }

  private static void row(StringBuilder s, Entry e) {
    String severity =
        e.severity()
            + e.lenientSeverity().map(l -> " (lenient: " + l + ")").orElse("")
            + (e.gradedSeverities().isEmpty()
                ? ""
                : " (also "
                    + e.gradedSeverities().stream()
                        .sorted()
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))
                    + " by circumstance)");
    String basis = e.legalBases().stream().map(b -> cite(b, SV)).collect(Collectors.joining("; "));
    s.append("| ")
        .append(e.code())
        .append(" | ")
        .append(severity)
        .append(" | ")
        .append(e.level().map(Enum::name).orElse("–"))
        .append(" | ")
        .append(e.source())
        .append(" | ")
        .append(cell(e.template(SV).orElse("")))
        .append(" | ")
        .append(cell(e.template(Locale.ENGLISH).orElse("")))
        .append(" | ")
        .append(cell(basis.isEmpty() ? "–" : basis))
        .append(" |\n");
  }

  private static String cell(String text) {
    return Objects.requireNonNull(text).replace("|", "\\|").replace("\n", " ");
  }
}
