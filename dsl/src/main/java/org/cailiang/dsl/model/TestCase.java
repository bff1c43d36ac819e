package org.cailiang.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A test case written beside the rules it tests.
 *
 * <pre>
 * case "个人设置" { setter = individual, harm = false } expect B030 { order "责令拆除"; fine individual 500..1000 }
 * </pre>
 *
 * @param name what the case is about
 * @param code the violation code it is decided for; empty for the violation's first code
 * @param facts the facts given; those the decision does not depend on may be left out
 * @param expected the tier suffix expected
 * @param sanctions the sanctions expected, when given
 * @param partial whether the decision may have sanctions besides those expected
 *     ({@code expect B020 partially { … }})
 * @param general the general-part facts and expectations ({@code general { … }}), when given:
 *     the case is then decided with the general part and its sanctions are those after it
 */
public record TestCase(
    String name,
    Optional<Ref> code,
    List<CaseFact> facts,
    Ref expected,
    Optional<List<SanctionSpec>> sanctions,
    SourceSpan span,
    boolean partial,
    Optional<CaseGeneral> general) {

  public TestCase {
    facts = List.copyOf(facts);
  }

  /** {@return whether the case gives the boolean fact as true} */
  public boolean isTrue(String factId) {
    return facts.stream().anyMatch(f -> f.fact().name().equals(factId)
        && f.value() instanceof Literal.Bool b && b.value());
  }

  /** A case without general-part facts. */
  public TestCase(String name, Optional<Ref> code, List<CaseFact> facts, Ref expected,
      Optional<List<SanctionSpec>> sanctions, SourceSpan span, boolean partial) {
    this(name, code, facts, expected, sanctions, span, partial, Optional.empty());
  }

  /** A case that expects exactly the sanctions given, if any. */
  public TestCase(String name, Optional<Ref> code, List<CaseFact> facts, Ref expected,
      Optional<List<SanctionSpec>> sanctions, SourceSpan span) {
    this(name, code, facts, expected, sanctions, span, false);
  }

  /** The code the case is decided under: its own {@code at}, else the violation's first. */
  public String code(Violation violation) {
    return code.map(Ref::name).orElse(violation.codes().first());
  }

  /**
   * Whether the case expects to be handed over (移送, {@code refer ends}): {@code expect} names
   * no tier but the case's own code — the tier code of a handed-over decision.
   */
  public boolean expectsHandover(Violation violation) {
    return !violation.endingHandovers().isEmpty()
        && violation.tiers().stream().noneMatch(t -> t.suffix().equals(expected.name()))
        && expected.name().equals(code(violation));
  }

  /** One fact of a case: {@code harm = true}. */
  public record CaseFact(Ref fact, Literal value) {}
}
