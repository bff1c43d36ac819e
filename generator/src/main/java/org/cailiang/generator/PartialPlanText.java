package org.cailiang.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * A violation's partial path written as the text {@code PartialPlan} reads (its Javadoc gives
 * the grammar): the referral triggers, tier tests and sanction needs in the order the
 * interpreter's {@code PartialDecision} weighs them. Only digits, operators and fixed words, so
 * nothing in the source reaches the text.
 */
final class PartialPlanText {
  /** The longest part of the text in one string constant, far inside the class file's 64 KB. */
  static final int MAX_PART = 8_000;

  private final Violation violation;
  private final ToIntFunction<String> factIndex;

  /** @param factIndex a fact's position by id, as the fact reader numbers them ({@link ConditionEmitter#factIndex}) */
  PartialPlanText(Violation violation, ToIntFunction<String> factIndex) {
    this.violation = violation;
    this.factIndex = factIndex;
  }

  /**
   * The plan, in parts of at most {@link #MAX_PART} characters split between words.
   *
   * @param withStatute adds the statute's clauses, which the general part's untyped entry reads
   */
  List<String> parts(boolean withStatute) {
    List<String> words = new ArrayList<>();
    for (Handover ending : violation.endingHandovers()) {
      words.add("end");
      test(ending.trigger().orElseThrow(), words);
    }
    for (Tier tier : violation.triedTiers()) {
      words.add("tier");
      test(tier.condition(), words);
      needs(tier, words);
    }
    violation.otherwise().ifPresent(tier -> {
      words.add("else");
      needs(tier, words);
    });
    for (Handover beside : violation.besideHandovers()) {
      words.add("beside");
      test(beside.trigger().orElseThrow(), words);
    }
    if (withStatute) {
      for (StatuteClause clause : violation.statute()) {
        words.add("clause");
        test(clause.condition(), words);
        addAmounts("then:", amountsRead(clause.sanction(), new TreeSet<>()), words);
      }
    }
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String word : words) {
      if (part.length() > 0 && part.length() + 1 + word.length() > MAX_PART) {
        parts.add(part.toString());
        part.setLength(0);
      }
      part.append(part.length() > 0 ? " " : "").append(word);
    }
    if (part.length() > 0 || parts.isEmpty()) {
      parts.add(part.toString());
    }
    return parts;
  }

  /** What a tier's sanctions need: a sanction's own {@code when}, the amounts its fine multiplies. */
  private void needs(Tier tier, List<String> words) {
    for (int i = 0; i < tier.sanctions().size(); i++) {
      TreeSet<Integer> amounts = amountsRead(tier.sanctions().get(i), new TreeSet<>());
      Optional<Condition> when = tier.sanctionCondition(i);
      if (when.isPresent()) {
        words.add("when");
        test(when.get(), words);
      }
      // After a test, "then:" (the amounts it decides on); alone, "amounts:" — never ambiguous.
      addAmounts(when.isPresent() ? "then:" : "amounts:", amounts, words);
    }
  }

  /** The word for the amounts a sanction multiplies ({@code then:2,3}); none when it multiplies none. */
  private static void addAmounts(String prefix, TreeSet<Integer> amounts, List<String> words) {
    if (!amounts.isEmpty()) {
      words.add(prefix + String.join(",", amounts.stream().map(String::valueOf).toList()));
    }
  }

  /** The positions of the amount facts a fine multiplies, in an alternative too. */
  private TreeSet<Integer> amountsRead(SanctionSpec sanction, TreeSet<Integer> read) {
    if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Multiple multiple) {
      read.add(factIndex.applyAsInt(multiple.fact().name()));
    } else if (sanction instanceof SanctionSpec.Alternative alternative) {
      alternative.options().forEach(option -> amountsRead(option, read));
    }
    return read;
  }

  private void test(Condition condition, List<String> words) {
    condition.accept(new Condition.Visitor<Void>() {
      @Override
      public Void visitAnd(Condition.And c) {
        return junction("and:", c.operands());
      }

      @Override
      public Void visitOr(Condition.Or c) {
        return junction("or:", c.operands());
      }

      private Void junction(String word, List<Condition> operands) {
        words.add(word + operands.size());
        operands.forEach(operand -> operand.accept(this));
        return null;
      }

      @Override
      public Void visitNot(Condition.Not c) {
        words.add("not");
        return c.operand().accept(this);
      }

      @Override
      public Void visitIsTrue(Condition.IsTrue c) {
        words.add("b" + factIndex.applyAsInt(c.fact().name()));
        return null;
      }

      @Override
      public Void visitCompare(Condition.Compare c) {
        compare(c.fact().name(), c.op(), c.value(), words);
        return null;
      }

      @Override
      public Void visitIn(Condition.In c) {
        if (c.negated()) {
          words.add("not");
        }
        if (c.values().size() > 1) {
          words.add("or:" + c.values().size());
        }
        c.values().forEach(value -> compare(c.fact().name(), Condition.Operator.EQ, value, words));
        return null;
      }

      @Override
      public Void visitAlways(Condition.Always c) {
        words.add("always");
        return null;
      }

      @Override
      public Void visitOtherwise(Condition.Otherwise c) {
        throw new IllegalArgumentException("an otherwise tier has no test: " + c);
      }
    });
  }

  private void compare(String factId, Condition.Operator op, Literal value, List<String> words) {
    int index = factIndex.applyAsInt(factId);
    Fact fact = violation.facts().get(index);
    words.add(fact.type().accept(new FactType.Visitor<String>() {
      @Override
      public String visitEnum(FactType.Enum type) {
        EnumValue resolved = type.resolve(value).orElseThrow();
        return "e" + index + op.symbol() + type.values().indexOf(resolved);
      }

      @Override
      public String visitBool(FactType.Bool type) {
        boolean wanted = ((Literal.Bool) value).value() == (op == Condition.Operator.EQ);
        return wanted ? "b" + index : "not b" + index;
      }

      @Override
      public String visitInt(FactType.Int type) {
        return "n" + index + op.symbol() + ((Literal.Number) value).value().toBigIntegerExact();
      }

      @Override
      public String visitAmount(FactType.Amount type) {
        BigDecimal number = ((Literal.Number) value).value();
        return "a" + index + op.symbol() + Amounts.plain(number);
      }
    }));
  }

}
