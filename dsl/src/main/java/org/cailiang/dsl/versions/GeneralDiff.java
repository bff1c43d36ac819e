package org.cailiang.dsl.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.GeneralEffect;
import org.cailiang.runtime.GeneralRules;
import org.cailiang.runtime.internal.Amounts;

/**
 * What changed in the general part (总则) between two versions of a standard, for the codes both
 * have: circumstances and their effects, how effects move a range, the limitation periods and
 * the procedure rules. The table's rows can stay the same while these change the outcome of a
 * case (integrator's review: `diff` said 没有变化 when 应当从轻 became 应当从轻或者减轻 and the
 * hearing threshold fell).
 */
public final class GeneralDiff {
  private GeneralDiff() {}

  /**
   * One set of codes whose general rules differ, and the differences, each a sentence.
   *
   * @param codes the codes both versions have that these rules govern
   * @param changes what changed, in the order of the rules' parts
   */
  public record Change(List<String> codes, List<String> changes) {}

  /** Every difference, per distinct pair of rules, in the order of the codes. */
  public static List<Change> diff(Standard old, List<GeneralPart> oldGenerals, Standard next,
      List<GeneralPart> nextGenerals) {
    Map<String, Violation> before = VersionDiff.byCode(old);
    Map<String, Violation> after = VersionDiff.byCode(next);
    // Lowered once per violation, not once per code of its range.
    Map<Violation, Optional<GeneralRules>> oldRules = new java.util.IdentityHashMap<>();
    Map<Violation, Optional<GeneralRules>> nextRules = new java.util.IdentityHashMap<>();
    Map<List<Optional<GeneralRules>>, List<String>> pairs = new LinkedHashMap<>();
    for (Map.Entry<String, Violation> entry : before.entrySet()) {
      Violation b = after.get(entry.getKey());
      if (b == null) {
        continue;
      }
      Optional<GeneralRules> x = oldRules.computeIfAbsent(entry.getValue(), v -> rules(old, v, oldGenerals));
      Optional<GeneralRules> y = nextRules.computeIfAbsent(b, v -> rules(next, v, nextGenerals));
      pairs.computeIfAbsent(List.of(x, y), k -> new ArrayList<>()).add(entry.getKey());
    }
    List<Change> changes = new ArrayList<>();
    pairs.forEach((pair, codes) -> {
      List<String> found = changes(pair.get(0), pair.get(1));
      if (!found.isEmpty()) {
        changes.add(new Change(List.copyOf(codes), found));
      }
    });
    return changes;
  }

  private static List<String> changes(Optional<GeneralRules> x, Optional<GeneralRules> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty() ? List.of()
          : List.of(x.isEmpty() ? "旧版本不适用总则，新版本适用「" + y.get().title() + "」"
              : "旧版本适用总则「" + x.get().title() + "」，新版本不适用总则");
    }
    GeneralRules a = normal(x.get());
    GeneralRules b = normal(y.get());
    List<String> changes = new ArrayList<>();
    compare(changes, a.circumstances(), b.circumstances(), GeneralRules.Circumstance::id,
        c -> "情节 " + c.id(), GeneralDiff::circumstance);
    compare(changes, a.adjustments(), b.adjustments(), adjustment -> adjustment.effect().name(),
        adjustment -> adjustment.effect().label() + "处罚的幅度", GeneralDiff::adjustment);
    if (!a.combination().equals(b.combination())) {
      changes.add("从重与从轻、减轻并存时：" + combination(a.combination()) + " → "
          + combination(b.combination()));
    }
    if (!a.limitations().equals(b.limitations())) {
      changes.add("追责时效：" + arrow(a.limitations(), b.limitations(), GeneralDiff::limitation,
          GeneralRules.Limitation::basis));
    }
    for (GeneralRules.Procedure procedure : GeneralRules.Procedure.values()) {
      List<GeneralRules.ProcedureRule> p = a.procedures().stream()
          .filter(rule -> rule.procedure() == procedure).toList();
      List<GeneralRules.ProcedureRule> q = b.procedures().stream()
          .filter(rule -> rule.procedure() == procedure).toList();
      if (!p.equals(q)) {
        changes.add("程序「" + procedure.label() + "」：" + arrow(p, q, GeneralDiff::procedure,
            GeneralRules.ProcedureRule::basis));
      }
    }
    if (!Set.copyOf(a.exclusions()).equals(Set.copyOf(b.exclusions()))) {
      changes.add("互斥的情节：" + arrow(a.exclusions(), b.exclusions(),
          e -> String.join("、", e.circumstances()), GeneralRules.Exclusion::reason));
    }
    // The kind of a party decides which rules reach it (re-review: person → organization moved
    // the hearing threshold and dropped 未成年 without a word).
    Set<String> parties = new java.util.TreeSet<>(a.partyKinds().keySet());
    parties.addAll(b.partyKinds().keySet());
    for (String party : parties) {
      GeneralRules.PartyKind before = a.partyKinds().get(party);
      GeneralRules.PartyKind after = b.partyKinds().get(party);
      if (before != after) {
        changes.add("当事人 " + party + " 的种类：" + kind(before) + " → " + kind(after));
      }
    }
    return changes;
  }

  private static String kind(GeneralRules.PartyKind kind) {
    return kind == null ? "未声明" : kind.label();
  }

  /**
   * The rules in a form where what reads alike is equal: amounts and percentages without
   * trailing zeros ({@code 10000.00} is {@code 1万}), each exclusion's circumstances in order
   * (re-review: {@code exclusive b, a} against {@code a, b} was a change, shown as none).
   */
  private static GeneralRules normal(GeneralRules rules) {
    return new GeneralRules(rules.title(), rules.circumstances(),
        rules.adjustments().stream().map(adjustment -> new GeneralRules.Adjustment(
            adjustment.effect(), adjustment.mode(), Amounts.canonical(adjustment.percent()), adjustment.basis()))
            .toList(),
        rules.combination(), rules.limitations(),
        rules.procedures().stream().map(rule -> new GeneralRules.ProcedureRule(rule.procedure(),
            rule.threshold().map(t -> new GeneralRules.Threshold(t.operator(), Amounts.canonical(t.amount()))),
            rule.party(), rule.when(), rule.basis())).toList(),
        rules.partyKinds(),
        rules.exclusions().stream().map(e -> new GeneralRules.Exclusion(
            e.circumstances().stream().sorted().toList(), e.reason())).toList());
  }

  /** Items matched by key: removed, added and changed ones, each said once. */
  private static <T> void compare(List<String> changes, List<T> old, List<T> next,
      Function<T, String> key, Function<T, String> name, Function<T, String> describe) {
    Map<String, T> before = new LinkedHashMap<>();
    old.forEach(item -> before.put(key.apply(item), item));
    Map<String, T> after = new LinkedHashMap<>();
    next.forEach(item -> after.put(key.apply(item), item));
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String k : keys) {
      T x = before.get(k);
      T y = after.get(k);
      if (x == null) {
        changes.add(name.apply(y) + "：新增，" + describe.apply(y));
      } else if (y == null) {
        changes.add(name.apply(x) + "：新版本没有（旧版本" + describe.apply(x) + "）");
      } else if (!x.equals(y)) {
        changes.add(name.apply(x) + "：" + describe.apply(x) + " → " + describe.apply(y));
      }
    }
  }

  private static String circumstance(GeneralRules.Circumstance c) {
    return "「" + c.label() + "」" + c.effect().map(GeneralEffect::label).orElse("没有处罚效果")
        + c.onlyFor().map(kind -> "（只适用于" + kind.label() + "）").orElse("")
        + (c.implies().isEmpty() ? "" : "，亦属 " + String.join("、", c.implies()))
        + (c.basis().isBlank() ? "" : "（" + c.basis() + "）");
  }

  private static String adjustment(GeneralRules.Adjustment adjustment) {
    return adjustment.describe() + (adjustment.basis().isBlank() ? "" : "（" + adjustment.basis() + "）");
  }

  private static String combination(Optional<GeneralRules.Combination> combination) {
    return combination.map(c -> c.rule().label()).orElse("未规定");
  }

  private static String limitation(GeneralRules.Limitation limitation) {
    return limitation.label() + limitation.when().map(when -> "（" + when + "）").orElse("");
  }

  private static String procedure(GeneralRules.ProcedureRule rule) {
    List<String> parts = new ArrayList<>();
    rule.party().ifPresent(kind -> parts.add("对" + kind.label()));
    rule.threshold().ifPresent(threshold -> parts.add(threshold.label()));
    rule.when().ifPresent(parts::add);
    return parts.isEmpty() ? "适用" : String.join("", parts);
  }

  /** {@code old → new}; with each item's basis where that is all that differs. */
  private static <T> String arrow(List<T> old, List<T> next, Function<T, String> describe,
      Function<T, String> basis) {
    String before = joined(old, describe);
    String after = joined(next, describe);
    if (before.equals(after)) {
      Function<T, String> withBasis = item -> describe.apply(item) + "（" + basis.apply(item) + "）";
      before = joined(old, withBasis);
      after = joined(next, withBasis);
    }
    return before + " → " + after;
  }

  private static <T> String joined(List<T> items, Function<T, String> describe) {
    return items.isEmpty() ? "无" : String.join("；", items.stream().map(describe).toList());
  }

  /** The general rules a violation of the standard is decided under, if it uses a general part. */
  private static Optional<GeneralRules> rules(Standard standard, Violation violation,
      List<GeneralPart> generals) {
    return Generals.of(standard, violation, generals).map(part -> GeneralLowering.rules(standard, part));
  }
}
