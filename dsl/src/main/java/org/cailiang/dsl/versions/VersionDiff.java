package org.cailiang.dsl.versions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.analysis.FactSamples;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.runtime.Lenity;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Standards;

/**
 * What changed between two versions of a standard, per code and combination of facts: what a
 * 法制科 needs to see when a law is revised. Combinations are the regions of each fact (see
 * {@link FactSamples}); a combination where both versions decide alike is left out.
 */
public final class VersionDiff {
  /** More combinations than this for one code are not enumerated. */
  public static final int MAX_COMBINATIONS = 4096;

  /** More comparisons than this for one code, the parts of computed fines' regions counted. */
  public static final int MAX_COMPARED = 4 * MAX_COMBINATIONS;

  private VersionDiff() {}

  /** More comparisons for one code than {@link #MAX_COMPARED}. */
  private static final class TooManyComparisons extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyComparisons(String message) {
      super(message, null, false, false);
    }
  }

  /** How a combination fares under the new version. */
  public enum Change {
    NEW("新增"),
    REMOVED("删除"),
    LIGHTER("较轻"),
    HEAVIER("较重"),
    INCOMPARABLE("轻重无法比较"),
    /**
     * One version hands the case over to the judicial organs, the other decides a penalty: a
     * referral is no penalty, so neither is lighter (legal author: listed as 较轻).
     */
    REFERRAL("一个版本移送司法机关，不比较轻重");

    private final String label;

    Change(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One changed code and combination.
   *
   * @param facts the combination in the authors' labels, or empty for a whole code
   * @param before the old outcome ({@code E05403B020：…}), empty when the old version has none
   * @param after the new outcome, empty when the new version has none
   */
  public record Row(String code, String facts, Change change, String before, String after,
      List<String> parts) {
    /** A row without its facts taken apart. */
    public Row(String code, String facts, Change change, String before, String after) {
      this(code, facts, change, before, after, List.of());
    }

    public Row {
      parts = List.copyOf(parts);
    }
  }

  /** Every change from {@code old} to {@code next}, by code, then combination. */
  public static List<Row> diff(Standard old, Standard next) {
    Map<String, Violation> before = byCode(old);
    Map<String, Violation> after = byCode(next);
    Set<String> codes = new LinkedHashSet<>(before.keySet());
    codes.addAll(after.keySet());
    Standards oldRegistry = Standards.of(Interpreter.standard(old));
    Standards newRegistry = Standards.of(Interpreter.standard(next));
    List<Row> rows = new ArrayList<>();
    for (String code : codes) {
      Violation a = before.get(code);
      Violation b = after.get(code);
      if (a == null || b == null) {
        rows.add(new Row(code, "", a == null ? Change.NEW : Change.REMOVED,
            a == null ? "" : a.title(), b == null ? "" : b.title()));
        continue;
      }
      List<Row> ofCode = new ArrayList<>();
      try {
        combinations(code, a, b, oldRegistry, newRegistry, ofCode);
      } catch (TooManyComparisons e) {
        // This code alone is not compared, and says so; the others still are (quick re-check:
        // one such code refused the whole diff).
        ofCode = List.of(new Row(code, "", Change.INCOMPARABLE, e.getMessage(), e.getMessage()));
      }
      rows.addAll(merged(ofCode));
    }
    return rows;
  }

  /**
   * Neighbouring rows that change alike and differ in one fact only, said once with that fact's
   * values (legal author: four changed tiers were "16 处阶次变化", one per band of a count that
   * did not matter to them).
   */
  static List<Row> merged(List<Row> rows) {
    List<Row> out = new ArrayList<>();
    int varying = -1;
    List<String> values = new ArrayList<>();
    for (Row row : rows) {
      Row last = out.isEmpty() ? null : out.get(out.size() - 1);
      int differs = last == null ? -1 : onlyDifference(last, row);
      if (differs >= 0 && (varying < 0 || varying == differs)) {
        if (varying < 0) {
          values = new ArrayList<>(List.of(value(last.parts().get(differs))));
        }
        varying = differs;
        values.add(value(row.parts().get(differs)));
        List<String> parts = new ArrayList<>(last.parts());
        String part = last.parts().get(differs);
        parts.set(differs, part.substring(0, part.indexOf('=') + 1) + String.join(" / ", values));
        out.set(out.size() - 1, new Row(last.code(), String.join("，", parts), last.change(),
            last.before(), last.after(), withValue(last.parts(), differs, row.parts().get(differs))));
      } else {
        out.add(row);
        varying = -1;
      }
    }
    return out;
  }

  /** The one position where two rows' facts differ, when everything else is alike; else -1. */
  private static int onlyDifference(Row a, Row b) {
    if (!a.code().equals(b.code()) || a.change() != b.change() || !a.before().equals(b.before())
        || !a.after().equals(b.after()) || a.parts().isEmpty() || a.parts().size() != b.parts().size()) {
      return -1;
    }
    int differs = -1;
    for (int i = 0; i < a.parts().size(); i++) {
      if (!a.parts().get(i).equals(b.parts().get(i))) {
        if (differs >= 0) {
          return -1;
        }
        differs = i;
      }
    }
    return differs;
  }

  private static String value(String part) {
    return part.substring(part.indexOf('=') + 1);
  }

  /** The parts with one replaced: the merged row compares with the next as its last value. */
  private static List<String> withValue(List<String> parts, int at, String part) {
    List<String> replaced = new ArrayList<>(parts);
    replaced.set(at, part);
    return replaced;
  }

  private static void combinations(String code, Violation a, Violation b, Standards oldRegistry,
      Standards newRegistry, List<Row> rows) {
    Map<String, List<FactSamples.Split>> splits = FactSamples.split(List.of(a, b));
    List<String> facts = new ArrayList<>(splits.keySet());
    long count = 1;
    for (List<FactSamples.Split> values : splits.values()) {
      count *= values.size();
      if (count > MAX_COMBINATIONS) {
        throw new IllegalArgumentException("编码 " + code + " 的事实组合超过 " + MAX_COMBINATIONS + " 种，无法逐一比较");
      }
    }
    long compared = 0;
    for (int n = 0; n < count; n++) {
      List<FactSamples.Split> chosen = new ArrayList<>();
      int rest = n;
      for (String fact : facts) {
        List<FactSamples.Split> options = splits.get(fact);
        chosen.add(options.get(rest % options.size()));
        rest /= options.size();
      }
      long size = 1;
      for (FactSamples.Split split : chosen) {
        size *= split.parts().size();
      }
      compared += size;
      if (size == 1) {
        // No computed fine crosses a fixed one here: the region is its only part, compared once.
        compare(code, a, b, facts, chosen.stream().map(FactSamples.Split::whole).toList(),
            oldRegistry, newRegistry).row().ifPresent(rows::add);
        continue;
      }
      if (compared > MAX_COMPARED) {
        // Computed fines of several amounts split each other's regions: bounded, said, not run
        // for minutes (hostile re-check: 110 s for two amounts and twenty bounds).
        throw new TooManyComparisons("事实组合连同计算罚款与固定幅度的分界超过 " + MAX_COMPARED
            + " 种，未逐一比较：请由执法人员对照两个版本判断");
      }
      Compared whole = compare(code, a, b, facts, chosen.stream().map(FactSamples.Split::whole).toList(),
          oldRegistry, newRegistry);
      List<Compared> parts = parts(code, a, b, facts, chosen, oldRegistry, newRegistry);
      if (parts.stream().allMatch(part -> part.sameAs(whole))) {
        whole.row().ifPresent(rows::add);
      } else {
        // A computed fine crosses a fixed one inside this combination: each side as it fares,
        // neighbouring parts that fare alike said once.
        joined(code, a, b, facts, chosen, parts, oldRegistry, newRegistry)
            .forEach(part -> part.row().ifPresent(rows::add));
      }
    }
  }

  /**
   * The combinations of the parts of the chosen regions (the regions themselves where no computed
   * fine crosses a fixed one inside them), each compared.
   */
  private static List<Compared> parts(String code, Violation a, Violation b, List<String> facts,
      List<FactSamples.Split> chosen, Standards oldRegistry, Standards newRegistry) {
    List<List<FactSamples.Sample>> combinations = List.of(List.of());
    for (FactSamples.Split split : chosen) {
      List<List<FactSamples.Sample>> longer = new ArrayList<>();
      for (List<FactSamples.Sample> prefix : combinations) {
        for (FactSamples.Sample part : split.parts()) {
          List<FactSamples.Sample> next = new ArrayList<>(prefix);
          next.add(part);
          longer.add(next);
        }
      }
      combinations = longer;
    }
    List<Compared> compared = new ArrayList<>();
    for (List<FactSamples.Sample> combination : combinations) {
      compared.add(compare(code, a, b, facts, combination, oldRegistry, newRegistry));
    }
    return compared;
  }

  /**
   * The parts compared, runs of neighbours that fare alike joined into one, when one fact alone
   * is split into parts (the usual case: one amount a computed fine is taken from); else every
   * part as it is.
   */
  private static List<Compared> joined(String code, Violation a, Violation b, List<String> facts,
      List<FactSamples.Split> chosen, List<Compared> parts, Standards oldRegistry,
      Standards newRegistry) {
    int split = -1;
    for (int i = 0; i < chosen.size(); i++) {
      if (chosen.get(i).parts().size() > 1) {
        if (split >= 0) {
          return parts;
        }
        split = i;
      }
    }
    List<Compared> joined = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= parts.size(); i++) {
      if (i == parts.size() || !parts.get(i).sameAs(parts.get(from))) {
        List<FactSamples.Sample> samples = new ArrayList<>();
        for (int f = 0; f < chosen.size(); f++) {
          samples.add(f == split ? chosen.get(f).span(from, i - 1) : chosen.get(f).whole());
        }
        joined.add(compare(code, a, b, facts, samples, oldRegistry, newRegistry));
        from = i;
      }
    }
    return joined;
  }

  /**
   * One combination compared: its row, or none when both versions decide alike; and what makes
   * two combinations fare alike — the change and the tiers of each version.
   */
  private record Compared(Optional<Row> row, String fares) {
    boolean sameAs(Compared other) {
      return fares.equals(other.fares);
    }
  }

  private static Compared compare(String code, Violation a, Violation b, List<String> facts,
      List<FactSamples.Sample> samples, Standards oldRegistry, Standards newRegistry) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      values.put(facts.get(i), samples.get(i).value());
      labels.add(label(facts.get(i), a, b) + "=" + samples.get(i).label());
    }
    Optional<Decision> x;
    Optional<Decision> y;
    try {
      x = decide(oldRegistry, code, a, values);
    } catch (InvalidFactsException e) {
      return new Compared(Optional.of(unreadable(code, labels, "旧版本", e, "")), "旧版本不能判断");
    }
    try {
      y = decide(newRegistry, code, b, values);
    } catch (InvalidFactsException e) {
      return new Compared(Optional.of(unreadable(code, labels, "新版本", e,
          x.map(Decision::explain).orElse(""))), "新版本不能判断");
    }
    Optional<Change> change = change(x, y);
    Optional<Row> row = change.map(c -> new Row(code, String.join("，", labels), c,
        x.map(Decision::explain).orElse(""), y.map(Decision::explain).orElse(""), labels));
    return new Compared(row, change.map(Change::name).orElse("SAME") + " "
        + x.map(Decision::tierCode).orElse("-") + " " + y.map(Decision::tierCode).orElse("-"));
  }

  /**
   * A combination one version cannot read: a fact of the same name changed its type or lost a
   * value (hostile check: an internal error). Not skipped, which would read as "no change".
   */
  private static Row unreadable(String code, List<String> labels, String version,
      InvalidFactsException e, String before) {
    String reason = version + "不能判断这一组合（两个版本的同名事实类型或取值不同）："
        + String.join("；", e.problems().stream().map(FactProblem::message).toList());
    return new Row(code, String.join("，", labels), Change.INCOMPARABLE,
        version.equals("旧版本") ? reason : before, version.equals("旧版本") ? "" : reason);
  }

  private static Optional<Change> change(Optional<Decision> x, Optional<Decision> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty() ? Optional.empty()
          : Optional.of(x.isEmpty() ? Change.NEW : Change.REMOVED);
    }
    if (x.get().handedOver() != y.get().handedOver()) {
      return Optional.of(Change.REFERRAL);
    }
    return switch (Lenity.compare(x.get().sanctions(), y.get().sanctions())) {
      case SAME -> Optional.empty();
      case LIGHTER -> Optional.of(Change.LIGHTER);
      case HEAVIER -> Optional.of(Change.HEAVIER);
      case INCOMPARABLE -> Optional.of(Change.INCOMPARABLE);
    };
  }

  /** The outcome of one version for these facts (its own facts only), or none when no tier applies. */
  private static Optional<Decision> decide(
      Standards registry, String code, Violation violation, Map<String, Object> values) {
    Map<String, Object> own = new LinkedHashMap<>();
    for (Fact fact : violation.facts()) {
      Object value = values.get(fact.id());
      if (fact.type() instanceof FactType.Int && value instanceof BigDecimal number) {
        // Samples are numbers of the regions; the runtime reads an int fact as a whole Long.
        if (number.stripTrailingZeros().scale() > 0) {
          // An amount's sample, where the other version has an amount: this version cannot
          // read it, which is no "删除" (hostile check).
          throw InvalidFactsException.of(code, List.of(FactProblem.other("事实 " + fact.id() + "（"
              + fact.label() + "）在这里是整数，不能取 " + number.toPlainString())));
        }
        value = number.longValueExact();
      }
      own.put(fact.id(), value);
    }
    try {
      return Optional.of(registry.evaluate(code, own));
    } catch (NoApplicableTierException e) {
      return Optional.empty();
    } catch (InvalidFactsException e) {
      // Facts the standard declares cannot hold together are no case; any other refusal is a
      // sample the runtime cannot read, and a diff that skipped it would say "no change".
      if (e.problems().stream().allMatch(p -> p.kind() == FactProblem.Kind.CONTRADICTION)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static String label(String fact, Violation a, Violation b) {
    return a.fact(fact).or(() -> b.fact(fact)).map(Fact::label).orElse(fact);
  }

  /** The violation of each code of the standard, in source order. */
  static Map<String, Violation> byCode(Standard standard) {
    Map<String, Violation> codes = new LinkedHashMap<>();
    for (Violation violation : standard.violations()) {
      violation.codes().codes().forEach(code -> codes.put(code, violation));
    }
    return codes;
  }
}
