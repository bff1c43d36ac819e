package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.cailiang.runtime.internal.CodeIndex;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.internal.Suggestions;

/**
 * Finds standards and violations by code across every generated jar on the class path. Build
 * one with {@link #load()} and keep it: it is immutable and safe to share between threads.
 */
public final class Standards {
  private final List<Standard> standards;
  /** Every violation and tier code, looked up on every untyped call: one read, no stripping. */
  private final CodeIndex<Entry> byCode;
  /** The violation codes, sorted. */
  private final List<String> codes;
  /** Per violation code and tier code, that code through the versions of its standard. */
  private final Map<String, CodeInTime> inTime;

  private final Map<String, String> superseded;

  /** Whether keys that are not facts of the violation are ignored rather than rejected. */
  private final boolean lenient;

  /**
   * What a code leads to, worked out once: its violation (the latest version's), whether it is
   * that violation's own code (else a tier's, whose decision is checked), and whether several
   * versions share it (then dates are needed).
   */
  private record Entry(Violation violation, boolean violationCode, boolean needsDates) {}

  private Standards(List<Standard> standards) {
    this.inTime = new HashMap<>();
    this.superseded = new LinkedHashMap<>();
    this.lenient = false;
    if (standards.stream().anyMatch(java.util.Objects::isNull)) { // List.of throws on contains(null)
      throw new NullPointerException("标准中有 null：传入生成的标准类的实例，如 Standards.of(new BeijingPsb())");
    }
    this.standards = List.copyOf(standards);
    for (Standard standard : this.standards) {
      if (!standard.supersedes().isEmpty()) {
        superseded.put(standard.id(), standard.supersedes());
      }
    }
    Map<String, Violation> violations = new TreeMap<>();
    Map<String, Violation> tiers = new TreeMap<>();
    for (Standard standard : this.standards) {
      for (Violation violation : standard.violations()) {
        register(violations, violation.code(), violation);
        for (String tierCode : violation.tierCodes()) {
          register(tiers, tierCode, violation);
        }
      }
    }
    this.codes = List.copyOf(violations.keySet());
    for (VersionChain chain : VersionChain.of(this.standards)) {
      index(chain);
    }
    // A violation's own code wins over a tier code that happens to spell the same.
    Map<String, Entry> entries = new LinkedHashMap<>();
    violations.forEach((code, violation) -> entries.put(code, entryFor(code, violation, true)));
    tiers.forEach((code, violation) -> entries.putIfAbsent(code, entryFor(code, violation, false)));
    this.byCode = CodeIndex.of(entries);
  }

  private Entry entryFor(String code, Violation violation, boolean violationCode) {
    // Several versions of the code: which decides depends on the dates, and the violation looked
    // up by code refuses an undated case as evaluate(code, …) does (integrator's review: it
    // decided under the latest version). A code of one version only is decided as before.
    // A tier code is asked of its violation, whose versions decide it (re-review: X00001B010 of
    // v1 alone was decided undated though X00001 runs through three versions).
    boolean needsDates = inTime.get(code).versionsWithCode().size() > 1
        || inTime.get(violation.code()).versionsWithCode().size() > 1;
    return new Entry(needsDates ? new NeedsDates(violation, this) : violation, violationCode,
        needsDates);
  }

  /**
   * The latest version's violation for its code, title and facts, refusing to decide without
   * dates: {@link #violation(String)} of a code several versions share.
   */
  private record NeedsDates(Violation latest, Standards standards) implements Violation {
    @Override
    public String code() {
      return latest.code();
    }

    @Override
    public String standardId() {
      return latest.standardId();
    }

    @Override
    public String title() {
      return latest.title();
    }

    @Override
    public List<FactSpec> facts() {
      return latest.facts();
    }

    @Override
    public List<String> tierCodes() {
      return latest.tierCodes();
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      throw standards.datesRequired(latest.code());
    }

    @Override
    public CaseDecision evaluate(Map<String, ?> facts, GeneralFacts general) {
      throw standards.datesRequired(latest.code());
    }

    @Override
    public java.util.Optional<GeneralRules> generalRules() {
      return latest.generalRules();
    }

    @Override
    public List<String> reminders() {
      return latest.reminders();
    }

    @Override
    public String toString() {
      return latest.toString();
    }
  }

  private Standards(Standards strict, boolean lenient) {
    this.standards = strict.standards;
    this.byCode = strict.byCode;
    this.codes = strict.codes;
    this.inTime = strict.inTime;
    this.superseded = strict.superseded;
    this.lenient = lenient;
  }

  /**
   * These standards, evaluating untyped facts leniently: keys that are not facts of the
   * violation (a {@code caseId}, a {@code remarks} column) are ignored instead of rejected.
   * Missing and invalid facts are still rejected. Costs nothing when there are no such keys.
   *
   * @return a registry sharing this one's indexes
   */
  public Standards lenient() {
    return lenient ? this : new Standards(this, true);
  }

  /**
   * Whether {@link #lenient()} made this registry.
   *
   * @return whether unknown keys are ignored
   */
  public boolean isLenient() {
    return lenient;
  }

  private void index(VersionChain chain) {
    Map<String, Violation[]> perCode = new LinkedHashMap<>();
    int size = chain.versions().size();
    for (int i = 0; i < size; i++) {
      for (Violation violation : chain.versions().get(i).violations()) {
        perCode.computeIfAbsent(violation.code(), c -> new Violation[size])[i] = violation;
        for (String tierCode : violation.tierCodes()) {
          perCode.computeIfAbsent(tierCode, c -> new Violation[size])[i] = violation;
        }
      }
    }
    perCode.forEach((code, versions) -> inTime.put(code, new CodeInTime(code, chain, versions)));
  }

  private void register(Map<String, Violation> index, String code, Violation violation) {
    Violation previous = index.putIfAbsent(code, violation);
    if (previous != null && isLaterVersion(violation.standardId(), previous.standardId())) {
      index.put(code, violation);
    } else if (previous != null && !isLaterVersion(previous.standardId(), violation.standardId())) {
      // Said in full: the usual cause is one standard in two jars on the class path.
      throw new IllegalStateException("编码 " + code + " 由两个裁量基准定义：" + origin(previous) + "；"
          + origin(violation) + "。同一编码只能由一个标准（或同一标准的前后版本）定义：检查类路径上是否有同一标准的两个 jar");
    }
  }

  /** The standard of a violation, its class and where the class was loaded from. */
  private static String origin(Violation violation) {
    java.security.CodeSource source = violation.getClass().getProtectionDomain().getCodeSource();
    return violation.standardId() + "（" + violation.getClass().getName() + "，来自 "
        + (source == null || source.getLocation() == null ? "未知位置" : source.getLocation()) + "）";
  }

  /** Whether standard {@code later} supersedes {@code earlier}, directly or through versions. */
  private boolean isLaterVersion(String later, String earlier) {
    String id = later;
    for (int steps = 0; steps <= superseded.size(); steps++) {
      id = superseded.get(id);
      if (id == null) {
        return false;
      }
      if (id.equals(earlier)) {
        return true;
      }
    }
    return false;
  }

  /** {@return every standard that the context class loader's {@link ServiceLoader} finds} */
  public static Standards load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /**
   * {@return every standard that {@link ServiceLoader} finds through {@code loader}, ordered by
   * id}
   *
   * @param loader the class loader whose {@code META-INF/services} files name the standards
   */
  public static Standards load(ClassLoader loader) {
    List<Standard> found = new ArrayList<>();
    for (Standard standard : ServiceLoader.load(Standard.class, loader)) {
      found.add(standard);
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return new Standards(found);
  }

  /**
   * {@return a registry of the given standards only, in the order given}
   *
   * @param standards the standards, none null
   */
  public static Standards of(Standard... standards) {
    return new Standards(java.util.Arrays.asList(standards)); // a null is refused with its message
  }

  /** {@return the standards found, ordered by id} */
  public List<Standard> standards() {
    return standards;
  }

  /**
   * {@return the standard with this id, or empty when none was found}
   *
   * @param id the standard's id in its source, e.g. {@code beijing_psb}
   */
  public Optional<Standard> standard(String id) {
    for (Standard standard : standards) {
      if (standard.id().equals(id)) {
        return Optional.of(standard);
      }
    }
    return Optional.empty();
  }

  /** {@return every violation code known, sorted} */
  public List<String> codes() {
    return codes;
  }

  /**
   * The violation with this code: a violation code ({@code C05843}) or the full code of one of
   * its tiers ({@code C05843B010}). When versions of a standard share the code, the latest
   * version's title and facts, and its {@code evaluate} methods throw {@link
   * DatesRequiredException} as {@link #evaluate(String, Map)} does: which version decides
   * depends on the dates, see {@link #evaluate(String, Map, LocalDate, LocalDate)} and {@link
   * #inTime(String)}.
   *
   * @param code the code, surrounding blanks ignored
   * @return the violation, never null
   * @throws UnknownCodeException when no standard has the code, or it is null
   */
  public Violation violation(String code) {
    return entry(code).violation();
  }

  /** The entry of a code as given, else of the code stripped of blanks. */
  private Entry entry(String code) {
    Entry entry = code == null ? null : byCode.get(code);
    return entry != null ? entry : strippedEntry(code);
  }

  private Entry strippedEntry(String code) {
    if (code == null) {
      throw new UnknownCodeException(null, "编码为 null");
    }
    Entry entry = byCode.get(code.strip());
    if (entry == null) {
      throw new UnknownCodeException(code, unknownMessage(code));
    }
    return entry;
  }

  /**
   * Decides a case by code and untyped facts; see {@link Violation#evaluate(Map)}. A tier code
   * ({@code C05843B010}) asks for that tier: the facts still decide, and a decision for another
   * tier is rejected rather than returned in its place.
   *
   * @param code a violation or tier code, surrounding blanks ignored
   * @param facts the facts by id, as {@link Violation#evaluate(Map)} takes them
   * @return the decision, never null
   * @throws UnknownCodeException when no standard has the code
   * @throws InvalidFactsException naming every missing, unknown or invalid fact, or when the
   *     facts lead to another tier than the tier code asked for
   * @throws DatesRequiredException when several versions of a standard share the code: which
   *     applies depends on the dates, see {@link #evaluate(String, Map, LocalDate, LocalDate)}
   */
  public Decision evaluate(String code, Map<String, ?> facts) {
    Entry entry = undated(code);
    Violation violation = entry.violation();
    Decision decision = violation.evaluate(known(violation, facts));
    // Only a tier code asks for a tier; a violation code takes whichever the facts decide.
    return entry.violationCode() ? decision : checkTier(code, violation, decision);
  }

  /**
   * Decides a case under the general part (总则) its standard uses, from untyped facts: {@link
   * #evaluate(String, Map)}, then {@link Violation#evaluate(Map, GeneralFacts)}.
   *
   * @param code a violation code or a tier code, as for {@link #evaluate(String, Map)}
   * @param facts the facts by id
   * @param general the general circumstances, dates and proposed fine
   * @return the outcome, never null; with an act date, the author's higher-law notes for that day
   *     ({@link Violation#higherLawNotes}) among the points left to the officer ({@code unresolved})
   * @throws UnknownCodeException when no standard has the code
   * @throws InvalidFactsException naming every missing, unknown or invalid fact, when the
   *     facts lead to another tier than the tier code asked for, or when 减轻 needs the statute
   *     and the statute depends on a fact left out
   * @throws DatesRequiredException when several versions of a standard share the code
   * @throws InvalidGeneralFactsException when the general facts do not fit the general part
   * @throws InvalidDatesException when the discovery date is before the act date, or the act date
   *     the general facts give is before the day the code's law took effect ({@link
   *     Violation#lawEffective()}; the dated call answers {@code NOT_COVERED_AT_ACT})
   * @throws UnsupportedOperationException when the code's standard uses no general part
   */
  public CaseDecision evaluate(String code, Map<String, ?> facts, GeneralFacts general) {
    Entry entry = undated(code);
    Violation violation = entry.violation();
    java.util.Objects.requireNonNull(general, GeneralFacts.NULL_MESSAGE);
    java.util.Optional<LocalDate> lawFrom = violation.lawEffective();
    if (general.actDate().isPresent() && lawFrom.isPresent() && general.actDate().get().isBefore(lawFrom.get())) {
      // Integrator's re-check: an act of 2000 under a regulation of 2007 was PUNISHED here, while
      // the dated call did not decide it (法不溯及既往).
      throw new InvalidDatesException("违法行为发生之日 " + general.actDate().get() + " 早于编码 " + code.strip()
          + " 所依据的法规的施行日期 " + lawFrom.get() + "：本基准不作裁量；按日期求值（evaluate(编码, 事实, 行为之日, "
          + "决定之日, 总则事实)）时结果为 NOT_COVERED_AT_ACT，须由执法人员依当时施行的法律、法规、规章判断");
    }
    CaseDecision outcome = violation.evaluate(known(violation, facts), general);
    if (!entry.violationCode()) {
      checkTier(code, violation, outcome.decision());
    }
    return outcome;
  }

  /** The entry of a code that needs no dates: one version has it. */
  private Entry undated(String code) {
    Entry entry = entry(code);
    if (entry.needsDates()) {
      throw datesRequired(code);
    }
    return entry;
  }

  private DatesRequiredException datesRequired(String code) {
    // The versions of the code's violation: a tier code is decided by them.
    String violationCode = entry(code).violation().code();
    return new DatesRequiredException(code, "编码 " + code
        + (violationCode.equals(code.strip()) ? "" : "（违法行为 " + violationCode + "）")
        + " 见于同一裁量基准的多个版本（"
        + String.join("、", inTime.get(violationCode).versionsWithCode().stream().map(Standard::id).toList())
        + "），适用哪一版本取决于违法行为发生之日和作出处罚决定之日（《中华人民共和国行政处罚法》第三十七条）："
        + "请传入这两个日期");
  }

  /**
   * Decides a case under the law in time: the version in force at the act date, unless the
   * version in force at the decision date no longer punishes the conduct or punishes it more
   * lightly for the same facts (从旧兼从轻, 《中华人民共和国行政处罚法》第三十七条). Where the two
   * outcomes cannot be ordered, the result carries both for the officer ({@link
   * TimedDecision#needsOfficer()}). A standard without dates is in force always.
   *
   * @param code a violation or tier code, surrounding blanks ignored
   * @param facts the facts by id, as for {@link #evaluate(String, Map)}
   * @param actDate the day of the act (违法行为发生之日; for a continuing act, the day it ended)
   * @param decisionDate the day of the decision
   * @return the decision under the law that applies, or both decisions for the officer
   * @throws UnknownCodeException when no version of any standard has the code
   * @throws InvalidDatesException when the decision precedes the act
   * @throws InvalidFactsException when a version weighed lacks a fact, or a tier code was asked
   *     for and the facts lead to another tier
   */
  public TimedDecision evaluate(
      String code, Map<String, ?> facts, LocalDate actDate, LocalDate decisionDate) {
    CodeInTime versions = inTime(code);
    return versions.evaluate(lenient ? versions.withoutUnknownKeys(facts) : facts, actDate, decisionDate);
  }

  /**
   * Decides a case under the law in time and the general part (总则) together, as {@code
   * cailiang eval --act-date … --general …} does: the version or versions {@link
   * #evaluate(String, Map, LocalDate, LocalDate)} chooses, then each decision under the general
   * part its version uses ({@link Violation#evaluate(Map, GeneralFacts)}), the act date being
   * {@code actDate}. With a discovery date in {@code general}, the limitation period (第三十六条)
   * is weighed first, under the general parts of the versions in force on the act's day and on the
   * decision's: barred under either, every version's outcome is that barred one (verdict {@link
   * CaseDecision.Verdict#TIME_BARRED}); the facts must still decide the table.
   *
   * @param code a violation or tier code, surrounding blanks ignored
   * @param facts the facts by id, as for {@link #evaluate(String, Map)}
   * @param actDate the day of the act (违法行为发生之日; for a continuing act, the day it ended)
   * @param decisionDate the day of the decision
   * @param general the general circumstances, the discovery date and the proposed fine; an act
   *     date in it must be {@code actDate}
   * @return each version applied with its outcome under the general part (empty for a version
   *     that uses none)
   * @throws UnknownCodeException when no version of any standard has the code
   * @throws InvalidDatesException when the decision precedes the act, the discovery precedes the
   *     act, or {@code general} gives another act date
   * @throws InvalidFactsException as for {@link #evaluate(String, Map, LocalDate, LocalDate)}
   * @throws InvalidGeneralFactsException when the general facts do not fit a version's general
   *     part
   * @throws NullPointerException when {@code general} is null (pass {@link GeneralFacts#NONE})
   */
  public TimedCaseDecision evaluate(String code, Map<String, ?> facts, LocalDate actDate,
      LocalDate decisionDate, GeneralFacts general) {
    CodeInTime versions = inTime(code);
    return versions.evaluate(lenient ? versions.withoutUnknownKeys(facts) : facts, actDate,
        decisionDate, general);
  }

  /**
   * {@link #evaluate(String, Map, LocalDate, LocalDate)} for an act committed and decided
   * today, in Beijing time whatever the server's zone.
   *
   * @param code a violation or tier code, surrounding blanks ignored
   * @param facts the facts by id, as for {@link #evaluate(String, Map)}
   * @return the decision under the law in force today
   */
  public TimedDecision evaluateToday(String code, Map<String, ?> facts) {
    LocalDate today = org.cailiang.runtime.internal.ChinaDay.today();
    return evaluate(code, facts, today, today);
  }

  /**
   * The violation of the version in force on this day that has the code, for a typed
   * evaluation: {@code if (standards.inForce("E05403", act) instanceof
   * ExampleSecurity2026_E05403Violation v) v.evaluate(new ExampleSecurity2026_E05403Violation.Facts(…))}.
   * Allocates nothing. When the act date and the decision date give different versions, the law
   * changed in between and {@link #evaluate(String, Map, LocalDate, LocalDate)} weighs both.
   *
   * @param code a violation or tier code
   * @param day the day, usually the act's
   * @return null when no version in force on that day has the code (it is not punishable then)
   * @throws UnknownCodeException when no version of any standard has the code
   * @throws InvalidDatesException when the day is null
   */
  public Violation inForce(String code, LocalDate day) {
    return inTime(code).inForce(day);
  }

  /**
   * The code through the versions of its standard. Looking it up once and keeping it spares the
   * lookup by code on every case: {@code e05403.inForce(act)}.
   *
   * @param code a violation or tier code
   * @return the versions that have the code, never null
   * @throws UnknownCodeException when no version of any standard has the code
   */
  public CodeInTime inTime(String code) {
    CodeInTime versions = code == null ? null : inTime.get(code);
    if (versions == null) {
      violation(code);
      versions = inTime.get(code.strip());
    }
    return versions;
  }

  /** The facts to pass on: without unknown keys when lenient. */
  Map<String, ?> known(Violation violation, Map<String, ?> facts) {
    return lenient ? FactReader.withoutUnknownKeys(violation.facts(), facts) : facts;
  }

  /** Rejects a decision for another tier than the tier code asked for. */
  static Decision checkTier(String code, Violation violation, Decision decision) {
    String asked = code.strip();
    if (!asked.equals(violation.code()) && !asked.equals(decision.tierCode())) {
      throw new InvalidFactsException(violation.code(), List.of("所给事实适用阶次 " + decision.tierCode()
          + "，而不是所请求的阶次 " + asked + "；由事实决定阶次时请传入违法行为编码 " + violation.code()));
    }
    return decision;
  }

  private String unknownMessage(String code) {
    String given = code.strip();
    if (given.isEmpty()) {
      return "编码为空";
    }
    if (standards.isEmpty()) {
      return "未知编码 " + given + "：类路径上没有任何裁量基准（缺少 META-INF/services/"
          + Standard.class.getName() + "）";
    }
    List<String> near = Suggestions.nearest(given, codes());
    return "未知编码 " + given + (near.isEmpty() ? "" : "，相近的编码有：" + String.join(", ", near));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Standards[");
    for (int i = 0; i < standards.size(); i++) {
      Standard standard = standards.get(i);
      text.append(i == 0 ? "" : ", ").append(standard.id()).append(' ').append(standard.title())
          .append("（").append(standard.violations().size()).append(" 个违法行为）");
    }
    return text.append(lenient ? "; lenient]" : "]").toString();
  }
}
