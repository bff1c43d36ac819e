package org.cailiang.benchmarks;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.examples.standards.C05834_C05835Violation;
import org.cailiang.examples.standards.C05836Violation;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.C05838Violation;
import org.cailiang.examples.standards.C05839Violation;
import org.cailiang.examples.standards.C05840_C05846Violation;
import org.cailiang.examples.standards.C05847Violation;
import org.cailiang.examples.standards.C05850Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * The benchmark's fixed mix of cases: every Beijing violation code with every combination of its
 * facts (all Beijing facts are enums and booleans), 40 cases over the 33 tier codes.
 */
final class BeijingCases {
  /** A case: the code, its facts untyped and as the generated Facts record, and the answer. */
  record Case(String code, Violation violation, Map<String, Object> facts, Object typedFacts, String expectedCode) {}

  static final int COUNT = 40;

  private BeijingCases() {}

  static List<Case> all(Standards generated, String standardId) {
    List<Case> cases = new ArrayList<>();
    for (Violation violation : generated.standard(standardId).orElseThrow().violations()) {
      for (Map<String, Object> facts : combinations(violation.facts())) {
        String expected = violation.evaluate(facts).tierCode();
        cases.add(new Case(violation.code(), violation, facts, typed(violation, facts), expected));
      }
    }
    return cases;
  }

  private static List<Map<String, Object>> combinations(List<FactSpec> specs) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(new LinkedHashMap<>());
    for (FactSpec spec : specs) {
      List<Object> values = new ArrayList<>();
      if (spec.type() == FactSpec.Type.ENUM) {
        spec.values().forEach(v -> values.add(v.id()));
      } else if (spec.type() == FactSpec.Type.BOOL) {
        values.add(false);
        values.add(true);
      } else {
        throw new IllegalArgumentException("the Beijing mix has enum and boolean facts only: " + spec.id());
      }
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : all) {
        for (Object value : values) {
          Map<String, Object> extended = new LinkedHashMap<>(partial);
          extended.put(spec.id(), value);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }

  /** The generated Facts record for untyped facts, built once, before timing. */
  static Object typed(Violation violation, Map<String, Object> facts) {
    try {
      Class<?> type = Class.forName(violation.getClass().getName() + "$Facts");
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] parameterTypes = new Class<?>[components.length];
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        parameterTypes[i] = components[i].getType();
        Object value = facts.get(violation.facts().get(i).id());
        if (parameterTypes[i].isEnum()) {
          for (Object constant : parameterTypes[i].getEnumConstants()) {
            if (((Labelled) constant).id().equals(value)) {
              arguments[i] = constant;
            }
          }
        } else {
          arguments[i] = value;
        }
      }
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      return constructor.newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Which generated class of the Beijing standard decides a case, 0–7 in code order: the switch
   * of the benchmarks' direct paths.
   */
  static int kind(Violation violation) {
    if (violation instanceof C05834_C05835Violation) {
      return 0;
    } else if (violation instanceof C05836Violation) {
      return 1;
    } else if (violation instanceof C05837Violation) {
      return 2;
    } else if (violation instanceof C05838Violation) {
      return 3;
    } else if (violation instanceof C05839Violation) {
      return 4;
    } else if (violation instanceof C05840_C05846Violation) {
      return 5;
    } else if (violation instanceof C05847Violation) {
      return 6;
    } else if (violation instanceof C05850Violation) {
      return 7;
    }
    throw new IllegalArgumentException(violation.code());
  }

  /** For the violations of several codes (kinds 0 and 5), which code of the class a case is. */
  static int codeIndex(Case c, int kind) {
    return Integer.parseInt(c.code().substring(5)) - (kind == 0 ? 4 : 0);
  }

  /**
   * The generated class of a case, called as a client calls it: a direct typed call on the
   * violation class its {@link #kind} names (no shared lambda site; the JIT inlines this).
   */
  @CompilerControl(CompilerControl.Mode.INLINE)
  static Decision generated(int kind, Violation v, Object f) {
    switch (kind) {
      case 0: return ((C05834_C05835Violation) v).evaluate((C05834_C05835Violation.Facts) f);
      case 1: return ((C05836Violation) v).evaluate((C05836Violation.Facts) f);
      case 2: return ((C05837Violation) v).evaluate((C05837Violation.Facts) f);
      case 3: return ((C05838Violation) v).evaluate((C05838Violation.Facts) f);
      case 4: return ((C05839Violation) v).evaluate((C05839Violation.Facts) f);
      case 5: return ((C05840_C05846Violation) v).evaluate((C05840_C05846Violation.Facts) f);
      case 6: return ((C05847Violation) v).evaluate((C05847Violation.Facts) f);
      default: return ((C05850Violation) v).evaluate((C05850Violation.Facts) f);
    }
  }
}
