package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The structured sanctions of a compiled standard, per full code ({@code C05837B030}), in a form
 * that ignores spans, identifiers and order: parties by label, amounts as numbers.
 */
final class ModelSanctions {
  private ModelSanctions() {}

  static Map<String, List<String>> byCode(Standard standard) {
    Map<String, List<String>> byCode = new TreeMap<>();
    for (Violation violation : standard.violations()) {
      for (String code : violation.codes().codes()) {
        for (Tier tier : violation.tiers()) {
          List<String> sanctions = new ArrayList<>();
          for (SanctionSpec sanction : tier.sanctions()) {
            sanctions.add(describe(standard, sanction));
          }
          sanctions.sort(null);
          byCode.put(code + tier.suffix(), sanctions);
        }
      }
    }
    return byCode;
  }

  static String describe(Standard standard, SanctionSpec sanction) {
    String optional = sanction.optional() ? "可选 " : "";
    return optional + sanction.accept(new SanctionSpec.Visitor<String>() {
      @Override
      public String visitWarning(SanctionSpec.Warning warning) {
        return "警告";
      }

      @Override
      public String visitCriticism(SanctionSpec.Criticism criticism) {
        return "通报批评";
      }

      @Override
      public String visitOrder(SanctionSpec.Order order) {
        return "措施 " + order.text();
      }

      @Override
      public String visitFine(SanctionSpec.Fine fine) {
        List<String> parties = new ArrayList<>();
        for (Ref party : fine.parties()) {
          parties.add(standard.party(party.name()).map(p -> p.label()).orElse("?" + party.name()));
        }
        return "罚款 " + parties + (fine.each() ? " 分别 " : " ") + amount(fine.amount());
      }

      @Override
      public String visitConfiscation(SanctionSpec.Confiscation confiscation) {
        return "没收 " + confiscation.what();
      }

      @Override
      public String visitDetention(SanctionSpec.Detention detention) {
        return "拘留 " + detention.minDays() + ".." + detention.maxDays();
      }

      @Override
      public String visitLicence(SanctionSpec.Licence licence) {
        return (licence.revoke() ? "吊销 " : "暂扣 ") + licence.licence();
      }

      @Override
      public String visitSuspension(SanctionSpec.Suspension suspension) {
        return "停产停业 " + suspension.text();
      }

      @Override
      public String visitReferral(SanctionSpec.Referral referral) {
        return "移送 " + referral.text();
      }

      @Override
      public String visitExempt(SanctionSpec.Exempt exempt) {
        return "不予处罚 " + exempt.text();
      }

      @Override
      public String visitAlternative(SanctionSpec.Alternative alternative) {
        List<String> options = new ArrayList<>();
        for (SanctionSpec option : alternative.options()) {
          options.add(describe(standard, option));
        }
        return "或 " + options;
      }
    });
  }

  private static String amount(SanctionSpec.Amount amount) {
    return amount.accept(new SanctionSpec.AmountVisitor<String>() {
      @Override
      public String visitYuan(SanctionSpec.Yuan yuan) {
        return plain(yuan.min()) + ".." + plain(yuan.max()) + "元";
      }

      @Override
      public String visitMultiple(SanctionSpec.Multiple multiple) {
        return plain(multiple.minFactor()) + ".." + plain(multiple.maxFactor())
            + (multiple.percent() ? "%" : "倍") + " " + multiple.fact().name();
      }
    });
  }

  private static String plain(java.math.BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
