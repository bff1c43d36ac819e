package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The author's records of tiers beyond a higher law, said while that law is in force. */
class HigherLawNotesTest {
  /** Built in each test, not in a static initializer, whose coverage PIT does not see. */
  private static HigherLawNotes notes() {
    return HigherLawNotes.of(
        new String[] {"2025-04-01", "2027-01-01", "", "2020-01-01"},
        new String[] {"", "B020", "B020", ""},
        new String[] {"全部阶次", "第二档", "第二档", "全部阶次"});
  }

  @Test
  void aRecordIsSaidWhileAnImplementedLawIsInForceOnItsTiers() {
    HigherLawNotes NOTES = notes();
    LocalDate inForce = LocalDate.of(2025, 4, 1);
    assertEquals(List.of(HigherLawNotes.PREFIX + "全部阶次", HigherLawNotes.PREFIX + "第二档"),
        NOTES.on("X00001", "X00001B020", inForce), "in source order, each once");
    assertEquals(List.of(HigherLawNotes.PREFIX + "全部阶次"), NOTES.on("X00001", "X00001B010", inForce));
    assertEquals(List.of(), NOTES.on("X00001", "X00002B020", inForce), "another code's tier");
    assertEquals(List.of(), NOTES.on("X00001", "B020", inForce), "a suffix alone is no tier code");
    assertEquals(List.of(), NOTES.on("X00001", "X00001", inForce), "a referral has no tier");
    assertEquals(List.of(), NOTES.on("X00001", "X00001B020", LocalDate.of(2025, 3, 31)), "the day before");
    assertEquals(List.of(), NOTES.on("X00001", "X00001B020", LocalDate.of(2027, 1, 1)), "the day of repeal");
    assertEquals(2, NOTES.on("X00001", "X00001B020", LocalDate.of(2019, 12, 31)).size(),
        "the second law, in force until 2020 from no declared day");
    assertEquals(2, NOTES.on("X00001", "X00001B020", LocalDate.of(2026, 12, 31)).size());
  }

  @Test
  void noRecordsNoNotes() {
    assertEquals(List.of(), HigherLawNotes.NONE.on("X00001", "X00001B010", LocalDate.of(2025, 1, 1)));
    assertEquals(List.of(), HigherLawNotes.of(new String[] {"", ""}, new String[0], new String[0])
        .on("X00001", "X00001B010", LocalDate.of(2025, 1, 1)));
    HigherLawNotes always = HigherLawNotes.of(new String[] {"", ""}, new String[] {""}, new String[] {"r"});
    assertEquals(List.of(HigherLawNotes.PREFIX + "r"), always.on("X", "XB010", LocalDate.MIN));
  }

  @Test
  void mismatchedArraysAreRefused() {
    HigherLawNotes NOTES = notes();
    assertThrows(IllegalArgumentException.class,
        () -> HigherLawNotes.of(new String[] {"2025-01-01"}, new String[0], new String[0]));
    assertThrows(IllegalArgumentException.class,
        () -> HigherLawNotes.of(new String[0], new String[] {""}, new String[0]));
    assertEquals("违法行为发生之日（act）为 null",
        assertThrows(NullPointerException.class, () -> NOTES.on("X", "XB010", null)).getMessage());
    assertEquals("阶次编码（tierCode）为 null",
        assertThrows(NullPointerException.class, () -> NOTES.on("X", null, LocalDate.MIN)).getMessage());
  }
}
