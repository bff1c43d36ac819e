package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures the law attaches to a waiver for minors under fourteen and for the mentally ill
 * (行政处罚法第三十条、第三十一条; 治安管理处罚法第十二条、第十三条): no penalty, but the guardian is
 * ordered to act; and 治安管理处罚法第二十四条's 矫治教育 for a minor not punished or whose detention
 * is not executed, where the circumstance cites it. They are measures the officer must take, so they are listed with the orders, not
 * only mentioned in the citation. Wording as docs/law quotes each article.
 */
final class GuardianMeasures {
  private record Measure(String article, String text) {}

  private static final List<Measure> MEASURES = List.of(
      new Measure("行政处罚法》第三十条", "责令监护人加以管教"),
      new Measure("行政处罚法》第三十一条", "责令其监护人严加看管和治疗"),
      new Measure("治安管理处罚法》第十二条", "责令其监护人严加管教"),
      new Measure("治安管理处罚法》第十三条", "责令其监护人加强看护管理和治疗"),
      new Measure("治安管理处罚法》（2012）第十二条", "责令其监护人严加管教"),
      new Measure("治安管理处罚法》（2012）第十三条", "责令其监护人严加看管和治疗"),
      // 第二十四条: for a minor not punished under 第十二条 or whose detention is not executed.
      new Measure("治安管理处罚法》第二十四条",
          "依照《中华人民共和国预防未成年人犯罪法》的规定采取相应矫治教育等措施"));

  private GuardianMeasures() {}

  /** The orders the cited bases call for, each once, in the order of the law's list. */
  static List<Sanction> of(List<GeneralRules.Circumstance> waivers) {
    List<Sanction> orders = new ArrayList<>();
    for (Measure measure : MEASURES) {
      for (GeneralRules.Circumstance circumstance : waivers) {
        Sanction order = new Sanction.Order(measure.text());
        if (circumstance.basis().contains(measure.article()) && !orders.contains(order)) {
          orders.add(order);
        }
      }
    }
    return orders;
  }
}
