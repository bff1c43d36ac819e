package org.cailiang.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;

/**
 * The Beijing table as the seed document states it, written out by hand row by row: codes, the
 * facts that select each row, its circumstance and its sanctions per party. Nothing here is
 * derived from the .cailiang file; both the interpreter and the generated code are checked
 * against it.
 */
final class BeijingTable {
  private BeijingTable() {}

  /** One row of the table: its codes, a case that falls in it, and what it must decide. */
  record Row(List<String> tierCodes, Map<String, String> facts, String circumstance, List<String> sanctions) {}

  static final String PD = "单位主要负责人、直接责任人员";
  static final String REFER_PUBLIC_ORDER = "refer 构成违反治安管理行为的，由公安机关依法处罚";
  static final String REFER_CRIMINAL = "refer 构成犯罪的，依法追究刑事责任";

  static final List<Row> ROWS = List.of(
      new Row(List.of("C05834C010", "C05835C010"), Map.of("stage", "found"), "一般情况下",
          List.of("order 责令限期整改", "warning")),
      new Row(List.of("C05834C020", "C05835C020"), Map.of("stage", "整改不合格"), "整改不合格",
          List.of("fine 单位 10000..20000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05834C030", "C05835C030"), Map.of("stage", "overdue"), "逾期不整改",
          List.of("fine 单位 20000..30000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05836B010"), Map.of("harm", "false"), "尚未造成危害后果",
          List.of("order 责令改正", "fine 单位 10000..20000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05836B020"), Map.of("harm", "是"), "造成危害后果",
          List.of("order 责令改正", "fine 单位 20000..30000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05837B010"), Map.of("setter", "单位设置", "harm", "否"), "单位设置，尚未造成危害后果。",
          List.of("order 责令拆除", "fine 单位 10000..20000", "fine " + PD + " each 500..1000")),
      // The table's text reads 2万元以上3万元罚款; the range meant is 2万..3万.
      new Row(List.of("C05837B020"), Map.of("setter", "unit", "harm", "true"), "单位设置，造成危害后果",
          List.of("order 责令拆除", "fine 单位 20000..30000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05837B030"), Map.of("setter", "个人设置", "harm", "true"), "个人设置",
          List.of("order 责令拆除", "fine 个人 500..1000")),
      new Row(List.of("C05838C010"), Map.of("refused", "false", "harm", "false", "otherSerious", "false"), "一般情况下",
          List.of("order 责令改正", "fine 单位 1000..5000", "fine " + PD + " each ..500")),
      new Row(List.of("C05838C020"), Map.of("refused", "false", "harm", "true", "otherSerious", "false"),
          "1、责令改正拒不备案；2、造成危害后果；3、其他情节严重情形。",
          List.of("order 责令改正", "fine 单位 5000..10000", "fine " + PD + " each ..500")),
      new Row(List.of("C05839B010"), Map.of("stage", "found"), "一般情况下",
          List.of("order 责令限期整改", "optional fine 单位 1000..10000", "optional fine " + PD + " each ..500")),
      new Row(List.of("C05839B020"), Map.of("stage", "unqualified"), "整改不合格",
          List.of("fine 单位 10000..20000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05839B030"), Map.of("stage", "逾期不整改"), "逾期不整改",
          List.of("fine 单位 20000..30000", "fine " + PD + " each 500..1000")),
      new Row(codes("C0584", 0, 6, "B010"), Map.of("serious", "false"), "一般情况下",
          List.of("fine 单位 10000..20000", "fine " + PD + " each 500..1000")),
      new Row(codes("C0584", 0, 6, "B020"), Map.of("serious", "true"), "造成严重后果",
          List.of("fine 单位 20000..30000", "fine " + PD + " each 500..1000", REFER_PUBLIC_ORDER, REFER_CRIMINAL)),
      new Row(List.of("C05847B010"), Map.of("serious", "否"), "一般情况下",
          List.of("fine 单位 10000..20000", "fine " + PD + " each 500..1000")),
      new Row(List.of("C05847B020"), Map.of("serious", "是"), "造成严重后果",
          List.of("fine 单位 20000..30000", "fine " + PD + " each 500..1000", REFER_PUBLIC_ORDER, REFER_CRIMINAL)),
      new Row(List.of("C05850B000"), Map.of(), "低额罚款，不需分阶。",
          List.of("order 责令改正", "optional fine 管理人 500..1000")));

  /** Every full code of the table: 33. */
  static List<String> allTierCodes() {
    List<String> codes = new ArrayList<>();
    ROWS.forEach(row -> codes.addAll(row.tierCodes()));
    return codes;
  }

  /** The violation code of a full code: its first six characters (C05837B030 → C05837). */
  static String violationCode(String tierCode) {
    return tierCode.substring(0, 6);
  }

  private static List<String> codes(String stem, int from, int to, String suffix) {
    List<String> codes = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      codes.add(stem + i + suffix);
    }
    return codes;
  }

  /** A decision's sanctions in the canonical form the table uses. */
  static List<String> canonical(Decision decision) {
    return decision.sanctions().stream().map(BeijingTable::canonical).toList();
  }

  static String canonical(Sanction sanction) {
    if (sanction instanceof Sanction.Fine fine) {
      List<String> labels = fine.parties().stream().map(Party::label).toList();
      return (fine.optional() ? "optional " : "") + "fine " + String.join("、", labels) + (fine.each() ? " each " : " ")
          + range(fine.range());
    }
    if (sanction instanceof Sanction.Order order) {
      return "order " + order.text();
    }
    if (sanction instanceof Sanction.Warning warning) {
      return (warning.optional() ? "optional " : "") + "warning";
    }
    if (sanction instanceof Sanction.Referral referral) {
      return "refer " + referral.text();
    }
    return sanction.toString();
  }

  private static String range(MoneyRange range) {
    return yuan(range.min()) + ".." + yuan(range.max());
  }

  private static String yuan(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }
}
