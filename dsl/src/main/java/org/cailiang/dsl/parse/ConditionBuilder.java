package org.cailiang.dsl.parse;

import java.util.ArrayList;
import java.util.List;
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
    return new Condition.And(visit(ctx.condition(0)), visit(ctx.condition(1)), spans.of(ctx.AND().getSymbol()));
  }

  @Override
  public Condition visitOrCondition(OrConditionContext ctx) {
    return new Condition.Or(visit(ctx.condition(0)), visit(ctx.condition(1)), spans.of(ctx.OR().getSymbol()));
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
    return new Condition.IsTrue(ref(ctx.ident()), spans.of(ctx));
  }

  private Ref ref(IdentContext ident) {
    return new Ref(ident.getText(), spans.of(ident));
  }

  Literal literal(ValueContext value) {
    if (value instanceof NameValueContext c) {
      return new Literal.Name(c.ident().getText(), spans.of(c));
    }
    if (value instanceof LabelValueContext c) {
      return new Literal.Label(literals.string(c.getStart()), spans.of(c));
    }
    if (value instanceof NumberValueContext c) {
      return new Literal.Number(literals.money(c.NUMBER().getSymbol()), c.getText(), spans.of(c));
    }
    return new Literal.Bool(value instanceof TrueValueContext, spans.of(value));
  }
}
