package org.cailiang.dsl.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.parse.CailiangParser.IdentContext;
import org.cailiang.dsl.parse.CailiangParser.NamedCircumstanceMemberContext;

/**
 * The named circumstances of one violation ({@code circumstance serious "情节较重" = a or b}),
 * resolved where they are used: each body is built once, on first use, so a circumstance may be
 * used before it is declared, and one that uses itself through others is reported with the cycle.
 */
final class NamedCircumstances {
  static final NamedCircumstances NONE = new NamedCircumstances(List.of(), null, null, null);

  private final Map<String, NamedCircumstanceMemberContext> declared = new LinkedHashMap<>();
  private final Map<String, Condition> built = new HashMap<>();
  private final List<String> building = new ArrayList<>();
  /** The depth of each built body, its circumstances expanded (kept so none is walked twice). */
  private final Map<String, Integer> depths = new HashMap<>();
  /**
   * The most circumstances one may reach through others. Each use is a recursion of the builder,
   * and a body expands into every later walk of the conditions: a long enough chain overflowed the
   * stack instead of being reported.
   */
  static final int MAX_CHAIN = 100;
  /** The deepest condition a circumstance may expand into (a chain of 450 small ones still compiled). */
  static final int MAX_EXPANDED_DEPTH = 1_000;
  private final Diagnostics diagnostics;
  private final Spans spans;
  private final Literals literals;

  NamedCircumstances(List<NamedCircumstanceMemberContext> members, Diagnostics diagnostics, Spans spans,
      Literals literals) {
    this.diagnostics = diagnostics;
    this.spans = spans;
    this.literals = literals;
    for (NamedCircumstanceMemberContext member : members) {
      String name = member.ident().getText();
      NamedCircumstanceMemberContext first = declared.putIfAbsent(name, member);
      if (first != null) {
        diagnostics.error(spans.of(member.ident()), "named-circumstance", "情节 " + name + " 重复声明（首次声明于第 "
            + first.ident().getStart().getLine() + " 行）");
      }
    }
  }

  /**
   * Reports names that are both a fact and a circumstance, and circumstances no condition uses
   * (their body is not in the model, so nothing else would check it).
   */
  void checkDeclarations(List<String> factIds, ConditionBuilder conditions) {
    for (NamedCircumstanceMemberContext member : declared.values()) {
      String name = member.ident().getText();
      if (factIds.contains(name)) {
        diagnostics.error(spans.of(member.ident()), "named-circumstance",
            "情节 " + name + " 与事实同名；请换一个名称");
      } else if (!built.containsKey(name)) {
        resolve(member.ident(), conditions); // reports a cycle among unused circumstances too
        diagnostics.warning(spans.of(member.ident()), "named-circumstance",
            "情节 " + name + " 未被任何条件使用");
      }
    }
  }

  /** The circumstance a name used as a condition stands for; empty when it names no circumstance. */
  Optional<Condition> resolve(IdentContext use, ConditionBuilder conditions) {
    String name = use.getText();
    NamedCircumstanceMemberContext member = declared.get(name);
    if (member == null) {
      return Optional.empty();
    }
    if (building.contains(name)) {
      List<String> cycle = new ArrayList<>(building.subList(building.indexOf(name), building.size()));
      cycle.add(name);
      diagnostics.error(spans.of(use), "named-circumstance", "情节循环引用：" + String.join(" → ", cycle)
          + "；情节只能由事实和其他不引用它的情节组成");
      return Optional.of(new Condition.Always(spans.of(use)));
    }
    Condition body = built.get(name);
    if (body == null) {
      if (building.size() >= MAX_CHAIN) {
        diagnostics.error(spans.of(use), "too-deep", "情节层层引用过深：" + building.get(0) + " 经过 "
            + building.size() + " 个情节才引用到 " + name + "，最多 " + MAX_CHAIN + " 层；请直接用事实写出其中的情节");
        return Optional.of(new Condition.Always(spans.of(use)));
      }
      building.add(name);
      body = conditions.visit(member.condition());
      building.remove(building.size() - 1);
      int depth = depth(body);
      if (depth > MAX_EXPANDED_DEPTH) {
        diagnostics.error(spans.of(member.ident()), "too-deep", "情节 " + name + " 展开其引用的情节后嵌套 "
            + depth + " 层，最多 " + MAX_EXPANDED_DEPTH + " 层；请直接用事实写出其中的情节");
        body = new Condition.Always(spans.of(member.ident()));
        depth = 1;
      }
      built.put(name, body);
      depths.put(name, depth);
    }
    String label = member.label == null ? name : literals.string(member.label.getStart());
    return Optional.of(new Condition.Named(name, label, body, spans.of(use)));
  }

  /** A body's depth, a circumstance it uses counted by its kept depth rather than walked again. */
  private int depth(Condition condition) {
    return condition.accept(new Condition.Visitor<Integer>() {
      @Override
      public Integer visitAnd(Condition.And c) {
        return 1 + deepest(c.operands());
      }

      @Override
      public Integer visitOr(Condition.Or c) {
        return 1 + deepest(c.operands());
      }

      private int deepest(List<Condition> operands) {
        return operands.stream().mapToInt(o -> o.accept(this)).max().orElse(0);
      }

      @Override
      public Integer visitNot(Condition.Not c) {
        return 1 + c.operand().accept(this);
      }

      @Override
      public Integer visitIsTrue(Condition.IsTrue c) {
        return 1;
      }

      @Override
      public Integer visitCompare(Condition.Compare c) {
        return 1;
      }

      @Override
      public Integer visitIn(Condition.In c) {
        return 1;
      }

      @Override
      public Integer visitOtherwise(Condition.Otherwise c) {
        return 1;
      }

      @Override
      public Integer visitAlways(Condition.Always c) {
        return 1;
      }

      @Override
      public Integer visitNamed(Condition.Named named) {
        return 1 + depths.getOrDefault(named.name(), 1);
      }
    });
  }
}
