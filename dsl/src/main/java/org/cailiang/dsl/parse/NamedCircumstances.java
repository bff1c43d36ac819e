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
      building.add(name);
      body = conditions.visit(member.condition());
      building.remove(building.size() - 1);
      built.put(name, body);
    }
    String label = member.label == null ? name : literals.string(member.label.getStart());
    return Optional.of(new Condition.Named(name, label, body, spans.of(use)));
  }
}
