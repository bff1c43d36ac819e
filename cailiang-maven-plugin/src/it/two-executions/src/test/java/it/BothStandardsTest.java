package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

class BothStandardsTest {
  @Test
  void theServicesFileListsTheStandardsOfBothExecutions() {
    List<String> ids = Standards.load().standards().stream().map(Standard::id).sorted().toList();
    assertEquals(List.of("market", "shop"), ids);
    assertEquals("X00003", Standards.load().violation("X00003").code());
    assertEquals("X00001", Standards.load().violation("X00001").code());
  }
}
