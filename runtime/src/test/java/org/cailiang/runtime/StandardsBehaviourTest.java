package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: finding standards and violations by code, and what it says when it cannot. */
class StandardsBehaviourTest {

  /** A violation that decides every case for its first tier. */
  private record FixedViolation(String standardId, String code, List<String> tierCodes)
      implements Violation {
    @Override
    public String title() {
      return "擅自设置公共安全图像信息系统";
    }

    @Override
    public List<FactSpec> facts() {
      return List.of();
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      return new Decision(
          standardId, tierCodes.get(0), "情节" + facts.size(), List.of(), List.of(), "文本");
    }
  }

  private record FixedStandard(String id, List<Violation> violations) implements Standard {
    @Override
    public String title() {
      return "裁量基准";
    }

    @Override
    public String authority() {
      return "公安局";
    }

    @Override
    public String region() {
      return "北京市";
    }
  }

  private static Violation violation(String standard, String code) {
    return new FixedViolation(standard, code, List.of(code + "B010", code + "B020"));
  }

  private static final Violation C05843 = violation("video", "C05843");
  private static final Violation C05840 = violation("video", "C05840");
  private static final Violation A00001 = violation("noise", "A00001");
  private static final Standard VIDEO = new FixedStandard("video", List.of(C05843, C05840));
  private static final Standard NOISE = new FixedStandard("noise", List.of(A00001));
  private static final Standards BOTH = Standards.of(VIDEO, NOISE);

  @Test
  void findsAViolationByItsCodeWithSpacesAroundIt() {
    assertSame(C05843, BOTH.violation("C05843"));
    assertSame(A00001, BOTH.violation(" A00001\n"));
  }

  @Test
  void findsAViolationByTheFullCodeOfOneOfItsTiers() {
    assertSame(C05840, BOTH.violation("C05840B020"));
  }

  @Test
  void listsEveryViolationCodeSortedButNoTierCodes() {
    assertEquals(List.of("A00001", "C05840", "C05843"), BOTH.codes());
  }

  @Test
  void findsAStandardById() {
    assertSame(NOISE, BOTH.standard("noise").orElseThrow());
    assertTrue(BOTH.standard("water").isEmpty());
    assertEquals(List.of(VIDEO, NOISE), BOTH.standards());
  }

  @Test
  void evaluatesThroughTheViolationOfTheCode() {
    Decision decision = BOTH.evaluate("C05843", Map.of("harm", true));
    assertEquals("C05843B010", decision.tierCode());
    assertEquals("情节1", decision.circumstance());
  }

  @Test
  void anUnknownCodeSuggestsTheCodesOnEitherSideOfItsNumber() {
    Standards many =
        Standards.of(
            new FixedStandard(
                "video",
                List.of(
                    violation("video", "C05846"),
                    violation("video", "C05845"),
                    violation("video", "C05844"),
                    violation("video", "C05843"),
                    violation("video", "C05842"),
                    violation("video", "C05841"),
                    violation("video", "C05940"))));
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> many.violation("C05849"));
    assertEquals("未知编码 C05849，相近的编码有：C05846, C05940", e.getMessage());
    assertEquals("C05849", e.code());
  }

  @Test
  void aShortUnknownCodeIsItsOwnStem() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> BOTH.violation("C059"));
    assertEquals("未知编码 C059", e.getMessage());
    assertEquals(
        "未知编码 C058，相近的编码有：C05840, C05843",
        assertThrows(UnknownCodeException.class, () -> BOTH.violation("C058")).getMessage());
  }

  @Test
  void anUnknownCodeWithNothingNearIsJustUnknown() {
    assertEquals(
        "未知编码 Z99999",
        assertThrows(UnknownCodeException.class, () -> BOTH.violation("Z99999")).getMessage());
  }

  @Test
  void aNullCodeIsUnknown() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> BOTH.violation(null));
    assertEquals("编码为 null", e.getMessage());
    assertNull(e.code());
  }

  @Test
  void anEmptyRegistrySaysThatNoStandardWasFound() {
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> Standards.of().evaluate("C05843", Map.of()));
    assertEquals(
        "未知编码 C05843：类路径上没有任何裁量基准（缺少 META-INF/services/org.cailiang.runtime.Standard）",
        e.getMessage());
    assertEquals(List.of(), Standards.of().codes());
  }

  @Test
  void twoStandardsCannotShareAViolationCode() {
    Standard other = new FixedStandard("other", List.of(violation("other", "C05843")));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Standards.of(VIDEO, other));
    assertTrue(e.getMessage().startsWith("编码 C05843 由两个裁量基准定义：video（"), e.getMessage());
    assertTrue(e.getMessage().contains("；other（" + FixedViolation.class.getName() + "，来自 "), e.getMessage());
    assertTrue(e.getMessage().endsWith("检查类路径上是否有同一标准的两个 jar"), e.getMessage());
  }

  @Test
  void twoStandardsCannotShareATierCode() {
    Standard other =
        new FixedStandard(
            "other", List.of(new FixedViolation("other", "X1", List.of("C05843B010"))));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Standards.of(VIDEO, other));
    assertTrue(e.getMessage().startsWith("编码 C05843B010 由两个裁量基准定义：video（"), e.getMessage());
  }

  @Test
  void loadsTheProvidersOfAClassLoaderOrderedById(@TempDir Path directory) throws Exception {
    ClassLoader loader =
        new ProviderClassLoader(directory, List.of(LoadedStandardB.class, LoadedStandardA.class));
    assertEquals(List.of("a-loaded", "b-loaded"), ids(Standards.load(loader)));
  }

  @Test
  void loadsThroughTheContextClassLoaderByDefault(@TempDir Path directory) throws Exception {
    ClassLoader loader = new ProviderClassLoader(directory, List.of(LoadedStandardA.class));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Standards loaded = Standards.load();
      assertEquals(List.of("a-loaded"), ids(loaded));
      assertEquals("甲裁量基准", loaded.standard("a-loaded").orElseThrow().title());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static List<String> ids(Standards standards) {
    return standards.standards().stream().map(Standard::id).toList();
  }
}
