package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.FactReader;
import org.junit.jupiter.api.Test;

/**
 * An enum fact given as text is read by id first, then by label, then by Java constant name: the
 * order of the values never decides which one a spelling means.
 */
class EnumSpellingTest {
  private record Value(String id, String label) implements Labelled {}

  /** A generated enum whose constant names differ from its ids, as the generator mends them. */
  private enum Level implements Labelled {
    LOW("high", "轻"),
    HIGH("low", "重");

    private final String id;
    private final String label;

    Level(String id, String label) {
      this.id = id;
      this.label = label;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private static Object read(List<Labelled> values, Object raw) {
    FactSpec spec = new FactSpec("level", "情节", FactSpec.Type.ENUM, values);
    return new FactReader("X00001", List.of(spec), Map.of("level", raw)).value(0);
  }

  @Test
  void anIdWinsOverAnEarlierValuesLabel() {
    Value general = new Value("一般", "较重");
    Value heavier = new Value("较重", "严重");
    assertSame(heavier, read(List.of(general, heavier), "较重"));
    assertSame(heavier, read(List.of(heavier, general), "较重"));
  }

  @Test
  void aLabelWinsOverAnEarlierValuesConstantName() {
    assertSame(Level.HIGH, read(List.of(Level.LOW, Level.HIGH), "low"));
    assertSame(Level.LOW, read(List.of(Level.LOW, Level.HIGH), "LOW"));
    assertSame(Level.LOW, read(List.of(Level.LOW, Level.HIGH), "轻"));
  }

  @Test
  void theValueItselfIsTakenAsItIs() {
    assertSame(Level.HIGH, read(List.of(Level.LOW, Level.HIGH), Level.HIGH));
  }

  @Test
  void anythingElseIsNoValue() {
    assertThrows(InvalidFactsException.class, () -> read(List.of(Level.LOW, Level.HIGH), "medium"));
    assertThrows(InvalidFactsException.class, () -> read(List.of(Level.LOW, Level.HIGH), 1));
  }
}
