package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * 裁量基准不得超出法定的处罚种类和幅度: in every cell, each sanction of the tier that applies must
 * be one the statute allows there, within its range; a mandatory 并处 may be neither dropped nor
 * made optional; a tier may go below the statutory minimum only when marked {@code mitigated}.
 */
final class EnvelopeChecks {
  private final Standard standard;
  private final Violation violation;
  private final Reporter reporter;
  private final List<Allowance> allowances;
  private final Set<String> reported = new HashSet<>();
  private final AlternativeRules alternatives;
  /** Tiers that apply somewhere, and the mitigated ones among them that do go below the law. */
  private final Set<Tier> applied = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Tier> mitigationUsed = Collections.newSetFromMap(new IdentityHashMap<>());
  private final java.util.Map<SanctionSpec.Fine, List<SanctionSpec.Fine>> splits = new IdentityHashMap<>();

  EnvelopeChecks(Standard standard, Violation violation, Reporter reporter) {
    this.standard = standard;
    this.violation = violation;
    this.reporter = reporter;
    this.allowances = Allowance.of(violation.statute());
    this.alternatives = new AlternativeRules(standard, violation, reporter);
  }

  void run(List<Cell> cells) {
    if (violation.statute().isEmpty()) {
      reporter.report(Severity.WARNING, violation, null, violation.span(), "no-statute",
          "违法行为 " + violation.codes() + " 没有声明法定幅度（statute）或法定幅度为空，无法审查各阶次是否超出法定的处罚种类和幅度");
      return;
    }
    StatuteFines.run(standard, violation, cells, reporter);
    Tier otherwise = violation.otherwise().orElse(null);
    for (Cell cell : cells) {
      Tier tier = Cells.winner(otherwise, cell);
      if (tier == null) {
        continue;
      }
      List<Allowance> applicable = new ArrayList<>();
      for (Allowance allowance : allowances) {
        if (cell.statute().get(allowance.clause())) {
          applicable.add(allowance);
        }
      }
      for (SanctionSpec sanction : tier.sanctions()) {
        if (sanction instanceof SanctionSpec.Alternative alternative) {
          alternative.options().forEach(option -> checkAllowed(tier, option, applicable, cell));
        } else {
          checkAllowed(tier, sanction, applicable, cell);
        }
      }
      checkMandatory(tier, applicable, cell);
      if (alternatives.check(tier, cell, applicable)) {
        mitigationUsed.add(tier);
      }
      applied.add(tier);
    }
    checkMitigationUsed();
  }

  /**
   * 减轻处罚 goes below the statutory minimum or leaves out a kind the statute requires
   * (《行政处罚法》第三十二条); a {@code mitigated} tier that does neither anywhere misleads.
   * Tiers without any penalty get {@code mitigated-no-penalty} instead.
   */
  private void checkMitigationUsed() {
    for (Tier tier : violation.tiers()) {
      if (!tier.mitigation().isEmpty() && applied.contains(tier) && !mitigationUsed.contains(tier)
          && tier.sanctions().stream().anyMatch(SanctionSpec::isPenalty)) {
        reporter.report(Severity.WARNING, violation, tier, tier.span(), "mitigated-unused",
            "阶次 " + Cells.tier(tier) + " 写明减轻处罚（mitigated），但各项处罚都在法定幅度之内，也没有省略法定"
                + "应当并处的处罚：减轻处罚是在法定最低限度以下处罚（《行政处罚法》第三十二条）；请删除 mitigated 或核对幅度");
      }
    }
  }

  private void checkAllowed(Tier tier, SanctionSpec sanction, List<Allowance> applicable, Cell cell) {
    sanction.accept(new SanctionSpec.Visitor<Void>() {
      /** An exemption is checked against its grounds, not the statute's sanctions. */
      @Override
      public Void visitExempt(SanctionSpec.Exempt exempt) {
        return null;
      }

      @Override
      public Void visitOrder(SanctionSpec.Order order) {
        if (!GeneralRules.isCorrectionOrder(order) && !IncomeConfiscation.isRefund(order) && sameKind(order, applicable).stream()
            .noneMatch(a -> ((SanctionSpec.Order) a.sanction()).text().equals(order.text()))) {
          once(Severity.WARNING, tier, sanction, "order-text", () -> "措施「" + order.text() + "」不在此情形下的法定幅度中（"
              + Cells.describe(violation, cell) + "）；请核对罚则条款的用语");
        }
        return null;
      }

      /**
       * A referral hands the case over (《行政处罚法》第二十七条); it is no sanction of the
       * statute's envelope. Whether the violation declares it is checked by ReferralChecks.
       */
      @Override
      public Void visitReferral(SanctionSpec.Referral referral) {
        return null;
      }

      @Override
      public Void visitWarning(SanctionSpec.Warning warning) {
        checkPenalty(tier, warning, applicable, cell);
        return null;
      }

      @Override
      public Void visitCriticism(SanctionSpec.Criticism criticism) {
        checkPenalty(tier, criticism, applicable, cell);
        return null;
      }

      @Override
      public Void visitFine(SanctionSpec.Fine fine) {
        // 对单位、个人处……: a list applies to each party listed (§11), so where no clause names
        // them all, each is weighed against its own clause.
        if (fine.parties().size() > 1
            && sameKind(fine, applicable).stream().noneMatch(a -> Kinds.coversParties(a.sanction(), fine))) {
          perParty(fine).forEach(one -> checkPenalty(tier, one, applicable, cell));
        } else {
          checkPenalty(tier, fine, applicable, cell);
        }
        return null;
      }

      @Override
      public Void visitConfiscation(SanctionSpec.Confiscation confiscation) {
        if (ConfiscatedObjects.items(confiscation.what()).stream().allMatch(ConfiscatedObjects::isIncome)) {
          return null; // required by 第二十八条第二款 whatever the statute block lists
        }
        checkPenalty(tier, confiscation, applicable, cell);
        return null;
      }

      @Override
      public Void visitDetention(SanctionSpec.Detention detention) {
        checkPenalty(tier, detention, applicable, cell);
        return null;
      }

      @Override
      public Void visitLicence(SanctionSpec.Licence licence) {
        checkPenalty(tier, licence, applicable, cell);
        return null;
      }

      @Override
      public Void visitSuspension(SanctionSpec.Suspension suspension) {
        checkPenalty(tier, suspension, applicable, cell);
        return null;
      }

      @Override
      public Void visitAlternative(SanctionSpec.Alternative alternative) {
        checkPenalty(tier, alternative, applicable, cell);
        return null;
      }
    });
  }

  /** A list fine as one fine per party, the same objects every cell (findings are reported once). */
  private List<SanctionSpec.Fine> perParty(SanctionSpec.Fine fine) {
    return splits.computeIfAbsent(fine, f -> f.parties().stream()
        .map(p -> new SanctionSpec.Fine(List.of(p), false, f.amount(), f.optional(), f.span())).toList());
  }

  private static List<Allowance> sameKind(SanctionSpec sanction, List<Allowance> applicable) {
    return applicable.stream().filter(a -> Kinds.sameKind(a.sanction(), sanction)).toList();
  }

  /** Checks a penalty's kind, parties and range against the allowances applicable in a cell. */
  private void checkPenalty(Tier tier, SanctionSpec sanction, List<Allowance> applicable, Cell cell) {
    List<Allowance> sameKind = sameKind(sanction, applicable);
    List<Allowance> matching = sameKind.stream().filter(a -> Kinds.coversParties(a.sanction(), sanction)).toList();
    if (matching.isEmpty() && !tier.mitigation().isEmpty()) {
      SanctionSpec heavier = Kinds.heavierThan(sanction, applicable);
      if (heavier != null) {
        // 减轻处罚 may also choose a lighter kind than the law's (第三十二条; kinds in 第九条's order).
        mitigationUsed.add(tier);
        once(Severity.INFO, tier, sanction, "mitigated", () -> "阶次 " + Cells.tier(tier) + " 减轻处罚，以较轻的"
            + Kinds.name(standard, sanction) + "代替法定的" + Kinds.name(standard, heavier) + "：" + tier.mitigation());
        return;
      }
    }
    if (matching.isEmpty() && sanction instanceof SanctionSpec.Confiscation taken && !sameKind.isEmpty()) {
      once(Severity.ERROR, tier, sanction, "envelope", () -> "阶次 " + Cells.tier(tier) + " 没收"
          + ConfiscatedObjects.quote(ConfiscatedObjects.unnamed((SanctionSpec.Confiscation) sameKind.get(0).sanction(), taken))
          + "，不是罚则条款规定没收之物（此情形下罚则条款规定没收：" + String.join("；", sameKind.stream()
              .map(a -> ((SanctionSpec.Confiscation) a.sanction()).what()).toList()) + "）");
      return;
    }
    if (matching.isEmpty() && sanction instanceof SanctionSpec.Fine fine && !allowedElsewhere(sanction)) {
      SanctionSpec.Fine other = sameKind.stream().map(a -> (SanctionSpec.Fine) a.sanction())
          .filter(a -> sameParties(a, fine)).findFirst().orElse(null);
      if (other != null) {
        once(Severity.ERROR, tier, sanction, "envelope", () -> "阶次 " + Cells.tier(tier) + " 的" + Kinds.name(standard, sanction)
            + " 基数不同：法定幅度" + StatuteFines.reckoning(violation, other.amount()) + "，阶次"
            + StatuteFines.reckoning(violation, fine.amount()) + "（" + Cells.describe(violation, cell) + "）");
        return;
      }
    }
    if (matching.isEmpty() && sanction instanceof SanctionSpec.Fine fine && !sameKind.isEmpty()
        && !allowedElsewhere(sanction)) {
      // The kind is the statute's; the party is not (legal author: "不是罚则条款规定的处罚种类"
      // for a fine on a principal the article does not name).
      java.util.LinkedHashSet<String> fined = new java.util.LinkedHashSet<>();
      sameKind.forEach(a -> ((SanctionSpec.Fine) a.sanction()).parties()
          .forEach(p -> fined.add(Kinds.label(standard, p))));
      once(Severity.ERROR, tier, sanction, "envelope", () -> "阶次 " + Cells.tier(tier) + " 的"
          + Kinds.name(standard, sanction) + "：罚则条款没有对"
          + String.join("、", fine.parties().stream().map(p -> Kinds.label(standard, p)).toList())
          + "处罚款的规定（此情形下罚则条款的罚款只对" + String.join("、", fined) + "）");
      return;
    }
    if (matching.isEmpty()) {
      boolean elsewhere = allowedElsewhere(sanction);
      once(Severity.ERROR, tier, sanction, "envelope", () -> "阶次 " + Cells.tier(tier) + " 的" + Kinds.name(standard, sanction)
          + (elsewhere ? " 在此情形下超出法定的处罚种类（" + Cells.describe(violation, cell) + "）"
              : " 不是罚则条款规定的处罚种类"));
      return;
    }
    BigDecimal[] range = Kinds.range(sanction);
    if (range == null) {
      return;
    }
    List<BigDecimal[]> allowed = matching.stream().map(a -> Kinds.range(a.sanction())).toList();
    if (allowed.stream().noneMatch(a -> Kinds.withinMax(range, a))) {
      once(Severity.ERROR, tier, sanction, "envelope", () -> "阶次 " + Cells.tier(tier) + " 的" + Kinds.name(standard, sanction)
          + " " + Kinds.show(sanction, range) + " 超出法定幅度 " + Kinds.show(sanction, allowed.get(0)));
    } else if (allowed.stream().noneMatch(a -> Kinds.withinMax(range, a) && Kinds.reachesMin(range, a))) {
      if (tier.mitigation().isEmpty()) {
        once(Severity.ERROR, tier, sanction, "below-minimum", () -> "阶次 " + Cells.tier(tier) + " 的" + Kinds.name(standard, sanction)
            + " " + Kinds.show(sanction, range) + " 低于法定最低限度 " + Kinds.show(sanction, allowed.get(0))
            + "；减轻处罚须在阶次中写明 mitigated \"理由\"");
      } else {
        mitigationUsed.add(tier);
        once(Severity.INFO, tier, sanction, "mitigated", () -> "阶次 " + Cells.tier(tier) + " 减轻处罚，低于法定最低限度 "
            + Kinds.show(sanction, allowed.get(0)) + "：" + tier.mitigation());
      }
    }
  }

  private void checkMandatory(Tier tier, List<Allowance> applicable, Cell cell) {
    boolean exempt = tier.sanctions().stream().anyMatch(s -> s instanceof SanctionSpec.Exempt);
    if (exempt) {
      return;
    }
    for (Allowance allowance : applicable) {
      if (allowance.mandatory() && allowance.sanction() instanceof SanctionSpec.Order order
          && tier.sanctions().stream().noneMatch(s -> s instanceof SanctionSpec.Order)) {
        // Not a penalty, so no mandatory-omitted; yet a decision without it leaves the
        // violation standing (第二十八条第一款), and the table is what officers copy.
        once(Severity.WARNING, tier, null, allowance, "order-omitted", () -> "罚则条款规定此情形下" + order.text()
            + "，阶次 " + Cells.tier(tier) + " 没有写责令改正类措施（" + Cells.describe(violation, cell)
            + "）；行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为（《中华人民共和国行政处罚法》第二十八条第一款）");
      }
      if (!allowance.mandatory() || !allowance.isPenalty() || incomeJudgedElsewhere(allowance)) {
        continue;
      }
      SanctionSpec required = allowance.sanction();
      if (required instanceof SanctionSpec.Confiscation confiscation) {
        checkConfiscated(tier, confiscation, allowance, cell);
        continue;
      }
      List<SanctionSpec> present = tier.sanctions().stream()
          .filter(s -> Kinds.sameKind(required, s) && Kinds.coversParties(required, s)).toList();
      if (present.isEmpty() && finedOtherwise(tier, required, applicable)) {
        continue;
      }
      List<Ref> unfined = unfinedParties(tier, required);
      if (!present.isEmpty() && !unfined.isEmpty()) {
        if (!tier.mitigation().isEmpty()) {
          mitigationUsed.add(tier); // leaving out a party's fine is a 减轻 for that party
        } else {
          once(Severity.ERROR, tier, null, allowance, "mandatory-omitted", () -> "罚则条款规定此情形下应当"
              + Kinds.name(standard, required).replace("的罚款", "分别处罚款") + "，阶次 " + Cells.tier(tier)
              + " 却没有对" + String.join("、", unfined.stream().map(p -> Kinds.label(standard, p)).toList())
              + "处罚款（" + Cells.describe(violation, cell) + "）");
        }
        continue;
      }
      List<Ref> notListed = partiesNotFined(tier, required);
      if (!present.isEmpty() && !notListed.isEmpty() && tier.mitigation().isEmpty()) {
        // Legal author: 对单位、个人处 written as a tier fining only the unit left an individual
        // unfined, while the article binds whichever party the case has.
        once(Severity.WARNING, tier, null, allowance, "party-omitted", () -> "罚则条款规定此情形下应当对"
            + String.join("、", ((SanctionSpec.Fine) required).parties().stream().map(p -> Kinds.label(standard, p)).toList())
            + "处罚款（案件的当事人是谁就对谁），阶次 " + Cells.tier(tier) + " 却只对"
            + String.join("、", fined(tier).stream().filter(name -> required instanceof SanctionSpec.Fine f
                && f.parties().stream().anyMatch(p -> p.name().equals(name)))
                .map(name -> Kinds.label(standard, new Ref(name, null))).toList())
            + "处罚款：当事人为" + String.join("、", notListed.stream().map(p -> Kinds.label(standard, p)).toList())
            + "时本阶次没有罚款（" + Cells.describe(violation, cell) + "）；阶次的条件只适用于部分当事人的，"
            + "请在罚则中以条件写明（如 fine unit 1万..5万 when setter == unit），或以 suppress \"party-omitted\" 说明");
      }
      if (!tier.mitigation().isEmpty()) {
        // Leaving out a required kind is a 减轻 too: the penalty is lighter than the law's.
        if (present.isEmpty() || present.stream().allMatch(SanctionSpec::optional)) {
          mitigationUsed.add(tier);
        }
      } else if (present.isEmpty()) {
        once(Severity.ERROR, tier, null, allowance, "mandatory-omitted", () -> "罚则条款规定此情形下应当并处" + Kinds.name(standard, required)
            + "，阶次 " + Cells.tier(tier) + " 却没有（" + Cells.describe(violation, cell) + "）");
      } else if (present.stream().allMatch(SanctionSpec::optional)) {
        once(Severity.ERROR, tier, present.get(0), "mandatory-optional", () -> "罚则条款规定应当并处" + Kinds.name(standard, required)
            + "，阶次 " + Cells.tier(tier) + " 却写成了可以并处（optional）");
      }
    }
  }

  /**
   * The parties of a required fine of alternatives (a list without {@code each}: whichever party
   * the case has) the tier fines in no way; empty for a fine of one party or {@code each}.
   */
  private static List<Ref> partiesNotFined(Tier tier, SanctionSpec required) {
    if (!(required instanceof SanctionSpec.Fine fine) || fine.each() || fine.parties().size() < 2) {
      return List.of();
    }
    Set<String> fined = fined(tier);
    return fine.parties().stream().filter(p -> !fined.contains(p.name())).toList();
  }

  private static Set<String> fined(Tier tier) {
    Set<String> fined = new java.util.LinkedHashSet<>();
    for (SanctionSpec sanction : tier.sanctions()) {
      if (sanction instanceof SanctionSpec.Fine f) {
        f.parties().forEach(p -> fined.add(p.name()));
      }
    }
    return fined;
  }

  /**
   * The parties of a required 分别处 fine ({@code each}) the tier fines in no way: each listed
   * party must be fined. A list without {@code each} (对单位或者个人) names alternatives: one
   * party fined is enough.
   */
  private static List<Ref> unfinedParties(Tier tier, SanctionSpec required) {
    if (!(required instanceof SanctionSpec.Fine fine) || !fine.each()) {
      return List.of();
    }
    Set<String> fined = fined(tier);
    return fine.parties().stream().filter(p -> !fined.contains(p.name())).toList();
  }

  /**
   * A mandatory 没收 is checked object by object: every item it names must be confiscated, and
   * not only by an optional confiscation. A mitigated tier may leave items out (减轻).
   */
  private void checkConfiscated(Tier tier, SanctionSpec.Confiscation required, Allowance allowance, Cell cell) {
    boolean withoutIncome = !IncomeConfiscation.incomeFacts(violation).isEmpty();
    List<SanctionSpec> imposed = tier.sanctions().stream().filter(s -> !s.optional()).toList();
    List<String> missing = ConfiscatedObjects.missing(required, imposed, withoutIncome);
    if (missing.isEmpty()) {
      return;
    }
    if (!tier.mitigation().isEmpty()) {
      mitigationUsed.add(tier);
      return;
    }
    List<String> absent = ConfiscatedObjects.missing(required, tier.sanctions(), withoutIncome);
    List<SanctionSpec> taken = tier.sanctions().stream().filter(s -> s instanceof SanctionSpec.Confiscation).toList();
    if (!absent.isEmpty()) {
      once(Severity.ERROR, tier, null, allowance, "mandatory-omitted", () -> "罚则条款规定此情形下应当并处"
          + Kinds.name(standard, required) + "，阶次 " + Cells.tier(tier) + " 却没有"
          + (taken.isEmpty() ? "（" : "没收" + ConfiscatedObjects.quote(absent) + "（阶次没收的是"
              + String.join("、", taken.stream().map(s -> ((SanctionSpec.Confiscation) s).what()).toList()) + "；")
          + Cells.describe(violation, cell) + "）");
    } else {
      SanctionSpec optional = taken.stream().filter(SanctionSpec::optional).findFirst().orElse(taken.get(0));
      once(Severity.ERROR, tier, optional, allowance, "mandatory-optional", () -> "罚则条款规定应当并处"
          + Kinds.name(standard, required) + "，阶次 " + Cells.tier(tier) + " 却写成了可以并处（optional）");
    }
  }

  /** Whether some clause of the statute, in whatever case, allows the sanction's kind and parties. */
  private boolean allowedElsewhere(SanctionSpec sanction) {
    return allowances.stream().anyMatch(a -> Kinds.sameKind(a.sanction(), sanction)
        && Kinds.coversParties(a.sanction(), sanction));
  }

  /** Whether the tier's fine names all of the allowed fine's parties (whatever its amount). */
  private static boolean sameParties(SanctionSpec.Fine allowed, SanctionSpec.Fine fine) {
    List<String> names = allowed.parties().stream().map(p -> p.name()).toList();
    return fine.parties().stream().allMatch(p -> names.contains(p.name()));
  }

  /**
   * Whether a required fine's party is fined by the tier under another account already reported:
   * as another clause the statute demands in the same case (StatuteFines reports the statute),
   * or on a base no clause allows (reported as envelope). A second message that the fine is
   * missing would mislead: the party is fined, once, as 第二十九条 requires.
   */
  private static boolean finedOtherwise(Tier tier, SanctionSpec required, List<Allowance> applicable) {
    if (!(required instanceof SanctionSpec.Fine requiredFine)) {
      return false;
    }
    List<String> parties = requiredFine.parties().stream().map(p -> p.name()).toList();
    return tier.sanctions().stream()
        .filter(s -> s instanceof SanctionSpec.Fine f && f.parties().stream().anyMatch(p -> parties.contains(p.name())))
        .anyMatch(s -> {
          List<Allowance> allowing = applicable.stream()
              .filter(a -> Kinds.sameKind(a.sanction(), s) && Kinds.coversParties(a.sanction(), s)).toList();
          return allowing.isEmpty() || allowing.stream().anyMatch(Allowance::mandatory);
        });
  }

  /** 没收违法所得 with an income fact is judged per case by IncomeConfiscation alone. */
  private boolean incomeJudgedElsewhere(Allowance allowance) {
    return allowance.sanction() instanceof SanctionSpec.Confiscation c
        && ConfiscatedObjects.items(c.what()).stream().allMatch(ConfiscatedObjects::isIncome)
        && !IncomeConfiscation.incomeFacts(violation).isEmpty();
  }

  /**
   * Reports a finding once per tier, subject and check, however many cells show it: the first
   * cell found is the example, and the message is built for it alone.
   */
  private void once(Severity severity, Tier tier, SanctionSpec sanction, String check, Supplier<String> message) {
    once(severity, tier, sanction, sanction, check, message);
  }

  private void once(Severity severity, Tier tier, SanctionSpec sanction, Object subject, String check,
      Supplier<String> message) {
    String key = tier.suffix() + "|" + System.identityHashCode(subject) + "|" + check;
    if (reported.add(key)) {
      reporter.report(severity, violation, tier, sanction == null ? tier.span() : sanction.span(), check, message.get());
    }
  }
}
