package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.check.Checker;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.FactSpecs;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * The fact-type mapping is written twice: {@link FactSpecs#of} for the interpreter and {@code
 * ViolationEmitter.factSpec} for generated code. The generated class's {@code facts()} at run
 * time must equal {@code FactSpecs.of} for every fact of the examples and of random standards.
 */
class FactSpecAgreementTest {

  /**
   * A fact spec with its enum values reduced to id, label and constant name (their classes
   * differ): the untyped path reads {@code "UNIT"} by the name, generated enum or interpreter.
   */
  record Shape(String id, String label, FactSpec.Type type, List<List<String>> values) {
    static Shape of(FactSpec spec) {
      return new Shape(spec.id(), spec.label(), spec.type(),
          spec.values().stream().map(v -> List.of(v.id(), v.label(), constantName(v))).toList());
    }

    private static String constantName(Object value) {
      return value instanceof Enum<?> constant ? constant.name()
          : ((org.cailiang.runtime.internal.ConstantNamed) value).constantName();
    }
  }

  @Test
  void examplesGetTheSameFactSpecsFromBothMappings() {
    agree(Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES), "test.examples");
  }

  @Test
  void randomStandardsGetTheSameFactSpecsFromBothMappings() {
    RandomStandards random = new RandomStandards(20261202L);
    List<Standard> standards = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      // Parsed and checked, not analysed: random tiers may overlap (as in DifferentialTest).
      Diagnostics diagnostics = new Diagnostics();
      String source = random.standard(s, 4);
      StandardParser.parse(new SourceFile("r" + s + ".cailiang", source), diagnostics)
          .ifPresent(standards::add);
      Checker.check(standards.subList(standards.size() - 1, standards.size()), diagnostics);
      assertEquals(List.of(), diagnostics.sorted(), source);
    }
    agree(standards, "test.random");
  }

  private static void agree(List<Standard> standards, String pkg) {
    Standards generated =
        Standards.load(InMemoryJavac.compile(new JavaGenerator(pkg).generate(standards)));
    int compared = 0;
    for (Standard standard : standards) {
      for (Violation violation : standard.violations()) {
        List<Shape> expected =
            violation.facts().stream().map(FactSpecs::of).map(Shape::of).toList();
        for (String code : violation.codes().codes()) {
          List<Shape> actual =
              generated.violation(code).facts().stream().map(Shape::of).toList();
          assertEquals(expected, actual, code);
          compared += actual.size();
        }
      }
    }
    assertFalse(compared == 0, "some facts compared");
  }
}
