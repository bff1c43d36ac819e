package org.cailiang.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Validity;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.TimedDecision;

/**
 * Notes on a dated decision whose regulation was repealed by the act date. A version of a standard
 * is chosen by its own period (docs/language.md §17.2); a version left in force after its law was
 * repealed (the next version not given to {@code eval}) would otherwise decide under a repealed law
 * unnoticed. (A law not yet in force at the act is no note: the runtime does not decide such an
 * act, {@code Violation.lawEffective}.)
 */
final class RegulationDates {
  private RegulationDates() {}

  static List<String> notes(List<Standard> standards, TimedDecision.Applied applied, LocalDate act) {
    List<String> notes = new ArrayList<>();
    for (Standard standard : standards) {
      if (!standard.id().equals(applied.version())) {
        continue;
      }
      for (Regulation regulation : standard.regulations()) {
        for (Violation violation : regulation.violations()) {
          if (violation.codes().codes().contains(applied.decision().violationCode())) {
            note(regulation, act, notes);
          }
        }
      }
    }
    return notes;
  }

  private static void note(Regulation regulation, LocalDate act, List<String> notes) {
    Validity validity = regulation.validity();
    String title = regulation.title().startsWith("《") ? regulation.title() : "《" + regulation.title() + "》";
    validity.repealed().filter(repealed -> !act.isBefore(repealed)).ifPresent(repealed -> notes.add(
        "违法行为发生之日（" + act + "）" + title + "已废止（" + repealed + "起不再施行），本裁量基准版本却仍在施行期间："
            + "请核对是否另有依据新法的裁量基准版本（与本版本一并给出），或依新法判断"));
  }
}
