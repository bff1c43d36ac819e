package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Large tables of the official shape, for the size test and the documented timing: regulations of
 * 100 violations, each violation with a 罚则 article, a duty article and three tiers.
 */
final class SyntheticTables {
  private SyntheticTables() {}

  private static final String[] LABELS = {"一般情况下", "情节较重", "情节严重"};
  private static final String[] TEXTS = {
    "责令改正，并对单位处1万元以上2万元以下罚款，对直接责任人员处500元以下罚款。",
    "责令改正，并对单位处2万元以上3万元以下罚款，对直接责任人员处500元以上1000元以下罚款。",
    "责令改正，并对单位处3万元以上5万元以下罚款，对直接责任人员处1000元以上2000元以下罚款；构成犯罪的，依法追究刑事责任。",
  };

  /** A table of {@code rows} rows (rounded up to whole violations of three tiers). */
  static Table table(int rows) {
    List<Table.Section> sections = new ArrayList<>();
    int violations = (rows + 2) / 3;
    for (int start = 0; start < violations; start += 100) {
      List<Table.Row> tableRows = new ArrayList<>();
      for (int v = start; v < Math.min(violations, start + 100); v++) {
        int penalty = 2 * (v - start) + 1;
        String basis = "第" + penalty + "条  违反本办法第" + (penalty + 1) + "条的规定，未履行第" + v
            + "项义务的，由主管部门责令改正，并对单位处1万元以上5万元以下的罚款，对直接责任人员处2000元以下的罚款；"
            + "构成犯罪的，依法追究刑事责任。\n\n第" + (penalty + 1) + "条  单位应当履行第" + v + "项义务。";
        for (int t = 0; t < 3; t++) {
          String code = String.format("X%05dB%03d", v, 10 * (t + 1));
          tableRows.add(new Table.Row(0, List.of(code, t == 0 ? "未履行第" + v + "项义务" : "",
              t == 0 ? basis : "", LABELS[t], TEXTS[t])));
        }
      }
      sections.add(new Table.Section("违反《合成管理办法第" + (start / 100 + 1) + "号》处罚裁量基准", 0, tableRows));
    }
    return new Table("synthetic", sections);
  }

  /** The table as Word's text export writes it. */
  static String textExport(Table table) {
    StringBuilder out = new StringBuilder();
    for (Table.Section section : table.sections()) {
      out.append(section.title()).append('\n');
      for (String column : Table.COLUMNS) {
        out.append('\t').append(column).append('\n');
      }
      out.append('\n');
      for (Table.Row row : table.sections().isEmpty() ? List.<Table.Row>of() : section.rows()) {
        for (String cell : row.cells()) {
          out.append('\t').append(cell).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
