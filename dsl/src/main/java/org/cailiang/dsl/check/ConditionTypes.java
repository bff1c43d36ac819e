package org.cailiang.dsl.check;

import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Violation;

/** Checks that conditions name declared facts and compare them with values of their type. */
final class ConditionTypes {
  private final Violation violation;
  private final Diagnostics diagnostics;

  ConditionTypes(Violation violation, Diagnostics diagnostics) {
    this.violation = violation;
    this.diagnostics = diagnostics;
  }

  /**
   * The most comparisons one condition may hold, named circumstances expanded. Far beyond any
   * real tier (a handful); the legal analysis weighs each against the others, so a chain of tens
   * of thousands (a hostile or generated file) would run for minutes.
   */
  static final int MAX_ATOMS = 5000;

  void check(Condition condition) {
    if (atoms(condition, MAX_ATOMS + 1) > MAX_ATOMS) {
      diagnostics.error(condition.span(), "too-long", "条件过长：展开命名情节后超过 " + MAX_ATOMS
          + " 个比较；请拆分阶次，或用区间（如 income >= 1000 and income < 5000）代替逐一列举");
      return;
    }
    condition.accept(checker);
  }

  /** The comparisons of a condition, counted up to {@code limit}: a shared named circumstance is counted at each use. */
  private static int atoms(Condition condition, int limit) {
    if (condition instanceof Condition.And and) {
      return sum(and.operands(), limit);
    }
    if (condition instanceof Condition.Or or) {
      return sum(or.operands(), limit);
    }
    if (condition instanceof Condition.Not not) {
      return atoms(not.operand(), limit);
    }
    if (condition instanceof Condition.Named named) {
      return atoms(named.body(), limit);
    }
    return condition instanceof Condition.Always || condition instanceof Condition.Otherwise ? 0 : 1;
  }

  private static int sum(List<Condition> operands, int limit) {
    int total = 0;
    for (Condition operand : operands) {
      total += atoms(operand, limit - total);
      if (total >= limit) {
        return total;
      }
    }
    return total;
  }

  private final Condition.Visitor<Void> checker = new Condition.Visitor<>() {
    @Override
    public Void visitAnd(Condition.And c) {
      c.operands().forEach(ConditionTypes.this::check);
      return null;
    }

    @Override
    public Void visitOr(Condition.Or c) {
      c.operands().forEach(ConditionTypes.this::check);
      return null;
    }

    @Override
    public Void visitNot(Condition.Not c) {
      check(c.operand());
      return null;
    }

    @Override
    public Void visitIsTrue(Condition.IsTrue c) {
      fact(c.fact()).ifPresent(fact -> {
        if (!(fact.type() instanceof FactType.Bool)) {
          diagnostics.error(c.span(), "type", "事实 " + fact.id() + " 是 " + fact.type().name()
              + " 类型，不能单独作为条件；请写比较，如 " + fact.id() + " == …");
        }
      });
      return null;
    }

    @Override
    public Void visitCompare(Condition.Compare c) {
      fact(c.fact()).ifPresent(fact -> compare(fact, c));
      return null;
    }

    @Override
    public Void visitIn(Condition.In c) {
      fact(c.fact()).ifPresent(fact -> c.values().forEach(value -> literal(fact, value)));
      return null;
    }

    @Override
    public Void visitOtherwise(Condition.Otherwise c) {
      diagnostics.error(c.span(), "syntax", "otherwise 只能用于阶次，不能用于条件");
      return null;
    }

    @Override
    public Void visitAlways(Condition.Always c) {
      return null;
    }
  };

  private void compare(Fact fact, Condition.Compare c) {
    boolean numeric = fact.type() instanceof FactType.Amount || fact.type() instanceof FactType.Int;
    if (c.op().isOrdering() && !numeric) {
      diagnostics.error(c.span(), "type", "事实 " + fact.id() + " 是 " + fact.type().name()
          + " 类型，不能用 " + c.op().symbol() + " 比较大小；只能用 == 或 !=");
      return;
    }
    literal(fact, c.value());
  }

  /** Checks that a literal is a value of the fact's type. */
  void literal(Fact fact, Literal value) {
    fact.type().accept(new FactType.Visitor<Void>() {
      @Override
      public Void visitEnum(FactType.Enum e) {
        if (value instanceof Literal.Name || value instanceof Literal.Label) {
          if (e.resolve(value).isEmpty()) {
            diagnostics.error(value.span(), "unknown-value", "事实 " + fact.id() + "（" + fact.label()
                + "）没有取值 " + value.text() + "；可取：" + allowed(e));
          }
        } else {
          mismatch(fact, value, "取值（" + allowed(e) + "）");
        }
        return null;
      }

      @Override
      public Void visitBool(FactType.Bool type) {
        if (!(value instanceof Literal.Bool)) {
          mismatch(fact, value, "true 或 false");
        }
        return null;
      }

      @Override
      public Void visitAmount(FactType.Amount type) {
        if (!(value instanceof Literal.Number)) {
          mismatch(fact, value, "金额（如 5000、1万）");
        }
        return null;
      }

      @Override
      public Void visitInt(FactType.Int type) {
        if (!(value instanceof Literal.Number number)
            || number.value().stripTrailingZeros().scale() > 0) {
          mismatch(fact, value, "整数");
        }
        return null;
      }
    });
  }

  private void mismatch(Fact fact, Literal value, String expected) {
    diagnostics.error(value.span(), "type", "类型不符：事实 " + fact.id() + " 是 " + fact.type().name()
        + " 类型，只能与 " + expected + " 比较，不能与 " + value.text() + " 比较");
  }

  private static String allowed(FactType.Enum type) {
    StringBuilder text = new StringBuilder();
    type.values().forEach(v -> text.append(text.length() == 0 ? "" : "、").append(v.id()).append("「").append(v.label()).append("」"));
    return text.toString();
  }

  Optional<Fact> fact(Ref ref) {
    Optional<Fact> fact = violation.fact(ref.name());
    if (fact.isEmpty()) {
      List<String> ids = violation.facts().stream().map(f -> f.id()).distinct().toList();
      java.util.Map<String, String> labelled = new java.util.HashMap<>();
      violation.facts().forEach(f -> labelled.putIfAbsent(f.label(), f.id()));
      List<String> near = org.cailiang.runtime.internal.Suggestions.forFact(ref.name(),
          ids.stream().sorted().toList(), labelled);
      diagnostics.error(ref.span(), "unknown-fact", "未知事实 " + ref.name()
          + (ids.isEmpty() ? "：本违法行为没有声明任何事实（fact）" : "；已声明的事实有：" + String.join("、", ids))
          + (near.isEmpty() ? "" : "；是否应为 " + String.join("、", near) + "？"));
    }
    return fact;
  }
}
