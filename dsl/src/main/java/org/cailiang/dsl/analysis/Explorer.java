package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Splits a violation's cases into cells by case analysis on one fact at a time, and only on the
 * facts that a condition still undecided depends on: tiers whose condition turned false drop
 * out, so a table of many tiers is split no further than its conditions require.
 */
final class Explorer {
  /** More cells than this is a table to split up, not to analyse in one go. */
  static final int MAX_CELLS = 200_000;

  private final Violation violation;
  private final Truth truth;
  private final Map<String, List<Region>> domains;
  private final List<StatuteClause> statute;
  private final int maxCells;
  private final List<Cell> cells = new ArrayList<>();
  private final Map<Condition, List<Condition>> atomsOf = new java.util.IdentityHashMap<>();
  /** When one holds, the facts contradict an {@code exclusive} declaration: not a case at all. */
  private final List<Condition> contradictions;
  /** When one holds, a referral ends the case ({@code refer ends}): no tier decides there. */
  private final List<Condition> endings;
  private boolean truncated;
  /** The partial assignments explored, cells or not. */
  private long visited;
  /**
   * Partial assignments per cell of the limit: splitting into cells visits fewer than two per
   * cell, so only cases that end without a cell (referrals, exclusions) reach it first.
   */
  static final long NODES_PER_CELL = 2;

  Explorer(Violation violation) {
    this(violation, MAX_CELLS);
  }

  Explorer(Violation violation, int maxCells) {
    this.violation = violation;
    this.truth = new Truth(violation);
    this.statute = violation.statute();
    this.contradictions = violation.exclusives().stream().map(Exclusive::contradiction).toList();
    this.endings = violation.endingHandovers().stream().map(h -> h.trigger().orElseThrow()).toList();
    List<Condition> conditions = new ArrayList<>();
    violation.triedTiers().forEach(t -> conditions.add(t.condition()));
    statute.forEach(c -> conditions.add(c.condition()));
    conditions.addAll(endings);
    this.maxCells = limit(maxCells, conditions);
    this.domains = Domains.of(violation, conditions);
    this.incomeFacts = IncomeConfiscation.incomeFacts(violation).stream().map(f -> f.id()).toList();
  }

  /** The facts of 违法所得, whose 0 is a cell of its own. */
  private final List<String> incomeFacts;

  /**
   * Work per cell grows with the conditions evaluated there: past this many atoms times cells the
   * limit is reached sooner, so that it is reached in seconds (hostile check: 64 tiers of 120
   * atoms each took 31 s and 1.6 GB only to report the limit). Real tables stay far below it.
   */
  static final long MAX_WORK = 100_000_000L;

  /** The cell limit, lowered for conditions so large that each cell costs much. */
  static int limit(int maxCells, List<Condition> conditions) {
    long atoms = 0;
    for (Condition condition : conditions) {
      long[] count = {0};
      Domains.atoms(condition, atom -> count[0]++);
      atoms += count[0];
    }
    return (int) Math.min(maxCells, Math.max(1_000, MAX_WORK / Math.max(1, atoms)));
  }

  /** {@return the most cells this explorer splits a violation into} */
  int maxCells() {
    return maxCells;
  }

  /** Every cell; {@link #truncated()} tells whether the limit cut the search short. */
  List<Cell> cells() {
    if (cells.isEmpty() && !truncated) {
      Map<String, Region> assignment = new LinkedHashMap<>();
      List<Tier> alive = new ArrayList<>();
      List<Boolean> open = new ArrayList<>();
      for (Tier tier : violation.triedTiers()) {
        Boolean holds = truth.of(tier.condition(), assignment);
        if (!Boolean.FALSE.equals(holds)) {
          alive.add(tier);
          open.add(holds == null);
        }
      }
      boolean[] flags = new boolean[alive.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = open.get(i);
      }
      explore(assignment, alive, flags);
    }
    return cells;
  }

  boolean truncated() {
    return truncated;
  }

  /**
   * Explores the cases below a partial assignment, given the tiers that may still hold there, in
   * the order they are tried, and for each whether its condition is still open (else it holds).
   * The parent works these out for its children, evaluating again only the open conditions that
   * read the fact it splits.
   */
  private void explore(Map<String, Region> assignment, List<Tier> alive, boolean[] open) {
    // Cases a referral ends or an exclusion rules out are no cells, but cost as much: the search
    // is bounded by the cases visited too (hostile check: an ending referral that is always true
    // but not seen to be took 75 s for 22 facts, doubling with each).
    if (cells.size() >= maxCells || ++visited > NODES_PER_CELL * maxCells) {
      truncated = true;
      return;
    }
    for (Condition contradiction : contradictions) {
      // Two exclusive facts hold: everything below is impossible, so it is no cell of any check.
      // Where the contradiction is still open, setting the undecided facts false gives a case.
      if (Boolean.TRUE.equals(truth.of(contradiction, assignment))) {
        return;
      }
    }
    // A case an ending referral takes is handed over, not decided by a tier: not a cell either.
    // An open trigger is split on, so that every cell is on one side of it.
    Condition openEnding = null;
    for (Condition ending : endings) {
      Boolean holds = truth.of(ending, assignment);
      if (Boolean.TRUE.equals(holds)) {
        return;
      }
      if (holds == null && openEnding == null) {
        openEnding = ending;
      }
    }
    List<Boolean> clauses = new ArrayList<>();
    List<Condition> openClauses = new ArrayList<>();
    for (StatuteClause clause : statute) {
      Boolean holds = truth.of(clause.condition(), assignment);
      clauses.add(holds);
      if (holds == null) {
        openClauses.add(clause.condition());
      }
    }
    Condition undecided = null;
    for (int i = 0; i < alive.size() && undecided == null; i++) {
      if (open[i]) {
        undecided = alive.get(i).condition();
      }
    }
    if (undecided == null && !openClauses.isEmpty()) {
      undecided = openClauses.get(0);
    }
    if (undecided == null) {
      undecided = openEnding;
    }
    if (openEnding != null) {
      openClauses.add(openEnding); // its constants split the fact's values too
    }
    if (undecided == null) {
      cells.add(new Cell(ordered(assignment), alive, clauses));
      return;
    }
    String fact = firstUnassigned(undecided, assignment);
    new Split(assignment, alive, open, fact, openClauses).run();
  }

  /**
   * The split of one node on one fact: the regions grouped where the open conditions read the
   * same, and each group explored with the tiers that may hold there.
   */
  private final class Split {
    private final Map<String, Region> assignment;
    private final List<Tier> alive;
    private final boolean[] open;
    private final String fact;
    private final List<Condition> openClauses;
    /** Positions in {@code alive} of the open tiers that read the fact: the ones a split changes. */
    private final List<Integer> changing = new ArrayList<>();
    /** Positions of the others, which keep their state in every child. */
    private final List<Integer> unchanged = new ArrayList<>();
    /** For each changing position, whether its condition holds in the current group (null: open). */
    private final Boolean[] holds;
    /** The changing positions that are not false in the current group. */
    private final BitSet live = new BitSet();

    Split(Map<String, Region> assignment, List<Tier> alive, boolean[] open, String fact, List<Condition> openClauses) {
      this.assignment = assignment;
      this.alive = alive;
      this.open = open;
      this.fact = fact;
      this.openClauses = openClauses;
      this.holds = new Boolean[alive.size()];
      for (int i = 0; i < alive.size(); i++) {
        (open[i] && reads(alive.get(i).condition(), fact) ? changing : unchanged).add(i);
      }
    }

    void run() {
      List<Region> regions = domains.get(fact);
      if (regions.get(0) instanceof Region.Interval) {
        sweep(regions);
      } else {
        eachValue(regions);
      }
      assignment.remove(fact);
    }

    /**
     * Numbers, in order: an atom changes its truth only at its constants, so from one group to
     * the next only the tiers with a constant between them are evaluated again. A table of
     * thousands of {@code count >= i} tiers costs one evaluation per tier, not one per tier and
     * group.
     */
    private void sweep(List<Region> regions) {
      TreeMap<BigDecimal, List<Integer>> byConstant = new TreeMap<>();
      List<Condition> atoms = new ArrayList<>(atomsOnFact(openClauses));
      for (int position : changing) {
        List<Condition> own = atomsOnFact(List.of(alive.get(position).condition()));
        atoms.addAll(own);
        for (Condition atom : own) {
          for (BigDecimal constant : Splits.constants(atom)) {
            byConstant.computeIfAbsent(constant, c -> new ArrayList<>()).add(position);
          }
        }
      }
      Region.Interval previous = null;
      for (List<Region> group : Splits.of(fact, regions, atoms, zeroAlone(fact), truth)) {
        Region.Interval region = (Region.Interval) group.get(0);
        assignment.put(fact, region);
        if (previous == null) {
          changing.forEach(this::evaluate);
        } else {
          byConstant.subMap(previous.high(), true, region.low(), true).values()
              .forEach(positions -> positions.forEach(this::evaluate));
        }
        descend();
        previous = (Region.Interval) group.get(group.size() - 1);
      }
    }

    /**
     * Enum and boolean values: few, each evaluated in full. Tiers that require one value (fact ==
     * c and …) are false elsewhere without evaluation, and that value gets a branch of its own.
     */
    private void eachValue(List<Region> regions) {
      Map<Integer, Object> required = new java.util.HashMap<>();
      List<Condition> atoms = new ArrayList<>(atomsOnFact(openClauses));
      for (int position : changing) {
        Condition condition = alive.get(position).condition();
        Object value = requiredValue(condition, fact);
        if (value != null) {
          required.put(position, value);
        } else {
          atoms.addAll(atomsOnFact(List.of(condition)));
        }
      }
      for (List<Region> group : Splits.of(fact, regions, atoms, new HashSet<>(required.values()), truth)) {
        Region region = group.get(0);
        assignment.put(fact, region);
        Object key = key(region);
        for (int position : changing) {
          Object value = required.get(position);
          if (value != null && !value.equals(key)) {
            holds[position] = false;
            live.clear(position);
          } else {
            evaluate(position);
          }
        }
        descend();
      }
    }

    private void evaluate(int position) {
      holds[position] = truth.of(alive.get(position).condition(), assignment);
      live.set(position, !Boolean.FALSE.equals(holds[position]));
    }

    /** Explores the current group: the unchanged tiers and the live changing ones, in order. */
    private void descend() {
      List<Tier> next = new ArrayList<>();
      List<Boolean> nextOpen = new ArrayList<>();
      int u = 0;
      int c = live.nextSetBit(0);
      while (u < unchanged.size() || c >= 0) {
        if (c < 0 || u < unchanged.size() && unchanged.get(u) < c) {
          int position = unchanged.get(u++);
          next.add(alive.get(position));
          nextOpen.add(open[position]);
        } else {
          next.add(alive.get(c));
          nextOpen.add(holds[c] == null);
          c = live.nextSetBit(c + 1);
        }
      }
      boolean[] flags = new boolean[next.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = nextOpen.get(i);
      }
      explore(assignment, next, flags);
    }

    /** The atoms on the fact being split of some conditions. */
    private List<Condition> atomsOnFact(List<Condition> conditions) {
      List<Condition> atoms = new ArrayList<>();
      for (Condition condition : conditions) {
        for (Condition atom : atoms(condition)) {
          if (Condition.factOf(atom).equals(fact)) {
            atoms.add(atom);
          }
        }
      }
      return atoms;
    }
  }

  /** Whether a condition reads a fact. */
  private boolean reads(Condition condition, String fact) {
    for (Condition atom : atoms(condition)) {
      if (Condition.factOf(atom).equals(fact)) {
        return true;
      }
    }
    return false;
  }

  /** The atoms of a condition; remembered, since a large table asks again at every node. */
  private List<Condition> atoms(Condition condition) {
    return atomsOf.computeIfAbsent(condition, c -> {
      List<Condition> found = new ArrayList<>();
      Domains.atoms(c, found::add);
      return found;
    });
  }

  /** The value a region stands for, when it is a single one. */
  /**
   * For a fact of 违法所得, the point 0 in a group of its own: without income there is nothing to
   * confiscate, with any there is (IncomeConfiscation), so the two must not share a cell (legal
   * author: {@code income < 10万} was one cell whose sample was 0, and a tier without the
   * confiscation passed).
   */
  private Set<Object> zeroAlone(String fact) {
    return incomeFacts.contains(fact) ? ZERO : Set.of();
  }

  /** A set that answers contains(null) (an interval's key): Set.of's throws. */
  private static final Set<Object> ZERO = java.util.Collections.unmodifiableSet(
      new HashSet<>(List.of(BigDecimal.ZERO)));

  static Object key(Region region) {
    if (region instanceof Region.Choice c) {
      return c.value().id();
    }
    if (region instanceof Region.Flag f) {
      return f.value();
    }
    Region.Interval interval = (Region.Interval) region;
    return interval.isPoint() ? interval.low().stripTrailingZeros() : null;
  }

  /**
   * The value a conjunction requires of a fact ({@code fact == c and …}), in the form {@link
   * #key} gives, or null when it requires none.
   */
  private Object requiredValue(Condition condition, String fact) {
    return condition.accept(new RequiredValue(fact));
  }

  /** What {@link #requiredValue} finds; only an and, an equality and a boolean fact require. */
  private final class RequiredValue implements Condition.Visitor<Object> {
    private final String fact;

    RequiredValue(String fact) {
      this.fact = fact;
    }

    @Override
    public Object visitAnd(Condition.And c) {
      for (Condition operand : c.operands()) {
        Object required = operand.accept(this);
        if (required != null) {
          return required;
        }
      }
      return null;
    }

    @Override
    public Object visitCompare(Condition.Compare c) {
      if (c.op() != Condition.Operator.EQ || !c.fact().name().equals(fact)) {
        return null;
      }
      if (c.value() instanceof Literal.Number n) {
        return n.value().stripTrailingZeros();
      }
      if (c.value() instanceof Literal.Bool b) {
        return b.value();
      }
      FactType type = violation.fact(fact).orElseThrow().type();
      return ((FactType.Enum) type).resolve(c.value()).map(v -> (Object) v.id()).orElse(null);
    }

    @Override
    public Object visitIsTrue(Condition.IsTrue c) {
      return c.fact().name().equals(fact) ? Boolean.TRUE : null;
    }

    @Override
    public Object visitOr(Condition.Or c) {
      return null;
    }

    @Override
    public Object visitNot(Condition.Not c) {
      return null;
    }

    @Override
    public Object visitIn(Condition.In c) {
      return null;
    }

    @Override
    public Object visitOtherwise(Condition.Otherwise c) {
      return null;
    }

    @Override
    public Object visitAlways(Condition.Always c) {
      return null;
    }
  }

  /** The first fact, in declaration order, that the condition reads and the assignment lacks. */
  private String firstUnassigned(Condition condition, Map<String, Region> assignment) {
    List<String> read = new ArrayList<>();
    Domains.atoms(condition, atom -> read.add(Condition.factOf(atom)));
    for (Fact fact : violation.facts()) {
      if (read.contains(fact.id()) && !assignment.containsKey(fact.id())) {
        return fact.id();
      }
    }
    throw new IllegalStateException("an undecided condition reads only assigned facts");
  }

  private Map<String, Region> ordered(Map<String, Region> assignment) {
    Map<String, Region> copy = new LinkedHashMap<>();
    for (Fact fact : violation.facts()) {
      if (assignment.containsKey(fact.id())) {
        copy.put(fact.id(), assignment.get(fact.id()));
      }
    }
    return copy;
  }
}
