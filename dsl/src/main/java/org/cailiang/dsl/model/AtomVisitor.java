package org.cailiang.dsl.model;

/**
 * A visitor for an operation on atomic conditions only (a comparison, {@code in}, a boolean
 * fact): the connectives and always/otherwise are not atoms and throw. A new atom kind still
 * fails to compile in every subclass.
 */
public abstract class AtomVisitor<R> implements Condition.Visitor<R> {
  @Override
  public final R visitAnd(Condition.And and) {
    return notAnAtom(and);
  }

  @Override
  public final R visitOr(Condition.Or or) {
    return notAnAtom(or);
  }

  @Override
  public final R visitNot(Condition.Not not) {
    return notAnAtom(not);
  }

  @Override
  public final R visitOtherwise(Condition.Otherwise otherwise) {
    return notAnAtom(otherwise);
  }

  @Override
  public final R visitAlways(Condition.Always always) {
    return notAnAtom(always);
  }

  private R notAnAtom(Condition condition) {
    throw new IllegalArgumentException("not an atomic condition: " + condition);
  }
}
