package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * A tier's circumstance and its condition must draw the boundary on the same side: 以上、以下、以内
 * include the number, 超过、不足、未满 and their kin do not. A circumstance "损失超过1000元" tested as
 * {@code loss >= 1000} puts the case of exactly 1000元 in a tier whose words exclude it. Only
 * comparisons a tier states outright are weighed (not under {@code not}); a comparison on the
 * other side of the number (a label's lower bound, a condition's upper) is left alone.
 */
final class ThresholdWording {
  /** How a phrase bounds its number: at least, above, at most, below. */
  enum Bound {
    AT_LEAST(">=", "含本数"),
    ABOVE(">", "不含本数"),
    AT_MOST("<=", "含本数"),
    BELOW("<", "不含本数");

    final String symbol;
    final String inclusion;

    Bound(String symbol, String inclusion) {
      this.symbol = symbol;
      this.inclusion = inclusion;
    }

    /** The same side of the number, the other inclusion. */
    Bound sibling() {
      return switch (this) {
        case AT_LEAST -> ABOVE;
        case ABOVE -> AT_LEAST;
        case AT_MOST -> BELOW;
        case BELOW -> AT_MOST;
      };
    }
  }

  /** A number of the circumstance with the words that bound it, e.g. {@code 超过1000元}. */
  record Phrase(BigDecimal value, Bound bound, String words) {}

  /** A word before a number and how it bounds the number. */
  private record Word(String text, Bound bound) {}

  /** Words before a number, longer first where one holds another (不超过 before 超过). */
  private static final List<Word> BEFORE = List.of(
      new Word("不超过", Bound.AT_MOST), new Word("未超过", Bound.AT_MOST),
      new Word("不低于", Bound.AT_LEAST), new Word("不少于", Bound.AT_LEAST),
      new Word("超过", Bound.ABOVE), new Word("高于", Bound.ABOVE), new Word("多于", Bound.ABOVE),
      new Word("大于", Bound.ABOVE),
      new Word("不足", Bound.BELOW), new Word("不满", Bound.BELOW), new Word("未满", Bound.BELOW),
      new Word("低于", Bound.BELOW), new Word("少于", Bound.BELOW), new Word("小于", Bound.BELOW),
      new Word("达到", Bound.AT_LEAST), new Word("满", Bound.AT_LEAST));

  private ThresholdWording() {}

  static void run(Violation violation, Reporter reporter) {
    for (Tier tier : violation.tiers()) {
      List<Condition.Compare> compared = new ArrayList<>();
      stated(tier.condition(), compared);
      if (compared.isEmpty()) {
        continue;
      }
      for (Phrase phrase : phrases(tier.circumstance())) {
        check(violation, tier, phrase, compared, reporter);
      }
    }
  }

  private static void check(Violation violation, Tier tier, Phrase phrase, List<Condition.Compare> compared,
      Reporter reporter) {
    Condition.Compare other = null;
    for (Condition.Compare c : compared) {
      BigDecimal value = ((Literal.Number) c.value()).value();
      if (value.compareTo(phrase.value()) != 0) {
        continue;
      }
      Bound bound = bound(c.op());
      if (bound == phrase.bound()) {
        return; // the tier tests the number as its words say
      }
      if (bound == phrase.bound().sibling() && other == null) {
        other = c;
      }
    }
    if (other != null) {
      Bound tested = bound(other.op());
      reporter.report(Severity.WARNING, violation, tier, other.span(), "threshold-wording",
          "阶次 " + tier.suffix() + "「" + tier.circumstance() + "」写的是“" + phrase.words() + "”（"
              + phrase.bound().inclusion + "），条件却是 " + other.fact().name() + " " + tested.symbol + " "
              + ((Literal.Number) other.value()).text() + "（" + tested.inclusion + "）：恰为 "
              + Amounts.plain(phrase.value()) + " 的案件"
              + (tested.inclusion.equals("含本数") ? "会" : "不会") + "落入本阶次。「以上」「以下」「以内」含本数，"
              + "「超过」「不足」「未满」不含本数；请使条件与情节的文字一致");
    }
  }

  /** The comparisons with a number that the condition states, not under {@code not}. */
  private static void stated(Condition condition, List<Condition.Compare> into) {
    if (condition instanceof Condition.And and) {
      and.operands().forEach(o -> stated(o, into));
    } else if (condition instanceof Condition.Or or) {
      or.operands().forEach(o -> stated(o, into));
    } else if (condition instanceof Condition.Compare c && c.value() instanceof Literal.Number
        && bound(c.op()) != null) {
      into.add(c);
    }
  }

  private static Bound bound(Condition.Operator op) {
    return switch (op) {
      case GE -> Bound.AT_LEAST;
      case GT -> Bound.ABOVE;
      case LE -> Bound.AT_MOST;
      case LT -> Bound.BELOW;
      case EQ, NE -> null;
    };
  }

  /** The bounded numbers of a circumstance: 超过1000元、5000元以上、不足五万元、3处以上. */
  static List<Phrase> phrases(String text) {
    List<Phrase> found = new ArrayList<>();
    for (TextNumbers.Numeral numeral : TextNumbers.numerals(text)) {
      Phrase phrase = bounded(text, numeral.start(), numeral.end(), numeral.value());
      if (phrase != null) {
        found.add(phrase);
      }
    }
    return found;
  }

  private static Phrase bounded(String text, int start, int end, BigDecimal value) {
    for (Word word : BEFORE) {
      String before = word.text();
      if (start >= before.length() && text.startsWith(before, start - before.length())) {
        return new Phrase(value, word.bound(), text.substring(start - before.length(), unitEnd(text, end)));
      }
    }
    int after = unitEnd(text, end);
    if (text.startsWith("以上", after)) {
      return new Phrase(value, Bound.AT_LEAST, text.substring(start, after + 2));
    }
    if (text.startsWith("以下", after) || text.startsWith("以内", after)) {
      return new Phrase(value, Bound.AT_MOST, text.substring(start, after + 2));
    }
    return null;
  }

  /** Past the unit after a number (元、人、处、次…): one character that is not 以 or punctuation. */
  private static int unitEnd(String text, int end) {
    if (end < text.length() && Character.isIdeographic(text.charAt(end)) && text.charAt(end) != '以') {
      return end + 1;
    }
    return end;
  }
}
