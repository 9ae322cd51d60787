package org.openbbic.stats.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.code.ReporterCategory;
import org.openbbic.model.code.TriangleSide;
import org.openbbic.stats.Measure;

/**
 * Swedish (default) and English labels of the statistics module's titles and codes; codes of the
 * model's code lists are labelled by the model. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Labels {

  private static final Map<String, String[]> TEXT = new HashMap<>();

  static {
    t("Measure.SUMMARY", "Översikt", "Summary");
    t("Measure.REFERRALS_BY_KIND", "Aktualiseringar efter typ", "Referrals by kind");
    t(
        "Measure.REFERRALS_BY_REPORTER",
        "Anmälningar och information på annat sätt efter anmälarkategori",
        "Reports by reporter category");
    t(
        "Measure.PROTECTION_ASSESSMENTS",
        "Skyddsbedömningar av anmälningar mottagna under perioden",
        "Protection assessments of reports received in the period");
    t(
        "Measure.INITIAL_ASSESSMENTS",
        "Beslut efter förhandsbedömning under perioden, dagar från mottagande",
        "Initial-assessment decisions in the period, days from receipt");
    t("Measure.INVESTIGATIONS", "Utredningar", "Investigations");
    t(
        "Measure.INVESTIGATION_DURATION",
        "Avslutade utredningar efter utredningstid",
        "Finished investigations by duration");
    t(
        "Measure.CHILDREN_HEARD",
        "Barnets röst i avslutade utredningar",
        "Children heard in finished investigations");
    t("Measure.DECISIONS_BY_KIND", "Beslut efter typ", "Decisions by kind");
    t("Measure.INTERVENTIONS_BY_KIND", "Beviljade insatser efter typ", "Interventions granted");
    t(
        "Measure.PLACEMENTS",
        "Påbörjade placeringar efter placeringsform och lagrum",
        "Placements begun by form and legal basis");
    t(
        "Measure.PLANS_AND_FOLLOW_UPS",
        "Planer, uppföljningar och överväganden i tid",
        "Plans, follow-ups and reconsiderations on time");
    t(
        "Measure.CASELOAD",
        "Handläggare efter antal öppna ärenden vid periodens slut",
        "Case workers by open cases at the period's end");
    t(
        "Measure.OVERDUE_DEADLINES",
        "Passerade frister vid periodens slut i öppna ärenden",
        "Overdue deadlines at the period's end in open cases");
    t("Measure.CHILDREN_BY_AGE", "Barn efter ålder", "Children by age");
    t("Measure.CHILDREN_BY_GENDER", "Barn efter kön", "Children by gender");
    t("Measure.UNACCOMPANIED", "Ensamkommande barn", "Unaccompanied minors");
    t(
        "Measure.REFERRAL_REASON_KIND",
        "Barn efter typ av senaste aktualisering",
        "Children by kind of latest referral");
    t(
        "Measure.REFERRAL_REASON_REPORTER",
        "Barn efter anmälare vid senaste aktualisering",
        "Children by reporter of latest referral");
    t(
        "Measure.SUSPECTED_VIOLENCE",
        "Barn efter misstanke om våld vid senaste aktualisering",
        "Children by suspected violence in latest referral");
    t(
        "Measure.NEED_AREAS",
        "Behovsområden i senaste utredningen",
        "Need areas in the latest investigation");
    t(
        "Measure.NEED_SIDES",
        "Barn med identifierat behov per sida i triangeln",
        "Children with a need identified per triangle side");
    t("Measure.CHILD_INTERVENTIONS", "Barn efter beviljad insats", "Children by intervention");
    t("Measure.KEY_FIGURES", "Nyckeltal", "Key figures");

    t("COUNT", "Antal", "Count");
    t("UNKNOWN", "Uppgift saknas", "Unknown");
    t("NOT_APPLICABLE", "Ej tillämpligt", "Not applicable");
    t("NONE", "Ingen aktualisering", "No referral");
    t("YES", "Ja", "Yes");
    t("NO", "Nej", "No");
    t("CASE_FILES", "Ärendekedjor", "Case files");
    t("CHILDREN", "Barn i klientgruppen", "Children in the client group");
    t(
        "CHILDREN_WITH_INVESTIGATION",
        "Barn med avslutad utredning",
        "Children with a finished investigation");
    t("OPEN_CASES", "Öppna ärenden vid periodens slut", "Open cases at the period's end");
    t(
        "OPEN_CASES_WITHOUT_CASE_WORKER",
        "Öppna ärenden utan handläggare",
        "Open cases without a case worker");
    t(
        "CASES_WITH_OVERDUE_DEADLINES",
        "Öppna ärenden med passerad frist",
        "Open cases with an overdue deadline");
    t(
        "CASE_FILES_WITHOUT_DEADLINES",
        "Ärendekedjor där frister inte kunde beräknas",
        "Case files whose deadlines could not be computed");
    t("ANMALAN", "Anmälan", "Report (anmälan)");
    t("INFORMATION_PA_ANNAT_SATT", "Information på annat sätt", "Other information");
    t("ANSOKAN", "Ansökan", "Application");
    t("ON_TIME", "I tid", "On time");
    t("LATE", "Försenad", "Late");
    t("MISSING", "Saknas", "Missing");
    t("NOT_MET", "Ej genomförd vid periodens slut", "Not done by the period's end");
    t("NOT_YET_DUE", "Frist ej passerad", "Not yet due");
    t("WITHIN_14_DAYS", "Inom 14 dagar", "Within 14 days");
    t("AFTER_14_DAYS_EXCUSED", "Senare, synnerliga skäl", "Later, exceptional reasons");
    t("AFTER_14_DAYS", "Senare", "Later");
    t(
        "NO_DEADLINE",
        "Ingen frist (inte en anmälan, eller utredning pågår)",
        "No deadline (not an anmälan, or an investigation ongoing)");
    t("NO_RECEIPT_DATE", "Mottagningsdatum saknas", "No receipt date");
    t("OPEN_INVESTIGATION", "Inleda utredning", "Open an investigation");
    t("NOT_OPEN", "Inte inleda utredning", "Not open an investigation");
    t("INVESTIGATION_ALREADY_ONGOING", "Utredning pågår redan", "Investigation already ongoing");
    t("OPENED", "Inledda", "Opened");
    t("FINISHED", "Avslutade", "Finished");
    t("FINISHED_WITHIN_FOUR_MONTHS", "Avslutade inom fyra månader", "Finished within four months");
    t(
        "FINISHED_WITHIN_EXTENDED_DEADLINE",
        "Avslutade inom fristen inklusive förlängning",
        "Finished within the deadline including extension");
    t("DAYS_0_30", "0–30 dagar", "0–30 days");
    t("DAYS_31_60", "31–60 dagar", "31–60 days");
    t("DAYS_61_90", "61–90 dagar", "61–90 days");
    t("DAYS_91_120", "91–120 dagar", "91–120 days");
    t("DAYS_121_180", "121–180 dagar", "121–180 days");
    t("DAYS_181_OR_MORE", "181 dagar eller mer", "181 days or more");
    t("HEARD", "Barnet hört", "Child heard");
    t("HEARD_ALONE", "– varav enskilt samtal", "– of which alone");
    t("NOT_HEARD_REASON_GIVEN", "Inte hört, skäl angivet", "Not heard, reason given");
    t("NOT_DOCUMENTED", "Inte dokumenterat", "Not documented");
    t("CARE_PLAN", "Vårdplan senast vid placeringens början", "Care plan by placement start");
    t("FOLLOW_UP", "Planerad uppföljning", "Planned follow-up");
    t("PROTECTION_ASSESSMENT", "Skyddsbedömning", "Protection assessment");
    t("INITIAL_ASSESSMENT", "Beslut efter förhandsbedömning", "Initial-assessment decision");
    t("INVESTIGATION", "Utredning inom fyra månader", "Investigation within four months");
    t("RECONSIDERATION", "Övervägande, placering enligt SoL", "Reconsideration, SoL placement");
    t("LVU_RECONSIDERATION", "Övervägande, vård enligt 2 § LVU", "Reconsideration, LVU 2 §");
    t("LVU_REVIEW", "Omprövning, vård enligt 3 § LVU", "Review, LVU 3 §");
    t("CARE_PLAN_REVISION", "Revidering av vårdplan", "Care-plan revision");
    t("CASES_1_5", "1–5 ärenden", "1–5 cases");
    t("CASES_6_10", "6–10 ärenden", "6–10 cases");
    t("CASES_11_15", "11–15 ärenden", "11–15 cases");
    t("CASES_16_20", "16–20 ärenden", "16–20 cases");
    t("CASES_21_30", "21–30 ärenden", "21–30 cases");
    t("CASES_31_OR_MORE", "31 ärenden eller fler", "31 cases or more");
    t("AGE_0_2", "0–2 år", "0–2 years");
    t("AGE_3_6", "3–6 år", "3–6 years");
    t("AGE_7_12", "7–12 år", "7–12 years");
    t("AGE_13_15", "13–15 år", "13–15 years");
    t("AGE_16_17", "16–17 år", "16–17 years");
    t("AGE_18_20", "18–20 år", "18–20 years");
    t("AGE_21_OR_MORE", "21 år eller äldre", "21 years or older");
    t("FEMALE", "Flicka", "Girl");
    t("MALE", "Pojke", "Boy");
    t("ASSESSED", "Bedömt", "Assessed");
    t("NEED_IDENTIFIED", "Behov identifierat", "Need identified");
    t("VALUE", "Värde", "Value");
    t("NO_ANSWER", "Inget svar", "No answer");
  }

  private Labels() {}

  private static void t(String key, String sv, String en) {
    TEXT.put(key, new String[] {sv, en});
  }

  /** Whether {@code locale} asks for English; everything else is Swedish. */
  public static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** The text of {@code key}, or {@code key} itself when there is none. */
  public static String text(String key, Locale locale) {
    String[] t = TEXT.get(key);
    return t == null ? key : t[english(locale) ? 1 : 0];
  }

  /** The title of {@code measure}. */
  public static String title(Measure measure, Locale locale) {
    return text("Measure." + measure.name(), locale);
  }

  /** The label of a row code of {@code measure}. */
  public static String row(Measure measure, String code, Locale locale) {
    Optional<String> model = Optional.empty();
    try {
      switch (measure) {
        case REFERRALS_BY_REPORTER:
        case REFERRAL_REASON_REPORTER:
          model = modelLabel(() -> ReporterCategory.valueOf(code).label(locale));
          break;
        case DECISIONS_BY_KIND:
          model = modelLabel(() -> DecisionKind.valueOf(code).label(locale));
          break;
        case INTERVENTIONS_BY_KIND:
        case CHILD_INTERVENTIONS:
          model = InterventionKind.find(code).map(k -> k.label(locale));
          break;
        case PLACEMENTS:
          model = modelLabel(() -> PlacementForm.valueOf(code).label(locale));
          break;
        case NEED_SIDES:
          model = modelLabel(() -> TriangleSide.valueOf(code).label(locale));
          break;
        case NEED_AREAS:
          model =
              NeedArea.find(code)
                  .map(
                      a ->
                          (a.side() == null ? "" : a.side().label(locale, a.generation()) + ": ")
                              + a.label(locale));
          break;
        default:
          break;
      }
    } catch (RuntimeException e) {
      model = Optional.empty();
    }
    return model.orElseGet(() -> text(code, locale));
  }

  /** The label of a column code of {@code measure}. */
  public static String column(Measure measure, String code, Locale locale) {
    if (measure == Measure.PLACEMENTS && !Measure.UNKNOWN.equals(code)) {
      return modelLabel(() -> CareBasis.valueOf(code).label(locale))
          .orElseGet(() -> text(code, locale));
    }
    return text(code, locale);
  }

  private static Optional<String> modelLabel(java.util.function.Supplier<String> label) {
    try {
      return Optional.ofNullable(label.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
