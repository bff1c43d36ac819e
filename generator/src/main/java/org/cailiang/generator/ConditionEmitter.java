package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * Java boolean expressions for checked conditions, over a {@code facts} record. Amounts compare
 * exactly through {@link BigDecimal#compareTo} against constants, so evaluation allocates
 * nothing; {@code <=} and {@code >=} include the bound, as 以上 and 以下 do.
 *
 * <p>No expression grows without bound: javac recurses once per operator of a chain, and a
 * method's code must stay under 64 KB. A chain longer than {@value #MAX_OPERANDS} operands is
 * split into helper methods of that many, and an expression of more than {@value #MAX_INLINE}
 * comparisons moves into a helper method of its own, so every tier's test stays small.
 */
final class ConditionEmitter {
  /** The most operands of one {@code &&} or {@code ||} chain in the generated code. */
  static final int MAX_OPERANDS = 16;
  /** The most comparisons in one expression before it becomes a method of its own. */
  static final int MAX_INLINE = 32;

  private final Violation violation;
  private final FactsEmitter facts;
  private final MemberNames members;
  /** Amount literals used, by value: each becomes one {@code static final BigDecimal}. */
  private final Map<String, String> amountConstants = new LinkedHashMap<>();
  private final List<MethodSpec> helpers = new ArrayList<>();

  /** @param members the names taken in the violation class, where the helper methods go */
  ConditionEmitter(Violation violation, FactsEmitter facts, MemberNames members) {
    this.violation = violation;
    this.facts = facts;
    this.members = members;
  }

  /** The amount constants the emitted expressions use: name → plain decimal text. */
  Map<String, String> amountConstants() {
    Map<String, String> byName = new LinkedHashMap<>();
    amountConstants.forEach((value, name) -> byName.put(name, value));
    return byName;
  }

  /** The helper methods the emitted expressions call, for the violation class. */
  List<MethodSpec> helpers() {
    return List.copyOf(helpers);
  }

  /** Java code and the number of comparisons in it. */
  private record Expression(CodeBlock code, int size) {}

  /** The expression for an {@code if}: without the parentheses an outermost and/or would get. */
  CodeBlock emitTop(Condition condition, String factsVariable) {
    return emit(condition, factsVariable, true).code();
  }

  private Expression emit(Condition condition, String factsVariable, boolean top) {
    return condition.accept(new Emission(factsVariable, top));
  }

  /** Emits one condition; {@code top} when it is the whole expression of an {@code if}. */
  private final class Emission implements Condition.Visitor<Expression> {
    private final String factsVariable;
    private final boolean top;

    Emission(String factsVariable, boolean top) {
      this.factsVariable = factsVariable;
      this.top = top;
    }

    @Override
    public Expression visitAnd(Condition.And c) {
      return chain(operands(c.operands(), factsVariable), " && ", factsVariable, top);
    }

    @Override
    public Expression visitOr(Condition.Or c) {
      return chain(operands(c.operands(), factsVariable), " || ", factsVariable, top);
    }

    @Override
    public Expression visitNot(Condition.Not c) {
      // ! binds tighter than == and <: a comparison must be parenthesised under it.
      Expression operand = emit(c.operand(), factsVariable, false);
      return new Expression(c.operand() instanceof Condition.IsTrue
          ? CodeBlock.of("!$L", operand.code()) : CodeBlock.of("!($L)", operand.code()), operand.size());
    }

    @Override
    public Expression visitIsTrue(Condition.IsTrue c) {
      return new Expression(accessor(c.fact().name(), factsVariable), 1);
    }

    @Override
    public Expression visitCompare(Condition.Compare c) {
      Fact fact = violation.fact(c.fact().name()).orElseThrow();
      return new Expression(compare(fact, c.op(), c.value(), factsVariable), 1);
    }

    @Override
    public Expression visitIn(Condition.In c) {
      Fact fact = violation.fact(c.fact().name()).orElseThrow();
      List<Expression> equals = new ArrayList<>();
      c.values().forEach(value -> equals.add(
          new Expression(compare(fact, Condition.Operator.EQ, value, factsVariable), 1)));
      Expression any = chain(equals, " || ", factsVariable, false);
      return c.negated() ? new Expression(CodeBlock.of("!$L", any.code()), any.size()) : any;
    }

    @Override
    public Expression visitAlways(Condition.Always c) {
      return new Expression(CodeBlock.of("true"), 1);
    }

    /** The otherwise tier is the final else of the tier chain, never an expression. */
    @Override
    public Expression visitOtherwise(Condition.Otherwise c) {
      throw new IllegalArgumentException("cannot emit " + c);
    }
  }

  /** The fact's position among the violation's facts, as the fact reader numbers them. */
  int factIndex(String factId) {
    List<Fact> all = violation.facts();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(factId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a fact of " + violation.codes() + ": " + factId);
  }

  private List<Expression> operands(List<Condition> operands, String factsVariable) {
    List<Expression> emitted = new ArrayList<>(operands.size());
    operands.forEach(operand -> emitted.add(emit(operand, factsVariable, false)));
    return emitted;
  }

  /**
   * Operands joined by {@code operator}: a long chain first becomes a short chain of helper calls
   * (repeatedly, so even the calls stay few), then a large result a helper of its own.
   */
  private Expression chain(List<Expression> operands, String operator, String factsVariable, boolean top) {
    List<Expression> shortened = operands;
    while (shortened.size() > MAX_OPERANDS) {
      List<Expression> calls = new ArrayList<>();
      for (int start = 0; start < shortened.size(); start += MAX_OPERANDS) {
        List<Expression> part = shortened.subList(start, Math.min(start + MAX_OPERANDS, shortened.size()));
        calls.add(helper(join(part, operator, true), factsVariable));
      }
      shortened = calls;
    }
    Expression joined = join(shortened, operator, top);
    return joined.size() > MAX_INLINE ? helper(join(shortened, operator, true), factsVariable) : joined;
  }

  private static Expression join(List<Expression> operands, String operator, boolean bare) {
    CodeBlock code = operands.stream().map(Expression::code)
        .collect(CodeBlock.joining(operator, bare ? "" : "(", bare ? "" : ")"));
    return new Expression(code, operands.stream().mapToInt(Expression::size).sum());
  }

  /** A static method returning the expression; the call counts as one comparison. */
  private Expression helper(Expression body, String factsVariable) {
    String name = members.name("#condition" + helpers.size(), "condition" + helpers.size());
    helpers.add(MethodSpec.methodBuilder(name)
        .addJavadoc("Part of a tier's condition, apart so that no method or expression grows too large.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(facts.factsType(), factsVariable)
        .addStatement("return $L", body.code())
        .build());
    return new Expression(CodeBlock.of("$N($N)", name, factsVariable), 1);
  }

  private CodeBlock compare(Fact fact, Condition.Operator op, Literal value, String factsVariable) {
    CodeBlock left = accessor(fact.id(), factsVariable);
    return fact.type().accept(new FactType.Visitor<CodeBlock>() {
      @Override
      public CodeBlock visitEnum(FactType.Enum type) {
        String valueId = type.resolve(value).orElseThrow().id();
        return CodeBlock.of("$L $L $T.$N", left, op.symbol(), facts.enumType(fact), facts.enumConstant(fact, valueId));
      }

      @Override
      public CodeBlock visitBool(FactType.Bool type) {
        boolean wanted = ((Literal.Bool) value).value() == (op == Condition.Operator.EQ);
        return wanted ? left : CodeBlock.of("!$L", left);
      }

      @Override
      public CodeBlock visitInt(FactType.Int type) {
        BigDecimal number = ((Literal.Number) value).value();
        return CodeBlock.of("$L $L $LL", left, op.symbol(), number.toBigIntegerExact());
      }

      @Override
      public CodeBlock visitAmount(FactType.Amount type) {
        BigDecimal number = ((Literal.Number) value).value();
        return CodeBlock.of("$L.compareTo($N) $L 0", left, amountConstant(number), op.symbol());
      }
    });
  }

  private String amountConstant(BigDecimal number) {
    String plain = Amounts.plain(number);
    return amountConstants.computeIfAbsent(plain, p -> "AMOUNT_" + p.replace('.', '_'));
  }

  private CodeBlock accessor(String factId, String factsVariable) {
    return CodeBlock.of("$N.$N()", factsVariable, facts.component(factId));
  }
}
