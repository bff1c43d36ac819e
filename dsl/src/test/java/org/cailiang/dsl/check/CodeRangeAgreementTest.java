package org.cailiang.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.CodeRange;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.internal.Codes;
import org.junit.jupiter.api.Test;

/**
 * Code ranges are validated twice: by {@link CodeChecks} when a standard is checked (with a
 * message per reason) and by the runtime's {@link Codes#expand}, which generated code and the
 * interpreter use to list the codes. On many random and edge-case ranges the checker must accept
 * exactly the ranges {@code expand} expands, and then agree with it on the codes.
 */
class CodeRangeAgreementTest {
  private static final String SMALL =
      """
      standard s "小标准" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "罚则。"
        violation X00001 "行为" {
          basis a1
          tier B010 "一般" otherwise { fine unit 100..200 }
        }
      }
      """;

  static final List<String[]> EDGES =
      List.of(
          new String[] {"C05840", "C05846"},
          new String[] {"C05846", "C05840"},
          new String[] {"C1", "C01"},
          new String[] {"C0", "C9"},
          new String[] {"C", "C"},
          new String[] {"C", "D"},
          new String[] {"AB", "AB"},
          new String[] {"1", "9"},
          new String[] {"0001", "0003"},
          new String[] {"C0000", "C9999"},
          new String[] {"C00000", "C09999"},
          new String[] {"C00000", "C10000"},
          new String[] {"C00001", "C10000"},
          new String[] {"C" + "0".repeat(18), "C" + "0".repeat(17) + "5"},
          new String[] {"C" + "0".repeat(19), "C" + "0".repeat(18) + "5"},
          new String[] {"C" + "9".repeat(19), "C" + "9".repeat(19)},
          new String[] {"C999999999999999990", "C999999999999999999"},
          new String[] {"C1A1", "C1A3"},
          new String[] {"C1A1", "C1B3"},
          new String[] {"c1", "C3"},
          new String[] {"C-1", "C-3"},
          new String[] {"C１", "C３"},
          new String[] {"C٣", "C٥"},
          new String[] {"", ""},
          new String[] {"C1", "C1"});

  @Test
  void theCheckerAcceptsExactlyTheRangesTheRuntimeExpandsOnEdgeCases() throws Exception {
    Standard template = template();
    for (String[] range : EDGES) {
      agree(template, range[0], range[1]);
    }
  }

  @Test
  void theCheckerAcceptsExactlyTheRangesTheRuntimeExpandsOnRandomRanges() throws Exception {
    Standard template = template();
    Random random = new Random(20261202L);
    String[] stems = {"", "C", "c", "AB", "C1A", "X0", "Z"};
    int accepted = 0;
    for (int i = 0; i < 3000; i++) {
      String stem = stems[random.nextInt(stems.length)];
      int width = random.nextInt(21);
      String first = stem + digits(random, width);
      String last =
          random.nextInt(10) == 0
              ? stems[random.nextInt(stems.length)] + digits(random, random.nextInt(21))
              : stem + near(random, first.substring(stem.length()));
      accepted += agree(template, first, last) ? 1 : 0;
    }
    assertTrue(accepted > 300 && accepted < 2700, "both outcomes are exercised: " + accepted);
  }

  /** Whether both accepted; fails unless both accept or both refuse, with the same codes. */
  private static boolean agree(Standard template, String first, String last) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    new CodeChecks(diagnostics).run(List.of(withCodes(template, first, last)));
    boolean checked = !diagnostics.hasErrors();
    List<String> expanded = null;
    if (Codes.isAlphanumeric(first) && Codes.isAlphanumeric(last)) {
      try {
        expanded = Arrays.asList(Codes.expand(first, last));
      } catch (IllegalArgumentException e) {
        expanded = null;
      }
    }
    String range = first + ".." + last;
    assertEquals(expanded != null, checked, range + " " + diagnostics.sorted());
    if (checked) {
      diagnostics.sorted().forEach(d -> assertTrue(!d.check().equals("bad-code"), range));
      assertEquals(expanded, new CodeRange(first, last, null).codes(), range);
      assertEquals(first, expanded.get(0), range);
      assertEquals(last, expanded.get(expanded.size() - 1), range);
    } else {
      assertTrue(
          diagnostics.sorted().stream().allMatch(d -> d.check().equals("bad-code")),
          range + " " + diagnostics.sorted());
    }
    return checked;
  }

  private static String digits(Random random, int width) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < width; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /** Digits of the same width near {@code digits}, sometimes below it or far above. */
  private static String near(Random random, String digits) {
    if (digits.isEmpty() || digits.length() > 18 && random.nextBoolean()) {
      return digits;
    }
    long value = digits.length() > 18 ? 0 : Long.parseLong(digits);
    long delta =
        switch (random.nextInt(4)) {
          case 0 -> -random.nextInt(5);
          case 1 -> random.nextInt(20);
          case 2 -> Codes.MAX_CODES - 2 + random.nextInt(4);
          default -> random.nextInt(1_000_000);
        };
    long next = Math.max(0, value + delta);
    String text = Long.toString(next);
    if (text.length() > digits.length()) {
      return digits;
    }
    return "0".repeat(digits.length() - text.length()) + text;
  }

  private static Standard template() {
    Diagnostics diagnostics = new Diagnostics();
    Standard standard =
        StandardParser.parse(new SourceFile("s.cailiang", SMALL), diagnostics).orElseThrow();
    assertEquals(List.of(), diagnostics.sorted());
    return standard;
  }

  /** The template standard with its one violation's codes replaced. */
  private static Standard withCodes(Standard template, String first, String last)
      throws Exception {
    Regulation regulation = template.regulations().get(0);
    Violation violation = regulation.violations().get(0);
    Violation changed =
        copy(violation, "codes", new CodeRange(first, last, violation.codes().span()));
    return copy(template, "regulations", List.of(copy(regulation, "violations", List.of(changed))));
  }

  /** A record with one component replaced, whatever the record's other components are. */
  private static <R extends Record> R copy(R record, String component, Object value)
      throws Exception {
    RecordComponent[] components = record.getClass().getRecordComponents();
    List<Object> values = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values.add(
          components[i].getName().equals(component)
              ? value
              : components[i].getAccessor().invoke(record));
    }
    @SuppressWarnings("unchecked")
    Constructor<R> constructor = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
    return constructor.newInstance(values.toArray());
  }
}
