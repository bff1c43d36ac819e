package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Amounts;

/**
 * Java boolean expressions for checked conditions, over a {@code facts} record. Amounts compare
 * exactly through {@link BigDecimal#compareTo} against constants, so evaluation allocates
 * nothing; {@code <=} and {@code >=} include the bound, as 以上 and 以下 do.
 */
final class ConditionEmitter {
  private final Violation violation;
  private final FactsEmitter facts;
  /** Amount literals used, by value: each becomes one {@code static final BigDecimal}. */
  private final Map<String, String> amountConstants = new LinkedHashMap<>();

  ConditionEmitter(Violation violation, FactsEmitter facts) {
    this.violation = violation;
    this.facts = facts;
  }

  /** The amount constants the emitted expressions use: name → plain decimal text. */
  Map<String, String> amountConstants() {
    Map<String, String> byName = new LinkedHashMap<>();
    amountConstants.forEach((value, name) -> byName.put(name, value));
    return byName;
  }

  /** The expression for an {@code if}: without the parentheses an outermost and/or would get. */
  CodeBlock emitTop(Condition condition, String factsVariable) {
    if (condition instanceof Condition.And c) {
      return CodeBlock.of("$L && $L", emit(c.left(), factsVariable), emit(c.right(), factsVariable));
    }
    if (condition instanceof Condition.Or c) {
      return CodeBlock.of("$L || $L", emit(c.left(), factsVariable), emit(c.right(), factsVariable));
    }
    return emit(condition, factsVariable);
  }

  CodeBlock emit(Condition condition, String factsVariable) {
    if (condition instanceof Condition.And c) {
      return CodeBlock.of("($L && $L)", emit(c.left(), factsVariable), emit(c.right(), factsVariable));
    }
    if (condition instanceof Condition.Or c) {
      return CodeBlock.of("($L || $L)", emit(c.left(), factsVariable), emit(c.right(), factsVariable));
    }
    if (condition instanceof Condition.Not c) {
      // ! binds tighter than == and <: a comparison must be parenthesised under it.
      CodeBlock operand = emit(c.operand(), factsVariable);
      return c.operand() instanceof Condition.IsTrue ? CodeBlock.of("!$L", operand) : CodeBlock.of("!($L)", operand);
    }
    if (condition instanceof Condition.IsTrue c) {
      return accessor(c.fact().name(), factsVariable);
    }
    if (condition instanceof Condition.Compare c) {
      Fact fact = violation.fact(c.fact().name()).orElseThrow();
      return compare(fact, c.op(), c.value(), factsVariable);
    }
    if (condition instanceof Condition.In c) {
      Fact fact = violation.fact(c.fact().name()).orElseThrow();
      CodeBlock any = c.values().stream()
          .map(value -> compare(fact, Condition.Operator.EQ, value, factsVariable))
          .collect(CodeBlock.joining(" || ", "(", ")"));
      return c.negated() ? CodeBlock.of("!$L", any) : any;
    }
    if (condition instanceof Condition.Always) {
      return CodeBlock.of("true");
    }
    throw new IllegalArgumentException("cannot emit " + condition);
  }

  private CodeBlock compare(Fact fact, Condition.Operator op, Literal value, String factsVariable) {
    CodeBlock left = accessor(fact.id(), factsVariable);
    if (fact.type() instanceof FactType.Enum type) {
      String valueId = type.resolve(value).orElseThrow().id();
      return CodeBlock.of("$L $L $T.$N", left, op.symbol(), facts.enumType(fact), facts.enumConstant(fact, valueId));
    }
    if (fact.type() instanceof FactType.Bool) {
      boolean wanted = ((Literal.Bool) value).value() == (op == Condition.Operator.EQ);
      return wanted ? left : CodeBlock.of("!$L", left);
    }
    BigDecimal number = ((Literal.Number) value).value();
    if (fact.type() instanceof FactType.Int) {
      return CodeBlock.of("$L $L $LL", left, op.symbol(), number.toBigIntegerExact());
    }
    return CodeBlock.of("$L.compareTo($N) $L 0", left, amountConstant(number), op.symbol());
  }

  private String amountConstant(BigDecimal number) {
    String plain = Amounts.plain(number);
    return amountConstants.computeIfAbsent(plain, p -> "AMOUNT_" + p.replace('.', '_'));
  }

  private CodeBlock accessor(String factId, String factsVariable) {
    return CodeBlock.of("$N.$N()", factsVariable, facts.component(factId));
  }
}
