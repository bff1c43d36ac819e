package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller catching the runtime's exceptions gets from them. */
class ExceptionsTest {

  @Test
  void invalidFactsListEveryProblemInItsMessage() {
    List<String> problems = new ArrayList<>(List.of("缺少事实 harm（造成危害后果）", "未知事实 colour"));
    InvalidFactsException e = new InvalidFactsException("C05843", problems);
    problems.clear();
    assertEquals("C05843: 缺少事实 harm（造成危害后果）; 未知事实 colour", e.getMessage());
    assertEquals("C05843", e.code());
    assertEquals(List.of("缺少事实 harm（造成危害后果）", "未知事实 colour"), e.messages());
    assertThrows(UnsupportedOperationException.class, () -> e.messages().add("x"));
    assertInstanceOf(CailiangException.class, e);
  }

  @Test
  void noApplicableTierNamesTheCodeAndTheFacts() {
    NoApplicableTierException e = new NoApplicableTierException("C05843", "造成危害后果 = 否");
    assertEquals("C05843: 没有任何情节适用：造成危害后果 = 否", e.getMessage());
    assertEquals("C05843", e.code());
    assertInstanceOf(CailiangException.class, e);
  }

  @Test
  void unknownCodeKeepsTheCodeAskedFor() {
    UnknownCodeException e = new UnknownCodeException("C9", "未知编码 C9");
    assertEquals("未知编码 C9", e.getMessage());
    assertEquals("C9", e.code());
    assertInstanceOf(CailiangException.class, e);
  }

  @Test
  void theBaseExceptionCarriesItsMessage() {
    assertEquals("消息", new CailiangException("消息").getMessage());
    assertInstanceOf(RuntimeException.class, new CailiangException("消息"));
  }
}
