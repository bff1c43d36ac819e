package org.cailiang.dsl.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.parse.CailiangParser.*;

/** Builds conditions, one labelled alternative of the grammar per method. */
final class ConditionBuilder extends CailiangBaseVisitor<Condition> {
  private final Spans spans;
  private final Literals literals;

  ConditionBuilder(Spans spans, Literals literals) {
    this.spans = spans;
    this.literals = literals;
  }

  @Override
  public Condition visitNotCondition(NotConditionContext ctx) {
    return new Condition.Not(visit(ctx.condition()), spans.of(ctx.NOT().getSymbol()));
  }

  @Override
  public Condition visitAndCondition(AndConditionContext ctx) {
    List<ParserRuleContext> operands = new ArrayList<>();
    ConditionContext first = ctx;
    while (first instanceof AndConditionContext and) { // ANTLR nests a chain to the left
      operands.add(and.condition(1));
      first = and.condition(0);
    }
    AndConditionContext firstAnd = (AndConditionContext) first.getParent();
    return new Condition.And(chain(first, operands), spans.of(firstAnd.AND().getSymbol()));
  }

  @Override
  public Condition visitOrCondition(OrConditionContext ctx) {
    List<ParserRuleContext> operands = new ArrayList<>();
    ConditionContext first = ctx;
    while (first instanceof OrConditionContext or) {
      operands.add(or.condition(1));
      first = or.condition(0);
    }
    OrConditionContext firstOr = (OrConditionContext) first.getParent();
    return new Condition.Or(chain(first, operands), spans.of(firstOr.OR().getSymbol()));
  }

  /**
   * The operands of a chain in source order, from its first operand and the others collected
   * right to left; walked with a loop, as the parse tree of a long chain is as deep as it is long.
   */
  private List<Condition> chain(ConditionContext first, List<ParserRuleContext> rightToLeft) {
    List<Condition> operands = new ArrayList<>(rightToLeft.size() + 1);
    operands.add(visit(first));
    for (int i = rightToLeft.size() - 1; i >= 0; i--) {
      operands.add(visit(rightToLeft.get(i)));
    }
    return operands;
  }

  @Override
  public Condition visitParenCondition(ParenConditionContext ctx) {
    return visit(ctx.condition());
  }

  @Override
  public Condition visitCompareCondition(CompareConditionContext ctx) {
    Condition.Operator op;
    switch (ctx.op.getType()) {
      case CailiangParser.EQ:
        op = Condition.Operator.EQ;
        break;
      case CailiangParser.NE:
        op = Condition.Operator.NE;
        break;
      case CailiangParser.LT:
        op = Condition.Operator.LT;
        break;
      case CailiangParser.LE:
        op = Condition.Operator.LE;
        break;
      case CailiangParser.GT:
        op = Condition.Operator.GT;
        break;
      default:
        op = Condition.Operator.GE;
    }
    return new Condition.Compare(ref(ctx.ident()), op, literal(ctx.value()), spans.of(ctx));
  }

  @Override
  public Condition visitInCondition(InConditionContext ctx) {
    List<Literal> values = new ArrayList<>();
    ctx.value().forEach(v -> values.add(literal(v)));
    return new Condition.In(ref(ctx.ident()), values, ctx.NOT() != null, spans.of(ctx.ident()));
  }

  @Override
  public Condition visitFactCondition(FactConditionContext ctx) {
    return circumstances.resolve(ctx.ident(), this)
        .orElseGet(() -> new Condition.IsTrue(ref(ctx.ident()), spans.of(ctx)));
  }

  /** {@code fact = value}: the same comparison as {@code ==}. */
  @Override
  public Condition visitAssignCompareCondition(AssignCompareConditionContext ctx) {
    return new Condition.Compare(ref(ctx.ident()), Condition.Operator.EQ, literal(ctx.value()), spans.of(ctx));
  }

  /** The named circumstances of the violation being built; none outside a violation. */
  private NamedCircumstances circumstances = NamedCircumstances.NONE;

  /** Resolves names to these circumstances until the next call. */
  void useCircumstances(NamedCircumstances circumstances) {
    this.circumstances = circumstances;
  }

  private Ref ref(IdentContext ident) {
    return new Ref(ident.getText(), spans.of(ident));
  }

  Literal literal(ValueContext value) {
    return value.accept(values);
  }

  /** A literal, through the grammar's labelled alternatives of {@code value}. */
  private final CailiangBaseVisitor<Literal> values = new CailiangBaseVisitor<>() {
    @Override
    public Literal visitNameValue(NameValueContext c) {
      return new Literal.Name(c.ident().getText(), spans.of(c));
    }

    @Override
    public Literal visitLabelValue(LabelValueContext c) {
      return new Literal.Label(literals.string(c.getStart()), spans.of(c));
    }

    @Override
    public Literal visitNumberValue(NumberValueContext c) {
      return new Literal.Number(literals.money(c.NUMBER().getSymbol()), c.getText(), spans.of(c));
    }

    @Override
    public Literal visitTrueValue(TrueValueContext c) {
      return new Literal.Bool(true, spans.of(c));
    }

    @Override
    public Literal visitFalseValue(FalseValueContext c) {
      return new Literal.Bool(false, spans.of(c));
    }
  };
}
