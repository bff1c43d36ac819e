package org.cailiang.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.GeneralRules;

/**
 * The general chapter (总则) of a standard as tables of plain text, shown before its tables by
 * every render: the circumstances with their effects and citations, how each effect moves a
 * range and how they combine, the limitation periods and the procedure thresholds. The wording
 * of the rules is the runtime's own ({@link GeneralRules.Adjustment#describe}), as in every
 * decision's explanation.
 *
 * @param title the general parts' titles, joined
 * @param tables the chapter's tables, in order
 */
public record GeneralChapter(String title, List<Table> tables) {
  /**
   * One table of the chapter.
   *
   * @param heading its heading
   * @param columns the column headings
   * @param rows the cells, row by row
   */
  public record Table(String heading, List<String> columns, List<List<String>> rows) {}

  /**
   * The chapter of the general parts the standard's violations use; empty when they use none.
   * It opens with which parts apply to which regulation; when the regulations use different
   * lists of parts, each list's tables follow under its own titles.
   */
  public static Optional<GeneralChapter> of(Standard standard, List<GeneralPart> generals) {
    List<Generals.Scope> scopes = Generals.scopes(standard, generals);
    if (scopes.isEmpty()) {
      return Optional.empty();
    }
    List<Table> tables = new ArrayList<>();
    List<List<String>> reach = new ArrayList<>();
    for (Generals.Scope scope : scopes) {
      for (Regulation regulation : scope.regulations()) {
        reach.add(List.of("《" + regulation.title() + "》", scope.part().title()));
      }
    }
    tables.add(new Table("适用范围", List.of("法规", "适用的总则"), reach));
    List<String> titles = new ArrayList<>();
    for (Generals.Scope scope : scopes) {
      GeneralChapter chapter = of(GeneralLowering.rules(standard, scope.part()));
      for (Table table : chapter.tables()) {
        String heading = scopes.size() == 1 ? table.heading()
            : table.heading() + "（" + chapter.title() + "）";
        tables.add(new Table(heading, table.columns(), table.rows()));
      }
      scope.ids().stream().filter(id -> !titles.contains(id)).forEach(titles::add);
    }
    java.util.Map<String, GeneralPart> byId = Generals.byId(generals);
    String title = titles.stream().map(id -> byId.get(id).title())
        .collect(java.util.stream.Collectors.joining("、"));
    return Optional.of(new GeneralChapter(scopes.size() == 1 ? scopes.get(0).part().title() : title,
        tables));
  }

  static GeneralChapter of(GeneralRules rules) {
    List<Table> tables = new ArrayList<>();
    List<List<String>> circumstances = new ArrayList<>();
    for (GeneralRules.Circumstance c : rules.circumstances()) {
      String effect = c.effect().map(e -> e.label()).orElse("（仅用于时效或程序）");
      String label = c.implies().isEmpty() ? c.label() : c.label() + "（亦属："
          + String.join("；", c.implies().stream().map(id -> label(rules, id)).toList()) + "）";
      circumstances.add(List.of(c.id(), label, c.onlyFor()
          .map(kind -> effect + "（只适用于" + (kind == GeneralRules.PartyKind.PERSON ? "自然人" : "单位") + "）")
          .orElse(effect), c.basis()));
    }
    tables.add(new Table("情节", List.of("名称", "情节", "效果", "依据"), circumstances));
    List<List<String>> exclusions = new ArrayList<>();
    for (GeneralRules.Exclusion e : rules.exclusions()) {
      exclusions.add(List.of(String.join("；", e.circumstances().stream().map(id -> label(rules, id))
          .toList()), e.reason()));
    }
    tables.add(new Table("不能同时成立的情节（至多一个成立）", List.of("情节", "说明"), exclusions));
    List<List<String>> adjustments = new ArrayList<>();
    for (GeneralRules.Adjustment a : rules.adjustments()) {
      adjustments.add(List.of(a.effect().label(), a.describe(), a.basis()));
    }
    rules.combination().ifPresent(c -> adjustments.add(
        List.of("从轻、减轻与从重并存", c.rule().label(), c.basis())));
    tables.add(new Table("从轻、减轻、从重的幅度", List.of("效果", "规则", "依据"), adjustments));
    List<List<String>> limitations = new ArrayList<>();
    for (GeneralRules.Limitation l : rules.limitations()) {
      limitations.add(List.of(l.label(), l.when().map(id -> "情节：" + label(rules, id)).orElse("一般"),
          l.basis()));
    }
    tables.add(new Table("追责时效", List.of("期限", "适用", "依据"), limitations));
    List<List<String>> procedures = new ArrayList<>();
    for (GeneralRules.ProcedureRule r : rules.procedures()) {
      List<String> when = new ArrayList<>();
      r.party().ifPresent(p -> when.add("对" + p.label()));
      r.threshold().ifPresent(t -> when.add(t.label()));
      r.when().ifPresent(id -> when.add("情节：" + label(rules, id)));
      procedures.add(List.of(r.procedure().label(), String.join("，", when), r.basis()));
    }
    tables.add(new Table("程序", List.of("程序", "条件", "依据"), procedures));
    tables.removeIf(table -> table.rows().isEmpty());
    return new GeneralChapter(rules.title(), tables);
  }

  private static String label(GeneralRules rules, String id) {
    return rules.circumstance(id).map(GeneralRules.Circumstance::label).orElse(id);
  }
}
