package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;

/** The lists generated constants are built of: in order, immutable, without nulls. */
class ConstantListsTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party DIRECT = new Party("direct", "直接责任人员");

  private enum Setter implements org.cailiang.runtime.Labelled {
    UNIT, PERSON;

    @Override
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String label() {
      return name();
    }
  }

  @Test
  void eachListKeepsItsElementsInOrderAndCannotBeChanged() {
    List<Party> parties = ConstantLists.parties(DIRECT, UNIT);
    assertEquals(List.of(DIRECT, UNIT), parties);
    assertThrows(UnsupportedOperationException.class, () -> parties.add(UNIT));
    Sanction warning = new Sanction.Warning(false);
    Sanction order = new Sanction.Order("责令改正");
    assertEquals(List.of(order, warning), ConstantLists.sanctions(order, warning));
    Citation first = new Citation("《合成条例》", "第一条", "违反本条例规定的，处罚款。");
    assertEquals(List.of(first), ConstantLists.citations(first));
    FactSpec harm = new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of());
    assertEquals(List.of(harm), ConstantLists.facts(harm));
    assertEquals(List.of(Setter.UNIT, Setter.PERSON), ConstantLists.values(Setter.values()));
    assertThrows(NullPointerException.class, () -> ConstantLists.parties(UNIT, null));
  }

  @Test
  void theTierCodesOfACodeAreTheCodeFollowedByEachSuffix() {
    List<String> codes = ConstantLists.suffixed("C05837", "B010", "B020", "C010");
    assertEquals(List.of("C05837B010", "C05837B020", "C05837C010"), codes);
    assertThrows(UnsupportedOperationException.class, () -> codes.set(0, "x"));
    assertEquals(List.of(), ConstantLists.suffixed("C05837"));
  }
}
