package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.internal.Amounts;

/** Comparing sanctions with what the statute allows: kinds, parties and ranges. */
final class Kinds {
  private Kinds() {}

  /**
   * Whether two sanctions are of one kind: for licences, one action on one licence — the names
   * equal, or one within the other (机动车驾驶证 and 六个月机动车驾驶证, 许可证 and 相关业务许可证), so
   * that a tier revoking the 营业执照 under a statute of the 机动车驾驶证 is no longer passed (legal
   * author: licence names were never compared).
   */
  static boolean sameKind(SanctionSpec a, SanctionSpec b) {
    if (a instanceof SanctionSpec.Licence la && b instanceof SanctionSpec.Licence lb) {
      return la.revoke() == lb.revoke() && sameLicence(la.licence(), lb.licence());
    }
    return a.getClass() == b.getClass();
  }

  private static boolean sameLicence(String a, String b) {
    String x = a.replaceAll("\\s", "");
    String y = b.replaceAll("\\s", "");
    return x.isEmpty() || y.isEmpty() || x.contains(y) || y.contains(x);
  }

  /**
   * The weight of a penalty's kind in the order 《行政处罚法》第九条 lists them: (一) 警告、通报批评,
   * (二) 罚款、没收, (三) 许可证件, (四) 停产停业等, (五) 拘留; 0 for what is no penalty. This
   * project reads a lower item as a lighter kind (for 减轻处罚 by kind), except that 吊销 weighs as
   * (四): statutes write "责令停产停业，直至吊销许可证", revocation the heavier end (legal author:
   * a 减轻 tier revoking the licence in place of 停产停业 was taken as lighter).
   */
  static int gravity(SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Warning || sanction instanceof SanctionSpec.Criticism) {
      return 1;
    } else if (sanction instanceof SanctionSpec.Fine || sanction instanceof SanctionSpec.Confiscation) {
      return 2;
    } else if (sanction instanceof SanctionSpec.Licence licence) {
      return licence.revoke() ? 4 : 3;
    } else if (sanction instanceof SanctionSpec.Suspension) {
      return 4;
    } else if (sanction instanceof SanctionSpec.Detention) {
      return 5;
    }
    return 0;
  }

  /** A penalty the statute allows in the case that is of a heavier kind, or null. */
  static SanctionSpec heavierThan(SanctionSpec sanction, List<Allowance> applicable) {
    int weight = gravity(sanction);
    return weight == 0 ? null : applicable.stream().map(Allowance::sanction)
        .filter(a -> a.isPenalty() && gravity(a) > weight).findFirst().orElse(null);
  }

  /**
   * Whether the allowed sanction covers the tier's: the parties (and amount kind) of a fine or a
   * detention, the objects of a confiscation.
   */
  static boolean coversParties(SanctionSpec allowed, SanctionSpec tier) {
    return allowed.accept(new SanctionSpec.Visitor<Boolean>() {
      @Override
      public Boolean visitFine(SanctionSpec.Fine a) {
        if (!(tier instanceof SanctionSpec.Fine t)) {
          return true;
        }
        List<String> allowedParties = a.parties().stream().map(Ref::name).toList();
        return t.parties().stream().map(Ref::name).allMatch(allowedParties::contains)
            && sameAmountKind(a.amount(), t.amount());
      }

      @Override
      public Boolean visitDetention(SanctionSpec.Detention a) {
        return !(tier instanceof SanctionSpec.Detention t)
            || a.party().name().equals(t.party().name());
      }

      // The other kinds have no parties to compare.
      @Override
      public Boolean visitWarning(SanctionSpec.Warning warning) {
        return true;
      }

      @Override
      public Boolean visitCriticism(SanctionSpec.Criticism criticism) {
        return true;
      }

      @Override
      public Boolean visitOrder(SanctionSpec.Order order) {
        return true;
      }

      /** 没收 is compared by what it takes (docs/language.md §8, 没收按所没收之物比较). */
      @Override
      public Boolean visitConfiscation(SanctionSpec.Confiscation a) {
        return !(tier instanceof SanctionSpec.Confiscation t) || ConfiscatedObjects.covers(a, t);
      }

      @Override
      public Boolean visitLicence(SanctionSpec.Licence licence) {
        return true;
      }

      @Override
      public Boolean visitSuspension(SanctionSpec.Suspension suspension) {
        return true;
      }

      @Override
      public Boolean visitReferral(SanctionSpec.Referral referral) {
        return true;
      }

      @Override
      public Boolean visitExempt(SanctionSpec.Exempt exempt) {
        return true;
      }

      @Override
      public Boolean visitAlternative(SanctionSpec.Alternative alternative) {
        return true;
      }
    });
  }

  private static boolean sameAmountKind(SanctionSpec.Amount a, SanctionSpec.Amount b) {
    if (a instanceof SanctionSpec.Multiple ma && b instanceof SanctionSpec.Multiple mb) {
      return ma.fact().name().equals(mb.fact().name());
    }
    return a instanceof SanctionSpec.Yuan && b instanceof SanctionSpec.Yuan;
  }

  /** The range of a fine or a detention: [min, max], an open bound null. */
  static BigDecimal[] range(SanctionSpec sanction) {
    return sanction.accept(new SanctionSpec.Visitor<BigDecimal[]>() {
      @Override
      public BigDecimal[] visitFine(SanctionSpec.Fine fine) {
        return fine.amount().accept(new SanctionSpec.AmountVisitor<BigDecimal[]>() {
          @Override
          public BigDecimal[] visitYuan(SanctionSpec.Yuan yuan) {
            return new BigDecimal[] {yuan.min(), yuan.max()};
          }

          @Override
          public BigDecimal[] visitMultiple(SanctionSpec.Multiple multiple) {
            return new BigDecimal[] {multiple.minFactor(), multiple.maxFactor()};
          }
        });
      }

      @Override
      public BigDecimal[] visitDetention(SanctionSpec.Detention detention) {
        return new BigDecimal[] {
          detention.minDays() == 0 ? null : BigDecimal.valueOf(detention.minDays()),
          BigDecimal.valueOf(detention.maxDays())};
      }

      // The other kinds have no range.
      @Override
      public BigDecimal[] visitWarning(SanctionSpec.Warning warning) {
        return null;
      }

      @Override
      public BigDecimal[] visitCriticism(SanctionSpec.Criticism criticism) {
        return null;
      }

      @Override
      public BigDecimal[] visitOrder(SanctionSpec.Order order) {
        return null;
      }

      @Override
      public BigDecimal[] visitConfiscation(SanctionSpec.Confiscation confiscation) {
        return null;
      }

      @Override
      public BigDecimal[] visitLicence(SanctionSpec.Licence licence) {
        return null;
      }

      @Override
      public BigDecimal[] visitSuspension(SanctionSpec.Suspension suspension) {
        return null;
      }

      @Override
      public BigDecimal[] visitReferral(SanctionSpec.Referral referral) {
        return null;
      }

      @Override
      public BigDecimal[] visitExempt(SanctionSpec.Exempt exempt) {
        return null;
      }

      @Override
      public BigDecimal[] visitAlternative(SanctionSpec.Alternative alternative) {
        return null;
      }
    });
  }

  /** Whether the range's upper bound lies within the allowed one's. */
  static boolean withinMax(BigDecimal[] range, BigDecimal[] allowed) {
    return allowed[1] == null || range[1] != null && range[1].compareTo(allowed[1]) <= 0;
  }

  /** Whether the range's lower bound reaches the allowed one's (an open lower bound is 0). */
  static boolean reachesMin(BigDecimal[] range, BigDecimal[] allowed) {
    BigDecimal low = range[0] == null ? BigDecimal.ZERO : range[0];
    BigDecimal allowedLow = allowed[0] == null ? BigDecimal.ZERO : allowed[0];
    return low.compareTo(allowedLow) >= 0;
  }

  /** {@code 对单位 罚款}, {@code 拘留}… for messages. */
  static String name(Standard standard, SanctionSpec sanction) {
    return sanction.accept(new SanctionSpec.Visitor<String>() {
      @Override
      public String visitFine(SanctionSpec.Fine fine) {
        return "对" + String.join("、", fine.parties().stream().map(p -> label(standard, p)).toList())
            + "的罚款";
      }

      @Override
      public String visitDetention(SanctionSpec.Detention detention) {
        return "对" + label(standard, detention.party()) + "的拘留";
      }

      @Override
      public String visitWarning(SanctionSpec.Warning warning) {
        return "警告";
      }

      @Override
      public String visitCriticism(SanctionSpec.Criticism criticism) {
        return "通报批评";
      }

      @Override
      public String visitConfiscation(SanctionSpec.Confiscation c) {
        return "没收" + c.what();
      }

      @Override
      public String visitLicence(SanctionSpec.Licence l) {
        return (l.revoke() ? "吊销" : "暂扣") + l.licence();
      }

      @Override
      public String visitSuspension(SanctionSpec.Suspension s) {
        return s.text();
      }

      @Override
      public String visitOrder(SanctionSpec.Order o) {
        return o.text();
      }

      @Override
      public String visitReferral(SanctionSpec.Referral r) {
        return r.text();
      }

      @Override
      public String visitExempt(SanctionSpec.Exempt exempt) {
        return "处罚";
      }

      @Override
      public String visitAlternative(SanctionSpec.Alternative alternative) {
        return "处罚";
      }
    });
  }

  /** A range as the texts write it: {@code 1万元以上2万元以下}, {@code 1倍以上3倍以下}, {@code 5日以下}. */
  static String show(SanctionSpec sanction, BigDecimal[] range) {
    boolean money = sanction instanceof SanctionSpec.Fine f && f.amount() instanceof SanctionSpec.Yuan;
    String unit = sanction instanceof SanctionSpec.Detention ? "日" : "倍";
    StringBuilder text = new StringBuilder();
    if (range[0] != null) {
      text.append(money ? Amounts.format(range[0]) : Amounts.plain(range[0]) + unit).append("以上");
    }
    if (range[1] != null) {
      text.append(money ? Amounts.format(range[1]) : Amounts.plain(range[1]) + unit).append("以下");
    }
    return text.toString();
  }

  /** A party's label, for messages; its name when it is not declared. */
  static String label(Standard standard, Ref party) {
    return label(standard, party.name());
  }

  static String label(Standard standard, String party) {
    return standard.party(party).map(p -> p.label()).orElse(party);
  }
}
