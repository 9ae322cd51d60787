package org.openbbic.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.internal.CaseIndex;
import org.openbbic.validation.internal.ConstraintCodes;
import org.openbbic.validation.internal.Docs;
import org.openbbic.validation.internal.FindingPolicy;
import org.openbbic.validation.internal.FindingSink;
import org.openbbic.validation.internal.Pointers;
import org.openbbic.validation.internal.RuleRun;
import org.openbbic.validation.internal.RuleTable;
import org.openbbic.validation.internal.SystemCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates BBIC documents and case files: the field constraints of a {@link ValidationLevel}
 * (Hibernate Validator with {@code ParameterMessageInterpolator}, no expression language), then the
 * single-document and case-chain {@link Rule rules}. Every finding has a stable code, a JSON
 * Pointer over wire names and a message rendered from the library's own bundles in the locale of
 * the call (Swedish unless English is asked for; the JVM's default locale is never used).
 *
 * <p>Build one with {@link #builder()} and share it: it is immutable and thread-safe; building is
 * the expensive part. Bad content never throws: it is reported. A rule that fails is reported as
 * {@code BBIC-SYS-001}.
 *
 * <pre>{@code
 * BbicValidator validator = BbicValidator.builder().suppress("BBIC-CASE-016").build();
 * ValidationReport report =
 *     validator.validateCase(caseFile, ValidationLevel.SIGNED, LocalDate.now(clock), Locale.ROOT);
 * }</pre>
 *
 * @since 0.1
 */
public final class BbicValidator {

  private static final Logger LOG = LoggerFactory.getLogger(BbicValidator.class);

  /** Swedish, the default language of messages. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final ValidatorFactory factory;
  private final Validator validator;
  private final List<Rule> rules;
  private final RuleTable table;
  private final List<FindingPolicy> policies;
  private final boolean failFast;
  private final int maxFindings;
  private final int dueSoonDays;

  private BbicValidator(Builder b) {
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    List<Rule> all = new ArrayList<>();
    if (b.builtInRules) {
      all.addAll(Rules.builtIn());
    }
    if (b.discoverRules) {
      all.addAll(Rules.discovered());
    }
    all.addAll(b.rules);
    Set<String> codes = new HashSet<>(ConstraintCodes.ALL);
    codes.addAll(SystemCodes.ALL);
    for (Rule r : all) {
      if (!codes.add(Objects.requireNonNull(r.code(), "rule code"))) {
        throw new IllegalStateException("Two rules or constraints share the code " + r.code());
      }
    }
    this.rules = List.copyOf(all);
    this.table = RuleTable.of(this.rules);
    this.policies = List.copyOf(b.policies);
    this.failFast = b.failFast;
    this.maxFindings = b.maxFindings;
    this.dueSoonDays = b.dueSoonDays;
  }

  /** A builder with the built-in and discovered rules and no policies. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Validates one document at {@code level}; messages in Swedish. */
  public ValidationReport validate(BbicDocument document, ValidationLevel level) {
    return validate(document, level, SWEDISH);
  }

  /**
   * Validates one document at {@code level}: its field constraints and the single-document rules.
   * Pointers are relative to the document. Without a day to judge on, deadlines still open and
   * dates after that day cannot be judged: see {@link #validate(BbicDocument, ValidationLevel,
   * LocalDate, Locale)}.
   */
  public ValidationReport validate(BbicDocument document, ValidationLevel level, Locale locale) {
    return validate(document, level, null, locale);
  }

  /**
   * Validates one document at {@code level} judged on {@code asOf}: as {@link
   * #validate(BbicDocument, ValidationLevel, Locale)}, and also its deadlines still open on that
   * day (overdue) and dates of what was done that lie after it. {@code asOf} may be {@code null}.
   */
  public ValidationReport validate(
      BbicDocument document, ValidationLevel level, LocalDate asOf, Locale locale) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(locale, "locale");
    FindingSink sink = new FindingSink(policies, failFast, maxFindings);
    constraints(document, level, locale, sink, p -> Docs.id(document));
    for (Rule rule : table.document(BbicModel.get().kindOf(document), level)) {
      if (sink.stopped()) {
        sink.skipped();
        break;
      }
      run(
          rule,
          new RuleRun(rule, sink, level, asOf, locale, null, null, "", document),
          ctx -> rule.checkDocument(document, ctx));
    }
    return sink.report();
  }

  /** Validates a case file at {@code level} on {@code asOf}; messages in Swedish. */
  public ValidationReport validateCase(CaseFile caseFile, ValidationLevel level, LocalDate asOf) {
    return validateCase(caseFile, level, asOf, SWEDISH);
  }

  /**
   * Validates a child's case file at {@code level}, with open deadlines judged on {@code asOf}: the
   * field constraints of the case file and every document, the single-document rules of every
   * document and the case-chain rules. Pointers are relative to the case file ({@code
   * /investigations/0/completedAt}).
   */
  public ValidationReport validateCase(
      CaseFile caseFile, ValidationLevel level, LocalDate asOf, Locale locale) {
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    FindingSink sink = new FindingSink(policies, failFast, maxFindings);
    CaseIndex index = CaseIndex.of(caseFile);
    constraints(caseFile, level, locale, sink, p -> index.documentAt(p).map(Docs::id).orElse(null));
    for (CaseDocument entry : index.entries()) {
      BbicDocument doc = entry.document();
      for (Rule rule : table.caseDocument(entry.kind(), level)) {
        if (sink.stopped()) {
          sink.skipped();
          return sink.report();
        }
        run(
            rule,
            new RuleRun(rule, sink, level, asOf, locale, caseFile, index, index.pointer(doc), doc),
            ctx -> rule.checkDocument(doc, ctx));
      }
    }
    for (Rule rule : table.caseFile(level)) {
      if (sink.stopped()) {
        sink.skipped();
        break;
      }
      run(
          rule,
          new RuleRun(rule, sink, level, asOf, locale, caseFile, index, "", null),
          ctx -> rule.checkCase(caseFile, ctx));
    }
    return sink.report();
  }

  /**
   * {@code finding} as this validator's {@link Builder#suppress(String, String) suppress} and
   * {@link Builder#severity(String, String, Severity) severity} settings leave it: re-graded, as it
   * is, or empty when suppressed. The readers of bbic-export pass their own findings (syntax and
   * schema) through it, so that these settings apply to every finding of a read.
   */
  public Optional<Finding> graded(Finding finding) {
    return Optional.ofNullable(
        FindingPolicy.apply(policies, Objects.requireNonNull(finding, "finding")));
  }

  /** The statutory deadlines of {@code caseFile} on {@code asOf}, with this validator's window. */
  public DeadlineCalendar deadlines(CaseFile caseFile, LocalDate asOf) {
    return DeadlineCalendar.of(caseFile, asOf, dueSoonDays);
  }

  private interface Check {
    void run(RuleRun ctx);
  }

  private void run(Rule rule, RuleRun ctx, Check check) {
    try {
      check.run(ctx);
    } catch (RuntimeException e) {
      // Only the rule's code and the exception's type: a message could carry personal data.
      LOG.warn("Rule {} failed with {}", rule.code(), e.getClass().getName());
      ctx.reportSystem(
          SystemCodes.RULE_FAILED,
          Map.of("rule", rule.code(), "exception", e.getClass().getSimpleName()));
    }
  }

  private void constraints(
      Object bean,
      ValidationLevel level,
      Locale locale,
      FindingSink sink,
      Function<String, UUID> documentOf) {
    Set<? extends ConstraintViolation<?>> violations;
    try {
      violations = validator.validate(bean, level.group());
    } catch (ValidationException e) {
      LOG.warn("Constraint validation failed with {}", e.getClass().getName());
      sink.add(
          Messages.bundle()
              .finding(
                  SystemCodes.CONSTRAINTS_FAILED,
                  Severity.FATAL,
                  FindingSource.CONSTRAINT,
                  Map.of("exception", e.getClass().getSimpleName()),
                  locale)
              .build());
      return;
    }
    List<Finding> found = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> v : violations) {
      String pointer = Pointers.of(v.getPropertyPath());
      Map.Entry<String, Map<String, Object>> mapped =
          ConstraintCodes.map(v, lastProperty(v.getPropertyPath()));
      found.add(
          Messages.bundle()
              .finding(
                  mapped.getKey(),
                  ConstraintCodes.severity(mapped.getKey()),
                  FindingSource.CONSTRAINT,
                  mapped.getValue(),
                  locale)
              .pointer(pointer)
              .documentId(documentOf.apply(pointer))
              .build());
    }
    found.sort(Comparator.comparing(Finding::pointer).thenComparing(Finding::code));
    for (Finding f : found) {
      if (sink.stopped()) {
        sink.skipped();
        return;
      }
      sink.add(f);
    }
  }

  private static String lastProperty(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }

  /**
   * Builds a {@link BbicValidator}. Not thread-safe; the validator it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private final List<FindingPolicy> policies = new ArrayList<>();
    private boolean builtInRules = true;
    private boolean discoverRules = true;
    private boolean failFast;
    private int maxFindings = Integer.MAX_VALUE;
    private int dueSoonDays = DeadlineCalendar.DEFAULT_DUE_SOON_DAYS;

    private Builder() {}

    /** Adds a rule of the caller's own; its code must be unique. */
    public Builder rule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Whether to run the library's own rules (default {@code true}). */
    public Builder builtInRules(boolean on) {
      this.builtInRules = on;
      return this;
    }

    /**
     * Whether to run rules found through {@link java.util.ServiceLoader} (default {@code true}).
     */
    public Builder discoverRules(boolean on) {
      this.discoverRules = on;
      return this;
    }

    /** Suppresses every finding with {@code code}; the report counts them. */
    public Builder suppress(String code) {
      return suppress(code, null);
    }

    /**
     * Suppresses findings with {@code code} ({@code "*"}: any code) whose pointer matches {@code
     * pointerPattern}: an RFC 6901 pointer where {@code *} matches within one reference token and
     * {@code **} across tokens, e.g. {@code /investigations/ * /childViews} without the spaces.
     * {@code null} matches every pointer. The first matching suppression or re-grading wins.
     */
    public Builder suppress(String code, String pointerPattern) {
      policies.add(new FindingPolicy(Objects.requireNonNull(code, "code"), pointerPattern, null));
      return this;
    }

    /** Gives every finding with {@code code} the severity {@code severity}. */
    public Builder severity(String code, Severity severity) {
      return severity(code, null, severity);
    }

    /** Gives findings with {@code code} whose pointer matches the pattern another severity. */
    public Builder severity(String code, String pointerPattern, Severity severity) {
      policies.add(
          new FindingPolicy(
              Objects.requireNonNull(code, "code"),
              pointerPattern,
              Objects.requireNonNull(severity, "severity")));
      return this;
    }

    /** Stop at the first FATAL or ERROR finding (after re-grading); default {@code false}. */
    public Builder failFast(boolean on) {
      this.failFast = on;
      return this;
    }

    /** Stop after so many findings (at least 1); the report says it was truncated. */
    public Builder maxFindings(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxFindings < 1");
      }
      this.maxFindings = max;
      return this;
    }

    /** The due-soon window of {@link BbicValidator#deadlines}, in days (default 14). */
    public Builder dueSoonDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("dueSoonDays < 0");
      }
      this.dueSoonDays = days;
      return this;
    }

    /** The validator. */
    public BbicValidator build() {
      return new BbicValidator(this);
    }
  }
}
