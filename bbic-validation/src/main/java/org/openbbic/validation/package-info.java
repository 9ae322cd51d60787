/**
 * Public API: findings and reports, the validator, rules, the deadline calendar and the messages of
 * openbbic validation.
 *
 * <p>Build one {@link org.openbbic.validation.BbicValidator} and share it between threads:
 *
 * <pre>{@code
 * BbicValidator validator =
 *     BbicValidator.builder()
 *         .severity("BBIC-CASE-005", Severity.INFO) // re-grade a code
 *         .suppress("BBIC-DOC-012", "/investigationPlans/**") // or drop it where it matches
 *         .build();
 * ValidationReport report =
 *     validator.validateCase(caseFile, ValidationLevel.SIGNED, today, Locale.forLanguageTag("sv"));
 * for (Finding f : report.errors()) {
 *   // act on f.code() and f.pointer(); show f.message() to people
 * }
 * DeadlineCalendar due = validator.deadlines(caseFile, today);
 * }</pre>
 *
 * <p>Codes are stable and never reused: {@code BBIC-FLD-nnn} field constraints, {@code
 * BBIC-DOC-nnn} single-document rules, {@code BBIC-CASE-nnn} case-chain rules, {@code BBIC-SYS-nnn}
 * the validator's own failures; other modules add theirs through {@link
 * org.openbbic.validation.CodeTable} (bbic-export's {@code BBIC-SYN-nnn} syntax and {@code
 * BBIC-SCH-nnn} schema codes, the tool's {@code BBIC-CLI-nnn}). The catalogue of them all ({@link
 * org.openbbic.validation.RuleCatalogue}) is published as {@code docs/rules.md}. The package {@code
 * org.openbbic.validation.internal} is not API.
 *
 * @since 0.1
 */
package org.openbbic.validation;
