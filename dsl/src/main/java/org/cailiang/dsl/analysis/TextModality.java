package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The words of the official text must say what the structure does, not only the numbers: 可以
 * over a sanction the structure imposes, 并处 over one it leaves optional, 或者 between two it
 * imposes both, 不予处罚 with no exemption. A sanction is tied to the clause (between commas)
 * that holds all its numbers, and only when exactly one clause does; what cannot be tied reliably
 * is not reported, since a false alarm pushes authors to suppress the check.
 */
final class TextModality {
  private static final String CLAUSE_END = "，,；;。\n";
  private static final String SENTENCE_END = "；;。\n";
  /** 可以, and its short forms 可处、可并处、并可处、可对…处 (许可 is no modal word). */
  private static final Pattern MAY = Pattern.compile("可(以|并|处|对|予)|并可");
  private static final Pattern EXEMPT = Pattern.compile("(不予|免予)(行政)?处罚");
  private static final String CHECK = "text-modality";

  private TextModality() {}

  static void run(Standard standard, Violation violation, Reporter reporter) {
    for (Tier tier : violation.tiers()) {
      if (!tier.text().isBlank()) {
        new TierText(standard, violation, tier, reporter).check();
      }
    }
    WordModality.run(standard, violation, reporter);
  }

  /** A clause of the text, {@code [start, end)}, and where its sentence starts. */
  private record Clause(int start, int end, int sentence) {}

  /** Where a sanction's numbers stand in its clause: the first starts at {@code from}. */
  private record Placed(SanctionSpec sanction, Clause clause, int from, int to) {}

  private record TierText(Standard standard, Violation violation, Tier tier, Reporter reporter) {
    void check() {
      String text = tier.text();
      List<TextNumbers.Occurrence> stated = TextNumbers.occurrences(text).stream()
          .filter(o -> !o.threshold())
          .toList();
      List<Clause> clauses = clauses(text);
      Map<Clause, List<Placed>> byClause = new IdentityHashMap<>();
      for (SanctionSpec sanction : tier.sanctions()) {
        Placed placed = place(sanction, clauses, stated);
        if (placed != null) {
          byClause.computeIfAbsent(placed.clause(), c -> new ArrayList<>()).add(placed);
        }
      }
      for (List<Placed> inClause : byClause.values()) {
        if (inClause.size() == 1) {
          modality(inClause.get(0), text);
          if (inClause.get(0).sanction() instanceof SanctionSpec.Alternative) {
            alternativeSaidBoth(inClause.get(0), stated, text);
          }
        } else {
          inClause.sort(java.util.Comparator.comparingInt(Placed::from));
          for (int i = 1; i < inClause.size(); i++) {
            bothSaidAlternative(inClause.get(i - 1), inClause.get(i), text);
          }
        }
      }
      if (EXEMPT.matcher(text).find() && tier.sanctions().stream().noneMatch(TextModality::exempts)) {
        reporter.report(Severity.WARNING, violation, tier, tier.textSpan(), CHECK,
            "阶次 " + Cells.tier(tier) + " 的裁量基准原文写有「" + found(EXEMPT, text)
                + "」，结构化的处罚中却没有不予处罚（exempt）");
      }
    }

    /** 可以 in the sanction's own clause, or 处/并处/应当 with no 可以 anywhere before in the sentence. */
    private void modality(Placed placed, String text) {
      SanctionSpec sanction = placed.sanction();
      String head = text.substring(placed.clause().start(), placed.from());
      boolean may = MAY.matcher(head).find();
      // 可以 earlier in the sentence may govern this clause too (可以对单位并处……，对个人处……):
      // the text does not say which, so neither reading is reported.
      boolean carried = MAY.matcher(text.substring(placed.clause().sentence(), placed.clause().start())).find();
      boolean must = head.contains("应当") || head.contains("处");
      if (may && !sanction.optional()) {
        reporter.report(Severity.WARNING, violation, tier, sanction.span(), CHECK,
            "阶次 " + Cells.tier(tier) + " 的裁量基准原文为「" + clause(text, placed) + "」（可以），结构化的"
                + describe(sanction) + " 却是必须处以的；可以处以的，请在处罚前写 optional");
      } else if (!may && !carried && must && sanction.optional()) {
        reporter.report(Severity.WARNING, violation, tier, sanction.span(), CHECK,
            "阶次 " + Cells.tier(tier) + " 的裁量基准原文为「" + clause(text, placed) + "」（应当），结构化的"
                + describe(sanction) + " 却写成了可以处以（optional）");
      }
    }

    /** 或者 between two sanctions the structure imposes side by side. */
    private void bothSaidAlternative(Placed first, Placed second, String text) {
      if (first.sanction() instanceof SanctionSpec.Alternative || second.sanction() instanceof SanctionSpec.Alternative
          || first.to() > second.from()) {
        return;
      }
      String between = text.substring(first.to(), second.from());
      if (between.contains("或")) {
        reporter.report(Severity.WARNING, violation, tier, second.sanction().span(), CHECK,
            "阶次 " + Cells.tier(tier) + " 的裁量基准原文为「" + clause(text, first) + "」（或者，择一），结构化的处罚却同时处以"
                + describe(first.sanction()) + "和" + describe(second.sanction()) + "；择一处罚请写 either … or …");
      }
    }

    /** 并处 between the options of an either … or …. */
    private void alternativeSaidBoth(Placed placed, List<TextNumbers.Occurrence> stated, String text) {
      List<SanctionSpec> options = ((SanctionSpec.Alternative) placed.sanction()).options();
      List<int[]> spans = new ArrayList<>();
      for (SanctionSpec option : options) {
        int[] span = within(option, placed.clause(), stated);
        if (span == null) {
          return;
        }
        spans.add(span);
      }
      spans.sort(java.util.Comparator.comparingInt(s -> s[0]));
      for (int i = 1; i < spans.size(); i++) {
        if (spans.get(i - 1)[1] > spans.get(i)[0]) {
          return;
        }
        String between = text.substring(spans.get(i - 1)[1], spans.get(i)[0]);
        if (between.contains("并处") && !between.contains("或")) {
          reporter.report(Severity.WARNING, violation, tier, placed.sanction().span(), CHECK,
              "阶次 " + Cells.tier(tier) + " 的裁量基准原文为「" + clause(text, placed) + "」（并处），结构化的处罚却是择一（either … or …）");
          return;
        }
      }
    }

    private String describe(SanctionSpec sanction) {
      if (sanction instanceof SanctionSpec.Alternative alternative) {
        return String.join("或", alternative.options().stream().map(this::describe).toList());
      }
      java.math.BigDecimal[] range = Kinds.range(sanction);
      return Kinds.name(standard, sanction) + (range == null ? "" : " " + Kinds.show(sanction, range));
    }
  }

  /**
   * The one clause holding every number of the sanction, with where they stand; null when the
   * sanction states no number, or no clause or several hold them all.
   */
  private static Placed place(SanctionSpec sanction, List<Clause> clauses, List<TextNumbers.Occurrence> stated) {
    Placed found = null;
    TextNumbers numbers = numbers(sanction);
    for (Clause clause : clauses) {
      int[] span = within(numbers, clause, stated);
      if (span != null) {
        if (found != null) {
          return null;
        }
        found = new Placed(sanction, clause, span[0], span[1]);
      }
    }
    return found;
  }

  /** Where the sanction's numbers stand in the clause, {from, to}, or null if some are not there. */
  private static int[] within(SanctionSpec sanction, Clause clause, List<TextNumbers.Occurrence> stated) {
    return within(numbers(sanction), clause, stated);
  }

  private static TextNumbers numbers(SanctionSpec sanction) {
    TextNumbers numbers = new TextNumbers();
    TextChecks.collect(List.of(sanction), numbers);
    return numbers;
  }

  private static int[] within(TextNumbers numbers, Clause clause, List<TextNumbers.Occurrence> stated) {
    List<TextNumbers.Occurrence> here = stated.stream()
        .filter(o -> o.start() >= clause.start() && o.end() <= clause.end())
        .toList();
    int from = Integer.MAX_VALUE;
    int to = -1;
    int wanted = 0;
    for (TextNumbers.Kind kind : TextNumbers.Kind.values()) {
      java.util.TreeSet<java.math.BigDecimal> values = kind == TextNumbers.Kind.MONEY ? numbers.money
          : kind == TextNumbers.Kind.DAYS ? numbers.days : numbers.factors;
      for (java.math.BigDecimal value : values) {
        wanted++;
        TextNumbers.Occurrence at = here.stream()
            .filter(o -> o.kind() == kind && o.value().compareTo(value) == 0)
            .findFirst().orElse(null);
        if (at == null) {
          return null;
        }
        from = Math.min(from, at.start());
        to = Math.max(to, at.end());
      }
    }
    return wanted == 0 ? null : new int[] {from, to};
  }

  private static List<Clause> clauses(String text) {
    List<Clause> clauses = new ArrayList<>();
    int sentence = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          clauses.add(new Clause(start, i, sentence));
        }
        start = i + 1;
        if (i < text.length() && SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
          sentence = i + 1;
        }
      }
    }
    return clauses;
  }

  private static String clause(String text, Placed placed) {
    return text.substring(placed.clause().start(), placed.clause().end()).strip();
  }

  private static String found(Pattern pattern, String text) {
    java.util.regex.Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group() : "";
  }

  private static boolean exempts(SanctionSpec sanction) {
    return sanction instanceof SanctionSpec.Exempt
        || sanction instanceof SanctionSpec.Alternative alternative
            && alternative.options().stream().anyMatch(TextModality::exempts);
  }
}
