package org.cailiang.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of two outcomes punishes more lightly (处罚较轻, 《行政处罚法》第三十七条), for the same facts.
 *
 * <p>Each penalty is measured on its own axis (a fine on one party, a detention of one party, a
 * warning, a confiscation, a licence action, a suspension) by the least and the most it can be:
 * an optional penalty or one branch of an {@code either} can be nothing at least; a penalty not
 * imposed is nothing at all. One outcome is lighter when on every axis its least and its most
 * are no higher and on some axis one is lower. Orders (责令改正) and referrals are not penalties
 * (第二条、第二十八条) and are not weighed. When one outcome is lighter on one axis and heavier
 * on another — a higher fine against a detention, a lower minimum but a higher maximum — the law
 * gives no scale to trade one against the other: the outcomes are incomparable and the officer
 * must decide.
 */
public final class Lenity {
  private Lenity() {}

  /** How the new outcome compares with the old one. */
  public enum Verdict {
    /** 相同. */
    SAME("相同"),
    /** 较轻. */
    LIGHTER("较轻"),
    /** 较重. */
    HEAVIER("较重"),
    /** 轻重无法比较. */
    INCOMPARABLE("轻重无法比较");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** {@return {@code 较轻}, {@code 较重}…} */
    public String label() {
      return label;
    }
  }

  /** The least and the most on one axis; {@code most} null when unbounded. */
  record Extent(BigDecimal least, BigDecimal most) {
    static final Extent NONE = new Extent(BigDecimal.ZERO, BigDecimal.ZERO);

    boolean atMost(Extent other) {
      return least.compareTo(other.least) <= 0
          && (other.most == null || most != null && most.compareTo(other.most) <= 0);
    }

    Extent widen(Extent other) {
      return new Extent(least.min(other.least),
          most == null || other.most == null ? null : most.max(other.most));
    }

    Extent join(Extent other) {
      // Two penalties on one axis (rare: two fines on one party) add up.
      return new Extent(least.add(other.least),
          most == null || other.most == null ? null : most.add(other.most));
    }
  }

  /**
   * How {@code next} compares with {@code old}.
   *
   * @param old the sanctions under the old version
   * @param next the sanctions under the new version
   * @return the verdict
   */
  public static Verdict compare(List<Sanction> old, List<Sanction> next) {
    Map<String, Extent> before = axes(old);
    Map<String, Extent> after = axes(next);
    boolean notHeavier = true;
    boolean notLighter = true;
    List<String> all = new ArrayList<>(before.keySet());
    after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(all::add);
    for (String axis : all) {
      Extent a = before.getOrDefault(axis, Extent.NONE);
      Extent b = after.getOrDefault(axis, Extent.NONE);
      notHeavier &= b.atMost(a);
      notLighter &= a.atMost(b);
    }
    if (notHeavier && notLighter) {
      return Verdict.SAME;
    }
    if (notHeavier) {
      return Verdict.LIGHTER;
    }
    return notLighter ? Verdict.HEAVIER : Verdict.INCOMPARABLE;
  }

  static Map<String, Extent> axes(List<Sanction> sanctions) {
    Map<String, Extent> axes = new TreeMap<>();
    for (Sanction sanction : sanctions) {
      add(axes, sanction, sanction.optional());
    }
    return axes;
  }

  private static void add(Map<String, Extent> axes, Sanction sanction, boolean mayBeNothing) {
    // A switch over the kind, without default: a new kind fails to compile here.
    switch (sanction.kind()) {
      case WARNING -> put(axes, "警告", presence(mayBeNothing));
      case CRITICISM -> put(axes, "通报批评", presence(mayBeNothing));
      case FINE -> {
        Sanction.Fine f = (Sanction.Fine) sanction;
        BigDecimal least = mayBeNothing || f.range().min() == null ? BigDecimal.ZERO : f.range().min();
        String parties = String.join(",", f.parties().stream().map(p -> p.id()).toList());
        put(axes, "罚款:" + parties + (f.each() ? ":分别" : ""), new Extent(least, f.range().max()));
      }
      case CONFISCATION ->
          put(axes, "没收:" + ((Sanction.Confiscation) sanction).what(), presence(mayBeNothing));
      case DETENTION -> {
        Sanction.Detention d = (Sanction.Detention) sanction;
        put(axes, "拘留:" + d.party().id(), new Extent(
            BigDecimal.valueOf(mayBeNothing ? 0 : d.minDays()), BigDecimal.valueOf(d.maxDays())));
      }
      case LICENCE -> {
        Sanction.LicenceAction l = (Sanction.LicenceAction) sanction;
        put(axes, l.action().label() + ":" + l.licence(), presence(mayBeNothing));
      }
      case SUSPENSION ->
          put(axes, "停产停业:" + ((Sanction.Suspension) sanction).text(), presence(mayBeNothing));
      case ALTERNATIVE -> {
        // Only one option is imposed: on an axis two options share, the wider extent counts.
        Map<String, Extent> options = new TreeMap<>();
        for (Sanction option : ((Sanction.Alternative) sanction).options()) {
          Map<String, Extent> one = new TreeMap<>();
          add(one, option, true);
          one.forEach((axis, extent) -> options.merge(axis, extent, Extent::widen));
        }
        options.forEach((axis, extent) -> put(axes, axis, extent));
      }
      case ORDER, REFERRAL, NO_PENALTY -> { }
    }
  }

  private static Extent presence(boolean mayBeNothing) {
    return new Extent(mayBeNothing ? BigDecimal.ZERO : BigDecimal.ONE, BigDecimal.ONE);
  }

  private static void put(Map<String, Extent> axes, String axis, Extent extent) {
    axes.merge(axis, extent, Extent::join);
  }
}
