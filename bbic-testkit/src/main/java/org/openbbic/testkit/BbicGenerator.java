package org.openbbic.testkit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.openbbic.forms.Activity;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildConversation;
import org.openbbic.forms.ChildSituationBasis;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Communication;
import org.openbbic.forms.Consent;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.FollowUpKind;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.GoalOutcome;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.ImplementationPlanKind;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.InstrumentUse;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.PlannedSource;
import org.openbbic.forms.Proposal;
import org.openbbic.forms.ProtectionAssessment;
import org.openbbic.forms.Provider;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.forms.Review;
import org.openbbic.forms.ReviewOutcome;
import org.openbbic.forms.School;
import org.openbbic.forms.SchoolKind;
import org.openbbic.forms.SourceConsulted;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.Address;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Custody;
import org.openbbic.model.Decider;
import org.openbbic.model.DeciderKind;
import org.openbbic.model.Organisation;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.Relation;
import org.openbbic.model.WireFormat;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.ClosureReason;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.code.ReporterCategory;
import org.openbbic.model.law.StatutoryPeriod;

/**
 * Seeded generator of valid, coherent, fictitious BBIC documents and case files.
 *
 * <p>The same seed and as-of day give the same output, on any machine and JVM: every value,
 * identifier and date comes from one {@link SplittableRandom}, and no document is dated after the
 * as-of day (by default today). A generated {@link #caseFile() case file} is one child's whole
 * chain — basic data, a report with its protection and initial assessments, an investigation plan,
 * an investigation assessing every need area of the current generation, a placement decision, a
 * care plan, an assignment, a placement implementation plan, a follow-up, the reconsideration of
 * the care and a closure (or open care, without the care plan and reconsideration) — with every
 * document signed and complete, dates in chain order and inside the statutory deadlines, references
 * between documents resolved, and plan goals tied to need areas that the investigation found a need
 * in.
 *
 * <p>The care varies as it does in real cases: under SoL, LVU 2 § (the home environment, for a
 * child under 18) or LVU 3 § (the young person's own behaviour, here from 15), granted under SoL
 * and applied for under LVU ({@link DecisionKind#APPLICATION_FOR_CARE_LVU}), with the basis in the
 * decision, the care plan and the reconsideration; SoL and LVU 2 § care is reconsidered by an
 * övervägande, LVU 3 § care by an omprövning ({@link Review}), each within the six months the
 * validator computes, and ends there. The placement is in a familjehem, jourhem, HVB (from 12),
 * stödboende (from 16) or skyddat boende (under SoL), with the matching intervention kind in the
 * proposal, the decision and the assignment. About three chains in ten grant open care instead
 * (kontaktperson, kontaktfamilj, familjebehandling, stödsamtal): no placement, so no care plan and
 * no reconsideration, an implementation plan of kind {@code OPEN_CARE_CONTACT} or {@code
 * OPEN_CARE_OWN} for the assignment, and a follow-up of open care. {@link #document(FormType)}
 * takes its documents from a SoL family-home chain; {@link #caseFile(CareBasis, PlacementForm)}
 * fixes the placement.
 *
 * <p>The people and places agree as a case worker would expect: given names agree with the sex
 * digit of the personnummer (odd for a man) and with the relation (the mother a woman, the father a
 * man); the mother and siblings live with the child and share its family name, a father often too;
 * the reporter's category agrees with the concern reported (a school, a preschool, child health
 * care, the police or neighbours, by the child's age) and only a private person reports without the
 * duty to; the municipality code, the committee, the postal town, the postal codes and the
 * reporter's telephone area code belong to one municipality. The report is taken by a case worker
 * of the reception, the investigation made by another, the intervention planned and followed up by
 * a third. The case is closed for one of the reasons that fit an ended placement.
 *
 * <p>Identity numbers use birth numbers 980–999, the series Skatteverket keeps for test numbers;
 * names, addresses and text are invented. Not thread-safe: use one generator per thread.
 *
 * @since 0.1
 */
public final class BbicGenerator {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final int START_SPAN_DAYS = 1_400;

  private static final String[] FEMALE_NAMES = {
    "Alice", "Elsa", "Maja", "Selma", "Astrid", "Olivia", "Wilma", "Ebba", "Nora", "Saga", "Amira"
  };
  private static final String[] MALE_NAMES = {
    "Noah", "William", "Hugo", "Liam", "Elias", "Oscar", "Lucas", "Adam", "Leo", "Ali", "Yusuf"
  };
  private static final String[] GIVEN_NAMES = concat(FEMALE_NAMES, MALE_NAMES);
  private static final String[] FAMILY_NAMES = {
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Lindberg", "Berg", "Hassan", "Mohammed", "Nyström", "Åberg"
  };
  private static final String[] STREETS = {
    "Storgatan", "Kyrkogatan", "Skolvägen", "Björkvägen", "Ängsvägen", "Parkgatan", "Åsgatan"
  };
  // municipality code, postal town, committee, the first and last postal-code areas (three digits)
  // of the town and its telephone area code
  private static final String[][] MUNICIPALITIES = {
    {"0180", "Stockholm", "Socialnämnden i Stockholms stad", "112", "129", "08"},
    {"1480", "Göteborg", "Socialnämnden Centrum, Göteborgs stad", "411", "418", "031"},
    {"1280", "Malmö", "Individ- och familjeomsorgsnämnden, Malmö stad", "211", "218", "040"},
    {"0380", "Uppsala", "Socialnämnden, Uppsala kommun", "752", "757", "018"},
    {"2480", "Umeå", "Individ- och familjenämnden, Umeå kommun", "903", "907", "090"}
  };
  // People under protection get names and streets from lists used for nobody else, so that a test
  // can look for them in an output.
  private static final String[] PROTECTED_FEMALE_NAMES = {"Tove", "Vera", "Iris", "Ines", "Tindra"};
  private static final String[] PROTECTED_MALE_NAMES = {"Sixten", "Otto", "Vidar"};
  private static final String[] PROTECTED_FAMILY_NAMES = {
    "Holmqvist", "Sandgren", "Ekholm", "Wikander", "Forsmark", "Lövgren"
  };
  private static final String[] PROTECTED_STREETS = {
    "Lönngången", "Tallstigen", "Enebacken", "Mossvägen", "Ljunggränd"
  };
  private static final String[] INSTRUMENTS = {"ADAD", "SDQ", "Signs of Safety", "BRIS-frågor"};

  /** A reported concern, who reports it, at what ages of the child, and whether it is violence. */
  private record Concern(
      String text, ReporterCategory reporter, int fromAge, int toAge, boolean violence) {}

  private static final Concern[] CONCERNS = {
    new Concern(
        "Skolan är orolig för barnets frånvaro och för att barnet ofta verkar trött och hungrigt.",
        ReporterCategory.SCHOOL,
        6,
        17,
        false),
    new Concern(
        "Barnet har själv sökt upp skolkuratorn och berättat att det inte vill gå hem.",
        ReporterCategory.SCHOOL,
        8,
        17,
        false),
    new Concern(
        "Förskolan har sett blåmärken och barnet har berättat om bråk hemma.",
        ReporterCategory.PRESCHOOL,
        1,
        5,
        true),
    new Concern(
        "Barnavårdscentralen är orolig för barnets viktutveckling och för att besök uteblir.",
        ReporterCategory.HEALTH_CARE,
        0,
        5,
        false),
    new Concern(
        "Grannar hör återkommande skrik och gråt från lägenheten sent på kvällarna.",
        ReporterCategory.PRIVATE_PERSON,
        0,
        17,
        false),
    new Concern(
        "Polisen har vid ett ingripande i hemmet sett att barnet var närvarande vid ett bråk.",
        ReporterCategory.POLICE,
        0,
        17,
        true)
  };

  /**
   * The care a chain decides: its legal basis and placement form, and the words that go with them.
   */
  private record Care(
      CareBasis basis,
      PlacementForm placementForm,
      InterventionKind kind,
      String form,
      String place,
      String provider) {

    static Care of(CareBasis basis, PlacementForm placementForm) {
      return switch (placementForm) {
        case FAMILY_HOME ->
            new Care(
                basis,
                placementForm,
                InterventionKind.of("PLACERING_FAMILJEHEM"),
                "familjehem",
                "familjehemmet",
                "Familjehemmet");
        case EMERGENCY_HOME ->
            new Care(
                basis,
                placementForm,
                InterventionKind.of("PLACERING_JOURHEM"),
                "jourhem",
                "jourhemmet",
                "Jourhemmet");
        case HVB ->
            new Care(
                basis,
                placementForm,
                InterventionKind.of("PLACERING_HVB"),
                "hem för vård eller boende",
                "HVB-hemmet",
                "HVB-hemmet");
        case SUPPORTED_HOUSING ->
            new Care(
                basis,
                placementForm,
                InterventionKind.of("PLACERING_STODBOENDE"),
                "stödboende",
                "stödboendet",
                "Stödboendet");
        case PROTECTED_HOUSING ->
            new Care(
                basis,
                placementForm,
                InterventionKind.of("PLACERING_SKYDDAT_BOENDE"),
                "skyddat boende",
                "det skyddade boendet",
                "Skyddade boendet");
        default -> throw new IllegalArgumentException("not generated: " + placementForm);
      };
    }

    /** An intervention in open care under SoL: no placement. */
    static Care openCare(String code, String form, String place, String provider) {
      return new Care(CareBasis.SOL, null, InterventionKind.of(code), form, place, provider);
    }

    boolean placed() {
      return placementForm != null;
    }

    /** The kind of implementation plan: a placement, or open care in own or others' hands. */
    ImplementationPlanKind planKind() {
      if (placed()) {
        return ImplementationPlanKind.PLACEMENT;
      }
      String code = kind.code();
      return code.equals("KONTAKTPERSON") || code.equals("KONTAKTFAMILJ")
          ? ImplementationPlanKind.OPEN_CARE_CONTACT
          : ImplementationPlanKind.OPEN_CARE_OWN;
    }

    String proposal() {
      return placed() ? "Placering i " + form + " " + law() + "." : form + " " + law() + ".";
    }

    String analysis() {
      return placed()
          ? "Sammantaget bedöms barnet ha behov av vård utanför hemmet."
          : "Sammantaget bedöms barnet kunna bo kvar hemma med stöd i öppenvård.";
    }

    String childViewsAtFollowUp() {
      return placed()
          ? "Barnet trivs i " + place + "."
          : "Barnet tycker att " + place + " hjälper.";
    }

    /** The committee grants care under SoL, and applies to the court for care under LVU. */
    DecisionKind decisionKind() {
      return basis == CareBasis.SOL ? DecisionKind.GRANTED : DecisionKind.APPLICATION_FOR_CARE_LVU;
    }

    String law() {
      return switch (basis) {
        case LVU_2 -> "enligt 2 § LVU";
        case LVU_3 -> "enligt 3 § LVU";
        default -> "enligt socialtjänstlagen";
      };
    }

    String response() {
      return switch (basis) {
        case LVU_2 -> "Vårdnadshavarna motsätter sig vård utanför hemmet.";
        case LVU_3 -> "Den unge motsätter sig vård utanför hemmet.";
        default ->
            placed()
                ? "Vårdnadshavarna samtycker till placeringen."
                : "Vårdnadshavarna samtycker till insatsen.";
      };
    }

    String reasons() {
      return switch (basis) {
        case LVU_2 ->
            "Brister i omsorgen innebär en påtaglig risk för att barnets hälsa och utveckling"
                + " skadas, och vårdnadshavarna samtycker inte till vård.";
        case LVU_3 ->
            "Den unge utsätter sin hälsa och utveckling för en påtaglig risk att skadas genom sitt"
                + " beteende.";
        default ->
            placed()
                ? "Barnet behöver vård utanför hemmet och vårdnadshavarna samtycker."
                : "Barnet behöver stöd och vårdnadshavarna samtycker till insatsen.";
      };
    }
  }

  /** Interventions in open care, with their words; the child lives at home. */
  private static final Care[] OPEN_CARE = {
    Care.openCare("KONTAKTPERSON", "Kontaktperson", "kontaktpersonen", "Kontaktpersonen"),
    Care.openCare("KONTAKTFAMILJ", "Kontaktfamilj", "kontaktfamiljen", "Kontaktfamiljen"),
    Care.openCare(
        "FAMILJEBEHANDLING", "Familjebehandling", "familjebehandlingen", "Familjebehandlarna"),
    Care.openCare("STODSAMTAL", "Stödsamtal", "stödsamtalen", "Stödsamtalsenheten")
  };

  /** Why a placement that ended is closed, in the words of the closure. */
  private record Closing(
      ClosureReason reason, String childViews, String guardianViews, String comment) {}

  /**
   * The reasons a chain whose placement ended is closed for: not {@link
   * ClosureReason#NO_INVESTIGATION_OPENED} (the chain has an investigation) nor {@link
   * ClosureReason#AGE_LIMIT} (the generated child is at most 17 at the closure).
   */
  private static final Closing[] CLOSINGS = {
    new Closing(
        ClosureReason.GOALS_MET,
        "Barnet är nöjt med hur det blev.",
        "Vårdnadshavarna är nöjda med stödet.",
        null),
    new Closing(
        ClosureReason.NO_FURTHER_NEED,
        "Barnet tycker att det fungerar bra hemma nu.",
        "Vårdnadshavarna anser att familjen klarar sig utan stöd.",
        null),
    new Closing(
        ClosureReason.MOVED,
        "Barnet ser fram emot flytten.",
        "Vårdnadshavarna har flyttat till en annan kommun.",
        "Familjen har flyttat; ärendet är överlämnat till den nya kommunen."),
    new Closing(
        ClosureReason.CONSENT_WITHDRAWN,
        "Barnet vill inte ha fler samtal.",
        "Vårdnadshavarna vill inte längre ta emot stöd.",
        "Samtycket har återkallats; inget talar för att tvångsvård behövs."),
    new Closing(
        ClosureReason.OTHER,
        "Barnet har inget att tillägga.",
        "Vårdnadshavarna har inget att tillägga.",
        "Stödet ges i stället av barn- och ungdomspsykiatrin.")
  };

  /** Days a generated chain may span, from its first report to its last document. */
  static final int MAX_CHAIN_DAYS = 420;

  private final long seed;
  private final LocalDate asOf;
  private final SplittableRandom random;

  /**
   * A generator whose whole output is fixed by {@code seed} and today's date in Sweden: no document
   * is dated after today.
   */
  public BbicGenerator(long seed) {
    this(seed, LocalDate.now(SWEDEN));
  }

  /**
   * A generator whose whole output is fixed by {@code seed} and {@code asOf}: every case begins
   * between {@value #START_SPAN_DAYS} + {@value #MAX_CHAIN_DAYS} and {@value #MAX_CHAIN_DAYS} days
   * before {@code asOf}, so no document is created, signed, decided or performed after it.
   */
  public BbicGenerator(long seed, LocalDate asOf) {
    this.seed = seed;
    this.asOf = java.util.Objects.requireNonNull(asOf, "asOf");
    this.random = new SplittableRandom(seed);
  }

  /** The seed this generator was made with. */
  public long seed() {
    return seed;
  }

  /** The day no generated document is dated after. */
  public LocalDate asOf() {
    return asOf;
  }

  // ---------------------------------------------------------------- case file

  /** A whole, coherent case file for one child, as described in the class documentation. */
  public CaseFile caseFile() {
    return new Chain().build();
  }

  /**
   * A whole case file as {@link #caseFile()} makes it, with the care decided fixed: under {@code
   * basis}, in {@code form} (one of familjehem, jourhem, HVB, stödboende and skyddat boende), for a
   * child of whatever age the seed draws. A test that needs one kind of placement, such as a SoL
   * family home whose custody-transfer duty can arise, asks for it here.
   *
   * @throws IllegalArgumentException for a placement form the generator does not make
   * @since 0.1
   */
  public CaseFile caseFile(CareBasis basis, PlacementForm form) {
    java.util.Objects.requireNonNull(basis, "basis");
    java.util.Objects.requireNonNull(form, "form");
    Chain chain = new Chain(false);
    chain.fixed = Care.of(basis, form);
    return chain.build();
  }

  /**
   * One valid, signed document of {@code type}, taken from a fresh coherent context: the chain's
   * own document where the chain has one, otherwise an application, an LVU 3 § review or a
   * follow-up of the child's situation made for the same child.
   */
  public BbicDocument document(FormType type) {
    Chain chain = new Chain(false);
    CaseFile file = chain.build();
    return switch (type) {
      case BASIC_DATA -> file.basicData();
      case REPORT -> file.reports().get(0);
      case INVESTIGATION_PLAN -> file.investigationPlans().get(0);
      case INVESTIGATION -> file.investigations().get(0);
      case DECISION -> file.decisions().get(0);
      case CARE_PLAN -> file.carePlans().get(0);
      case ASSIGNMENT_TO_PROVIDER -> file.assignments().get(0);
      case IMPLEMENTATION_PLAN -> file.implementationPlans().get(0);
      case FOLLOW_UP -> file.followUps().get(0);
      case RECONSIDERATION -> file.reconsiderations().get(0);
      case CLOSURE -> file.closures().get(0);
      case APPLICATION -> chain.application();
      case REVIEW -> chain.review();
      case CHILD_SITUATION_FOLLOW_UP -> chain.childSituationFollowUp();
    };
  }

  /**
   * A whole case file as {@link #caseFile()} makes it, with the child and the first guardian under
   * {@code protection} (in the case file and the basic data alike). Both get a telephone number and
   * an e-mail address, and a given name, family name and street address from lists the generator
   * uses for nobody else, so that a test can look for them in an output; {@link
   * ProtectionLevel#NONE} gives the same people unprotected.
   *
   * @since 0.1
   */
  public CaseFile caseFile(ProtectionLevel protection) {
    java.util.Objects.requireNonNull(protection, "protection");
    CaseFile file = new Chain().build();
    Person child = secret(file.child(), protection);
    BasicData basic = file.basicData();
    List<RelatedPerson> guardians = new ArrayList<>(basic.guardians());
    RelatedPerson first = guardians.get(0);
    guardians.set(0, first.toBuilder().person(secret(first.person(), protection)).build());
    return file.toBuilder()
        .child(child)
        .basicData(basic.toBuilder().child(child).guardians(guardians).build())
        .build();
  }

  /**
   * One document as {@link #document(FormType)} makes it, with the people it holds under {@code
   * protection} as in {@link #caseFile(ProtectionLevel)}: each person field of the document and the
   * first of its first list of related persons, in the format's order (the child and the first
   * guardian of the basic data, the first applicant of an application). Other documents hold no
   * person, only the child's identity number in the header.
   *
   * @since 0.1
   */
  public BbicDocument document(FormType type, ProtectionLevel protection) {
    java.util.Objects.requireNonNull(protection, "protection");
    BbicDocument document = document(type);
    TypeDefinition def = BbicModel.get().kindOf(document).definition();
    Object builder = def.toBuilder(document);
    boolean changed = false;
    boolean firstList = true;
    for (FieldDefinition f : def.fields()) {
      Object value = f.get(document);
      if (f.valueType() == Person.class && !f.list() && value != null) {
        def.set(builder, f, secret((Person) value, protection));
        changed = true;
      } else if (f.valueType() == RelatedPerson.class && f.list() && firstList) {
        firstList = false;
        List<RelatedPerson> people = new ArrayList<>();
        for (Object o : (List<?>) value) {
          people.add((RelatedPerson) o);
        }
        if (!people.isEmpty()) {
          RelatedPerson first = people.get(0);
          people.set(0, first.toBuilder().person(secret(first.person(), protection)).build());
          def.set(builder, f, people);
          changed = true;
        }
      }
    }
    return changed ? (BbicDocument) def.build(builder) : document;
  }

  /** {@code person} under {@code level}, with contact details and names no one else has. */
  private Person secret(Person person, ProtectionLevel level) {
    String given = pick(male(person) ? PROTECTED_MALE_NAMES : PROTECTED_FEMALE_NAMES);
    String family = pick(PROTECTED_FAMILY_NAMES);
    return person.toBuilder()
        .protection(level)
        .givenName(given)
        .familyName(family)
        .address(
            person.address().toBuilder()
                .street(pick(PROTECTED_STREETS) + " " + between(61, 99))
                .build())
        .phone(
            String.format(
                "073-%03d %02d %02d", between(100, 999), between(10, 99), between(10, 99)))
        .email("kontakt" + between(1000, 9999) + "@example.se")
        .build();
  }

  /**
   * A child aged 0–15 on {@code on}, with a valid test personnummer whose sex digit agrees with the
   * given name, living in one of the generator's municipalities.
   */
  public Person child(LocalDate on) {
    LocalDate birth = on.minusDays(between(30, 16 * 365));
    return person(birth, bool(0.5), address(pick(MUNICIPALITIES)));
  }

  /** Whether the person's personnummer marks a man (an odd second-to-last digit). */
  private static boolean male(Person person) {
    String v = person.id() == null ? null : person.id().value();
    return v != null && v.length() == 12 && (v.charAt(10) - '0') % 2 == 1;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------- building blocks

  private final class Chain {
    /** Whether the chain varies its care (basis and placement form), or is a SoL family home. */
    final boolean vary;

    /** The care decided when fixed by the caller, or {@code null}. */
    Care fixed;

    Chain() {
      this(true);
    }

    Chain(boolean vary) {
      this.vary = vary;
    }

    /**
     * The care decided for a child of {@code age}: under SoL, LVU 2 § (the home environment, under
     * 18) or LVU 3 § (the young person's own behaviour, from 15 in the generated chains), in a
     * placement form that fits the age (HVB from 12, stödboende from 16; skyddat boende under SoL).
     */
    Care care(int age) {
      if (bool(0.3)) {
        return pick(OPEN_CARE);
      }
      double b = random.nextDouble();
      CareBasis basis =
          b < 0.55
              ? CareBasis.SOL
              : age >= 15 && b < 0.8 ? CareBasis.LVU_3 : age < 18 ? CareBasis.LVU_2 : CareBasis.SOL;
      List<PlacementForm> forms = new ArrayList<>();
      forms.add(PlacementForm.FAMILY_HOME);
      forms.add(PlacementForm.EMERGENCY_HOME);
      if (age >= 12) {
        forms.add(PlacementForm.HVB);
      }
      if (age >= 16) {
        forms.add(PlacementForm.SUPPORTED_HOUSING);
      }
      if (basis == CareBasis.SOL) {
        forms.add(PlacementForm.PROTECTED_HOUSING);
      }
      return Care.of(basis, forms.get(random.nextInt(forms.size())));
    }

    final String[] municipality = pick(MUNICIPALITIES);
    final Organisation organisation =
        Organisation.builder()
            .municipalityCode(municipality[0])
            .committeeName(municipality[2])
            .unit("Barn och unga, utredning")
            .build();

    /** The case worker who receives the report and makes the initial assessment. */
    final CaseWorker reception = caseWorker("Socialsekreterare, mottagning");

    /** The case worker who investigates and writes the basic data. */
    final CaseWorker author = caseWorker("Socialsekreterare");

    /** The case worker who plans and follows up the intervention. */
    final CaseWorker follower = caseWorker("Socialsekreterare, uppföljning");

    final CaseWorker manager = caseWorker("Enhetschef");
    final LocalDate start = asOf.minusDays(MAX_CHAIN_DAYS + between(0, START_SPAN_DAYS));
    final Address home = address(municipality);
    final Person child = person(start.minusDays(between(30, 16 * 365)), bool(0.5), home);
    final PersonId childId = child.id();
    final String caseId =
        "IFO-" + start.getYear() + "-" + String.format("%05d", between(1, 99_999));
    final Decider delegate =
        Decider.builder().kind(DeciderKind.DELEGATE).name(manager.name()).build();
    final Decider committee =
        Decider.builder().kind(DeciderKind.SUBCOMMITTEE).name("Sociala utskottet").build();

    CaseFile build() {
      List<RelatedPerson> guardians = guardians();
      OffsetDateTime receivedAt = at(start, between(8, 16), between(0, 59));
      LocalDate initialDecision =
          start.plusDays(
              between(
                  1, StatutoryDates.limit(StatutoryPeriod.INITIAL_ASSESSMENT, start).getDays()));
      LocalDate opened = initialDecision;
      LocalDate completed = opened.plusDays(between(35, 110));
      LocalDate decided = completed.plusDays(between(0, 6));
      LocalDate placementStart = decided.plusDays(between(0, 7));
      LocalDate followUpDate = placementStart.plusDays(between(60, 110));
      LocalDate reconsidered = placementStart.plusDays(between(150, 178));
      LocalDate closed = reconsidered.plusDays(between(20, 90));
      Care care =
          fixed != null
              ? fixed
              : vary ? care(age(decided)) : Care.of(CareBasis.SOL, PlacementForm.FAMILY_HOME);

      BasicData basicData =
          BasicData.builder()
              .header(header(FormType.BASIC_DATA, receivedAt.plusHours(1)))
              .child(child)
              .guardians(guardians)
              .siblings(bool(0.5) ? List.of(sibling()) : List.of())
              .school(
                  School.builder()
                      .kind(age(start) < 6 ? SchoolKind.PRESCHOOL : SchoolKind.COMPULSORY_SCHOOL)
                      .name(pick(STREETS).replace("gatan", "").replace("vägen", "") + "skolan")
                      .build())
              .language("svenska")
              .interpreterNeeded(false)
              .unaccompaniedMinor(false)
              .caseWorker(author)
              .build();

      int startAge = age(start);
      List<Concern> fitting = new ArrayList<>();
      for (Concern c : CONCERNS) {
        if (c.fromAge() <= startAge && startAge <= c.toAge()) {
          fitting.add(c);
        }
      }
      Concern concern = fitting.get(random.nextInt(fitting.size()));
      boolean violence = concern.violence();
      boolean mandatory = concern.reporter() != ReporterCategory.PRIVATE_PERSON;
      Report report =
          Report.builder()
              .header(header(FormType.REPORT, receivedAt, reception))
              .kind(ReportKind.ANMALAN)
              .receivedAt(receivedAt)
              .reporterCategory(concern.reporter())
              .mandatoryReporter(mandatory)
              .reporterName(pick(GIVEN_NAMES) + " " + pick(FAMILY_NAMES))
              .reporterContact(
                  String.format(
                      "%s-%03d %02d %02d",
                      municipality[5], between(100, 999), between(10, 99), between(10, 99)))
              .concern(concern.text())
              .suspectedViolence(violence)
              .protectionAssessment(
                  ProtectionAssessment.builder()
                      .assessedAt(receivedAt.plusHours(between(1, 5)))
                      .assessedBy(reception)
                      .immediateProtectionNeeded(false)
                      .actionTaken("Ingen omedelbar åtgärd krävs; förhandsbedömning inleds.")
                      .build())
              .initialAssessment(
                  InitialAssessment.builder()
                      .contacts("Samtal med anmälaren och med vårdnadshavarna.")
                      .childHeard(true)
                      .assessment("Uppgifterna ger anledning att inleda utredning.")
                      .decision(InitialAssessmentDecision.OPEN_INVESTIGATION)
                      .decidedAt(initialDecision)
                      .decidedBy(delegate)
                      .reasons("Oron är allvarlig och behöver utredas.")
                      .reporterInformedAt(initialDecision)
                      .meetingOffered(true)
                      .build())
              .build();

      List<NeedArea> areas = NeedArea.ofGeneration(NeedArea.CURRENT_GENERATION);
      List<NeedAreaAssessment> assessments = new ArrayList<>();
      List<NeedArea> needs = new ArrayList<>();
      for (NeedArea area : areas) {
        boolean need = bool(0.35);
        if (need) {
          needs.add(area);
        }
        assessments.add(
            NeedAreaAssessment.builder()
                .area(area)
                .description("Beskrivning av barnets situation inom området.")
                .protectiveFactors("Barnet har en trygg relation till en förälder.")
                .riskFactors(need ? "Brister som påverkar barnets utveckling." : null)
                .needIdentified(need)
                .build());
      }
      if (needs.isEmpty()) {
        NeedArea area = areas.get(random.nextInt(areas.size()));
        needs.add(area);
        int i = areas.indexOf(area);
        assessments.set(
            i,
            assessments.get(i).toBuilder()
                .needIdentified(true)
                .riskFactors("Brister som påverkar barnets utveckling.")
                .build());
      }

      InvestigationPlan plan =
          InvestigationPlan.builder()
              .header(header(FormType.INVESTIGATION_PLAN, at(opened, 10, 0)))
              .addInitiatedBy(report.header().documentId())
              .investigationOpenedAt(opened)
              .addQuestion("Vilka behov har barnet och hur tillgodoses de i hemmet?")
              .addQuestion("Behöver barnet skydd eller stöd från socialtjänsten?")
              .areasInFocus(needs)
              .addSource(
                  PlannedSource.builder()
                      .who("Skolan")
                      .why("Barnets skolgång och mående")
                      .consentGiven(true)
                      .build())
              .addInstrument(pick(INSTRUMENTS))
              .childParticipation("Två enskilda samtal med barnet i skolan.")
              .plannedCompletion(
                  StatutoryDates.due(StatutoryPeriod.INVESTIGATION, opened)
                      .minusDays(between(1, 10)))
              .addParticipant(author.name())
              .build();

      String instrument = plan.instruments().get(0);
      Investigation investigation =
          Investigation.builder()
              .header(header(FormType.INVESTIGATION, at(completed, 14, 0)))
              .addInitiatedBy(report.header().documentId())
              .planId(plan.header().documentId())
              .openedAt(opened)
              .reason(report.concern())
              .priorKnowledge("Ingen tidigare kännedom.")
              .questions(plan.questions())
              .addSource(
                  SourceConsulted.builder()
                      .who("Skolan")
                      .contactedAt(opened.plusDays(7))
                      .consentGiven(true)
                      .information("Skolan bekräftar oron och beskriver barnets vardag.")
                      .build())
              .addChildConversation(
                  ChildConversation.builder()
                      .heldAt(opened.plusDays(10))
                      .alone(true)
                      .summary("Barnet berättar om sin vardag hemma och i skolan.")
                      .build())
              .addChildConversation(
                  ChildConversation.builder()
                      .heldAt(opened.plusDays(20))
                      .alone(true)
                      .summary("Barnet berättar vad det önskar ska bli bättre.")
                      .build())
              .childViews("Barnet vill bo kvar nära sin skola och sina vänner.")
              .guardianViews("Vårdnadshavarna delar delvis oron och vill ha stöd.")
              .assessments(assessments)
              .analysis(care.analysis())
              .addInstrument(
                  InstrumentUse.builder()
                      .name(instrument)
                      .usedAt(opened.plusDays(14))
                      .summary("Resultatet stöder bedömningen.")
                      .build())
              .proposal(
                  Proposal.builder()
                      .decisionKind(care.decisionKind())
                      .addInterventionKind(care.kind())
                      .text(care.proposal())
                      .build())
              .communication(
                  Communication.builder()
                      .communicated(true)
                      .communicatedAt(completed.minusDays(between(1, 5)))
                      .method("Brev och möte")
                      .recipients("Vårdnadshavarna")
                      .response(care.response())
                      .build())
              .completedAt(completed)
              .build();

      Decision decision =
          Decision.builder()
              .header(header(FormType.DECISION, at(decided, 13, 0)))
              .investigationId(investigation.header().documentId())
              .kind(care.decisionKind())
              .addInterventionKind(care.kind())
              .legalBasis(care.basis())
              .decidedAt(decided)
              .decidedBy(committee)
              .validFrom(placementStart)
              .reasons(care.reasons())
              .informedAt(decided.plusDays(1))
              .build();

      List<Goal> goals = goals(needs);
      CarePlan carePlan =
          CarePlan.builder()
              .header(header(FormType.CARE_PLAN, at(decided, 14, 0), follower))
              .decisionId(decision.header().documentId())
              .legalBasis(care.basis())
              .placementForm(care.placementForm())
              .placementStart(placementStart)
              .goals(goals)
              .parentContact("Umgänge varannan helg.")
              .healthArrangements("Hälsoundersökning inom en månad.")
              .schoolArrangements("Barnet går kvar i sin skola.")
              .childViews("Barnet vill träffa sina föräldrar ofta.")
              .guardianViews("Vårdnadshavarna önskar täta kontakter.")
              .decidedAt(decided)
              .reviseBy(
                  StatutoryDates.due(StatutoryPeriod.CARE_PLAN_REVISION, placementStart)
                      .minusDays(1))
              .build();

      AssignmentToProvider assignment =
          AssignmentToProvider.builder()
              .header(header(FormType.ASSIGNMENT_TO_PROVIDER, at(decided, 15, 0), follower))
              .decisionId(decision.header().documentId())
              .provider(
                  Provider.builder()
                      .organisation(care.provider() + " " + pick(FAMILY_NAMES))
                      .contact("Kontaktperson " + pick(GIVEN_NAMES) + " " + pick(FAMILY_NAMES))
                      .build())
              .interventionKind(care.kind())
              .goals(goals)
              .startDate(placementStart)
              .reporting("Skriftlig rapport inför varje uppföljning.")
              .build();

      ImplementationPlan implementationPlan =
          ImplementationPlan.builder()
              .header(header(FormType.IMPLEMENTATION_PLAN, at(placementStart, 11, 0), follower))
              .kind(care.planKind())
              .decisionId(decision.header().documentId())
              .carePlanId(care.placed() ? carePlan.header().documentId() : null)
              .assignmentId(assignment.header().documentId())
              .goals(goals)
              .addActivity(
                  Activity.builder()
                      .what("Regelbundna samtal med barnet")
                      .who(follower.name())
                      .when("Varannan vecka")
                      .goalIds(goals.stream().map(Goal::goalId).toList())
                      .build())
              .childParticipation("Barnet har varit med och formulerat målen.")
              .childViews("Barnet tycker att planen är bra.")
              .guardianViews("Vårdnadshavarna godtar planen.")
              .startDate(placementStart)
              .addFollowUpDate(followUpDate)
              .parentContact("Umgänge varannan helg.")
              .school("Skolskjuts ordnas.")
              .health("Tandläkarbesök bokas.")
              .leisure("Barnet fortsätter med fotbollen.")
              .build();

      FollowUp followUp =
          FollowUp.builder()
              .header(header(FormType.FOLLOW_UP, at(followUpDate, 10, 0), follower))
              .kind(care.placed() ? FollowUpKind.CARE : FollowUpKind.OPEN_CARE)
              .planId(implementationPlan.header().documentId())
              .performedAt(followUpDate)
              .addParticipant(follower.name())
              .addParticipant(care.provider())
              .goalFollowUps(
                  goals.stream()
                      .map(
                          g ->
                              GoalFollowUp.builder()
                                  .goalId(g.goalId())
                                  .outcome(pick(GoalOutcome.values()))
                                  .comment("Arbetet pågår enligt plan.")
                                  .build())
                      .toList())
              .childViews(care.childViewsAtFollowUp())
              .guardianViews("Vårdnadshavarna ser förbättringar.")
              .nextFollowUp(followUpDate.plusMonths(3))
              .build();

      // LVU 3 § care is reconsidered by omprövning, SoL and LVU 2 § care by övervägande
      Review review =
          care.basis() != CareBasis.LVU_3
              ? null
              : Review.builder()
                  .header(header(FormType.REVIEW, at(reconsidered, 13, 0), follower))
                  .decisionId(decision.header().documentId())
                  .careEnforcedAt(placementStart)
                  .performedAt(reconsidered)
                  .outcome(ReviewOutcome.CARE_ENDS)
                  .reasons(
                      "Den unges beteende innebär inte längre en påtaglig risk; vården upphör.")
                  .decidedBy(committee)
                  .build();
      Reconsideration reconsideration =
          Reconsideration.builder()
              .header(header(FormType.RECONSIDERATION, at(reconsidered, 13, 0), follower))
              .legalBasis(care.basis())
              .carePlanId(carePlan.header().documentId())
              .performedAt(reconsidered)
              .careStillNeeded(false)
              .direction("Vården kan avslutas; barnet flyttar hem med stöd.")
              .custodyTransferConsidered(false)
              .childViews("Barnet vill flytta hem.")
              .decidedBy(committee)
              .build();

      Closing[] closing = {pick(CLOSINGS)};
      Closure closure =
          Closure.builder()
              .header(header(FormType.CLOSURE, at(closed, 15, 0), follower))
              .closedAt(closed)
              .reason(closing[0].reason())
              .childViews(closing[0].childViews())
              .guardianViews(closing[0].guardianViews())
              .comment(closing[0].comment())
              .build();

      return CaseFile.builder()
          .schemaVersion(WireFormat.SCHEMA_VERSION)
          .caseId(caseId)
          .child(child)
          .basicData(basicData)
          .addReport(report)
          .addInvestigationPlan(plan)
          .addInvestigation(investigation)
          .addDecision(decision)
          .carePlans(care.placed() ? List.of(carePlan) : List.of())
          .addAssignment(assignment)
          .addImplementationPlan(implementationPlan)
          .addFollowUp(followUp)
          .reconsiderations(review == null && care.placed() ? List.of(reconsideration) : List.of())
          .reviews(review == null ? List.of() : List.of(review))
          .addClosure(closure)
          .build();
    }

    Application application() {
      OffsetDateTime received = at(start, 10, 0);
      return Application.builder()
          .header(header(FormType.APPLICATION, received))
          .receivedDate(start)
          .receivedBy(author)
          .applicants(guardians())
          .appliedFor("Stöd i föräldraskapet och en kontaktfamilj för barnet.")
          .addInterventionKind(InterventionKind.of("KONTAKTFAMILJ"))
          .reasons("Familjen har det svårt efter en separation.")
          .addConsent(
              Consent.builder()
                  .contact("Skolan")
                  .givenBy("Vårdnadshavarna")
                  .given(true)
                  .givenAt(start)
                  .build())
          .build();
    }

    Review review() {
      LocalDate enforced = start.plusDays(between(10, 60));
      LocalDate performed =
          StatutoryDates.due(StatutoryPeriod.LVU_REVIEW, enforced).minusDays(between(1, 20));
      return Review.builder()
          .header(header(FormType.REVIEW, at(performed, 13, 0)))
          .decisionId(uuid())
          .careEnforcedAt(enforced)
          .performedAt(performed)
          .outcome(ReviewOutcome.CARE_CONTINUES)
          .reasons("Den unges beteende innebär fortfarande en påtaglig risk.")
          .decidedBy(committee)
          .build();
    }

    ChildSituationFollowUp childSituationFollowUp() {
      LocalDate decided = start.plusDays(between(20, 120));
      return ChildSituationFollowUp.builder()
          .header(header(FormType.CHILD_SITUATION_FOLLOW_UP, at(decided, 10, 0)))
          .basis(ChildSituationBasis.AFTER_CLOSED_INVESTIGATION)
          .referenceId(uuid())
          .decidedAt(decided)
          .endsAt(StatutoryDates.due(StatutoryPeriod.FOLLOW_UP_AFTER_CLOSED_INVESTIGATION, decided))
          .contacts("Samtal med barnet och vårdnadshavarna.")
          .conclusion("Barnets situation är stabil; ingen ny utredning behövs.")
          .build();
    }

    DocumentHeader header(FormType type, OffsetDateTime createdAt) {
      return header(type, createdAt, author);
    }

    DocumentHeader header(FormType type, OffsetDateTime createdAt, CaseWorker worker) {
      return DocumentHeader.builder()
          .documentId(uuid())
          .formType(type)
          .schemaVersion(WireFormat.SCHEMA_VERSION)
          .bbicVersion(NeedArea.CURRENT_GENERATION)
          .status(DocumentStatus.SIGNED)
          .caseId(caseId)
          .child(childId)
          .organisation(organisation)
          .author(worker)
          .createdAt(createdAt)
          .signedAt(createdAt.plusHours(2))
          .signedBy(worker)
          .build();
    }

    List<RelatedPerson> guardians() {
      List<RelatedPerson> list = new ArrayList<>();
      boolean both = bool(0.7);
      list.add(parent(Relation.MOTHER, both ? Custody.SHARED : Custody.SOLE));
      if (both) {
        list.add(parent(Relation.FATHER, Custody.SHARED));
      }
      return list;
    }

    /**
     * A parent: the mother lives with the child and has the child's family name, a father often
     * too, or lives elsewhere in the municipality under his own.
     */
    RelatedPerson parent(Relation relation, Custody custody) {
      LocalDate birth = child.birthDate().minusYears(between(20, 42)).minusDays(between(0, 364));
      boolean father = relation == Relation.FATHER;
      boolean together = !father || bool(0.6);
      return RelatedPerson.builder()
          .person(
              person(
                  birth,
                  father,
                  together ? home : address(municipality),
                  together ? child.familyName() : pick(FAMILY_NAMES)))
          .relation(relation)
          .custody(custody)
          .build();
    }

    RelatedPerson sibling() {
      LocalDate birth = child.birthDate().plusDays(between(-3000, 3000));
      if (birth.isAfter(start)) {
        birth = start.minusDays(30);
      }
      return RelatedPerson.builder()
          .person(person(birth, bool(0.5), home, child.familyName()))
          .relation(Relation.SIBLING)
          .custody(Custody.NONE)
          .build();
    }

    List<Goal> goals(List<NeedArea> needs) {
      List<Goal> goals = new ArrayList<>();
      int n = Math.min(needs.size(), between(1, 3));
      for (int i = 0; i < n; i++) {
        NeedArea area = needs.get(i);
        goals.add(
            Goal.builder()
                .goalId("G" + (i + 1))
                .description("Barnets behov inom området tillgodoses.")
                .addNeedArea(area)
                .progressIndicator("Barnet och personalen beskriver förbättring.")
                .responsible(i % 2 == 0 ? "Utföraren" : follower.name())
                .build());
      }
      return goals;
    }

    int age(LocalDate on) {
      return child.birthDate().until(on).getYears();
    }
  }

  /**
   * A person born on {@code birth} living at {@code address}: a test personnummer (birth number
   * 980–999) whose sex digit, odd for a man, agrees with the given name.
   */
  private Person person(LocalDate birth, boolean male, Address address) {
    return person(birth, male, address, pick(FAMILY_NAMES));
  }

  private Person person(LocalDate birth, boolean male, Address address, String familyName) {
    int birthNumber = 980 + 2 * random.nextInt(10) + (male ? 1 : 0);
    Personnummer number = Personnummer.of(birth, birthNumber, false);
    return Person.builder()
        .id(PersonId.of(number))
        .givenName(pick(male ? MALE_NAMES : FEMALE_NAMES))
        .familyName(familyName)
        .birthDate(birth)
        .protection(ProtectionLevel.NONE)
        .address(address)
        .build();
  }

  /**
   * A street address in {@code municipality}: its postal town and a postal code of the town's
   * range.
   */
  private Address address(String[] municipality) {
    int from = Integer.parseInt(municipality[3]);
    int to = Integer.parseInt(municipality[4]);
    return Address.builder()
        .street(pick(STREETS) + " " + between(1, 60))
        .postalCode(String.format("%03d %02d", between(from, to), between(10, 99)))
        .city(municipality[1])
        .country("Sverige")
        .build();
  }

  private CaseWorker caseWorker(String title) {
    return CaseWorker.builder()
        .name(pick(GIVEN_NAMES) + " " + pick(FAMILY_NAMES))
        .title(title)
        .staffId("hl" + between(1000, 9999))
        .build();
  }

  private OffsetDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(SWEDEN).toOffsetDateTime();
  }

  private UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  private int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  private boolean bool(double probability) {
    return random.nextDouble() < probability;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
