package org.cailiang.dsl.model;

/** The fact an atom reads. */
final class AtomFact extends AtomVisitor<String> {
  static final AtomFact INSTANCE = new AtomFact();

  private AtomFact() {}

  @Override
  public String visitIsTrue(Condition.IsTrue isTrue) {
    return isTrue.fact().name();
  }

  @Override
  public String visitCompare(Condition.Compare compare) {
    return compare.fact().name();
  }

  @Override
  public String visitIn(Condition.In in) {
    return in.fact().name();
  }
}
