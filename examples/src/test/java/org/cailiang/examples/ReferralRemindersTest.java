package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.C05840_C05846Violation;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Legal author: the Beijing table's referrals without a condition (its article's 构成违反治安管理行为的…
 * and 构成犯罪的…, for which the table has no fact) reached neither the jar nor eval. The generated
 * classes and the interpreter give them alike, as {@code Violation.reminders()}.
 */
class ReferralRemindersTest {
  private static final List<String> ARTICLE_25 =
      List.of("构成违反治安管理行为的，由公安机关依法处罚", "构成犯罪的，依法追究刑事责任");

  @Test
  void theGeneratedClassesAndTheInterpreterGiveTheSameReminders() {
    assertEquals(ARTICLE_25, C05840_C05846Violation.C05843.reminders());
    assertEquals(List.of(), C05837Violation.C05837.reminders());
    Path sources = Path.of("src/main/cailiang");
    Compilation compiled = StandardCompiler.compile(List.of(sources.resolve("beijing.cailiang")), sources);
    assertFalse(compiled.hasErrors(), compiled.render());
    Standards interpreted = Interpreter.standards(compiled.standards());
    Standards generated = Standards.load();
    for (String code : interpreted.codes()) {
      if (generated.codes().contains(code)) {
        assertEquals(interpreted.violation(code).reminders(), generated.violation(code).reminders(), code);
      }
    }
    assertEquals(ARTICLE_25, generated.violation("C05847").reminders());
  }
}
