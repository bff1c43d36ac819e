package org.cailiang.dsl.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A violation (违法行为) with its legal basis, facts, statutory envelope and tiers.
 *
 * @param regulation the id of the regulation it violates
 * @param codes its code or range of codes
 * @param title its official short description
 * @param text the official 违法行为 text, verbatim; the title when not given
 * @param basis the penalty article (罚则)
 * @param duties the articles that state the duty violated
 * @param facts the facts a decision is made on
 * @param statute what the penalty article itself allows (the statutory envelope)
 * @param tiers the tiers (rows) of the standard, in source order
 * @param suppressions checks whose warnings are accepted for the whole violation
 * @param cases the test cases written beside the rules
 * @param implementations the articles of higher law it implements, whose statutes bound it
 * @param declaredExclusives the circumstances declared mutually exclusive: of facts alone ({@link
 *     #exclusives}) or with the general part's ({@link #circumstanceExclusives})
 * @param handovers the referrals of the violation ({@code refer ends|beside}), in source order
 */
public record Violation(
    String regulation,
    CodeRange codes,
    String title,
    String text,
    Optional<ArticleRef> basis,
    List<ArticleRef> duties,
    List<Fact> facts,
    List<StatuteClause> statute,
    List<Tier> tiers,
    List<Suppression> suppressions,
    List<TestCase> cases,
    List<ArticleRef> implementations,
    List<Exclusive> declaredExclusives,
    List<Handover> handovers,
    SourceSpan span) {

  public Violation {
    implementations = List.copyOf(implementations);
    suppressions = List.copyOf(suppressions);
    cases = List.copyOf(cases);
    duties = List.copyOf(duties);
    facts = List.copyOf(facts);
    statute = List.copyOf(statute);
    tiers = List.copyOf(tiers);
    declaredExclusives = List.copyOf(declaredExclusives);
    handovers = List.copyOf(handovers);
  }

  /** {@return the declarations of facts alone: what the table's analysis and evaluation read} */
  public List<Exclusive> exclusives() {
    return declaredExclusives.stream().filter(e -> e.circumstances().isEmpty()).toList();
  }

  /** {@return the declarations that list circumstances of the general part too} */
  public List<Exclusive> circumstanceExclusives() {
    return declaredExclusives.stream().filter(e -> !e.circumstances().isEmpty()).toList();
  }

  /** The referrals that end the administrative case when their trigger holds, in source order. */
  public List<Handover> endingHandovers() {
    return handovers.stream().filter(h -> h.ends() && h.trigger().isPresent()).toList();
  }

  /** The referrals that run beside the tier when their trigger holds, in source order. */
  public List<Handover> besideHandovers() {
    return handovers.stream().filter(h -> !h.ends() && h.trigger().isPresent()).toList();
  }

  /**
   * The referrals written without a trigger, in source order: reminders to the officer, which
   * decide nothing.
   */
  public List<Handover> reminders() {
    return handovers.stream().filter(h -> h.trigger().isEmpty()).toList();
  }

  /** A violation that implements no higher article. */
  public Violation(
      String regulation, CodeRange codes, String title, String text, Optional<ArticleRef> basis,
      List<ArticleRef> duties, List<Fact> facts, List<StatuteClause> statute, List<Tier> tiers,
      List<Suppression> suppressions, List<TestCase> cases, SourceSpan span) {
    this(regulation, codes, title, text, basis, duties, facts, statute, tiers, suppressions, cases,
        List.of(), List.of(), List.of(), span);
  }

  /** The fact with this id, if declared. */
  public Optional<Fact> fact(String factId) {
    for (Fact fact : facts) { // a loop, not a stream: the analysis asks this for every atom it evaluates
      if (fact.id().equals(factId)) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }

  /**
   * The tiers in the order they are tried: higher priority first, then source order; the
   * {@code otherwise} tier is not among them.
   */
  public List<Tier> triedTiers() {
    return tiers.stream().filter(t -> !t.isOtherwise())
        .sorted(java.util.Comparator.comparingInt(Tier::priority).reversed()).toList();
  }

  /** The {@code otherwise} tier, if there is one. */
  public Optional<Tier> otherwise() {
    return tiers.stream().filter(Tier::isOtherwise).findFirst();
  }

  /**
   * The penalty article, then the duty articles, each once: a repeated one (warned about by the
   * checks) is cited at its first place only.
   */
  public List<ArticleRef> citations() {
    Map<String, ArticleRef> distinct = new LinkedHashMap<>();
    basis.ifPresent(b -> distinct.put(b.toString(), b));
    duties.forEach(d -> distinct.putIfAbsent(d.toString(), d));
    return List.copyOf(distinct.values());
  }
}
