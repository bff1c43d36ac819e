package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.junit.jupiter.api.Test;

/**
 * The untyped path's quick reads against the reader: every input read quickly is read to the
 * same value (an amount to the same digits and scale) by {@link FactReader}, no invalid input is
 * read quickly, and plain spellings are.
 */
class QuickFactsTest {
  private static final FactSpec HARM = new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of());
  private static final FactSpec INCOME = new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of());
  private static final FactSpec TIMES = new FactSpec("times", "次数", FactSpec.Type.INT, List.of());

  private static final List<Object> AMOUNTS = List.of(
      "0", "5", "500", "0500", "1.5", "1.50", "1200.50", "0.01", "0.001", "1.500", "1.505", "1万",
      "1.5万", "1.5万元", "500元", "3千", "9百", "2亿", "0.00000001亿", "1.234万", "1.23456万",
      "10000000000000", "10000000000000.00", "10000000000000.01", "10000000000001", "1000亿",
      "100000亿", "100001亿", "99999999999999999", "999999999999999999", "", "元", "万", ".5", "5.",
      "1.2.3", "-5", "－5", " 5", "5 ", "１２", "1e3", "abc", "5元元", "1,000", "5万万", "元5",
      new BigDecimal("1500.50"), new BigDecimal("-1"), new BigDecimal("1E+20"), new BigDecimal("0.001"),
      new BigDecimal("1.500"), BigDecimal.ZERO, 1500L, 1500, (short) 1500, (byte) 15, -3, Long.MAX_VALUE,
      10_000_000_000_000L, 10_000_000_000_001L, BigInteger.valueOf(1500), 0.5, Boolean.TRUE);
  private static final List<Object> COUNTS = List.of(
      "0", "3", "007", "123456789012345678", "1234567890123456789", " 3 ", "-1", "三", "1.5", "", "١",
      "+3", 0, 4, (short) 4, (byte) 5, 6L, -1, -1L, Long.MAX_VALUE, new BigDecimal("1.5"), 2.0, "true");
  private static final List<Object> BOOLS = List.of(
      "true", "false", "TRUE", "True", "FALSE", "False", "是", "否", " 是", "tRuE", "yes", "1", "",
      true, false, 1, new StringBuilder("true"));

  /** The reader's value, or null when it rejects the input. */
  private static Object read(FactSpec spec, Object raw) {
    try {
      return new FactReader("X00001", List.of(spec), Map.of(spec.id(), raw)).value(0);
    } catch (InvalidFactsException e) {
      return null;
    }
  }

  @Test
  void anAmountReadQuicklyIsTheReadersToTheScale() {
    int quick = 0;
    for (Object raw : AMOUNTS) {
      BigDecimal amount = QuickFacts.amount(raw);
      if (amount != null) {
        BigDecimal full = (BigDecimal) read(INCOME, raw);
        assertNotNull(full, raw + " read quickly but rejected by the reader");
        assertEquals(full, amount, raw.toString());
        assertEquals(full.toString(), amount.toString(), raw.toString());
        quick++;
      }
    }
    assertEquals(30, quick, "amounts read quickly");
  }

  @Test
  void plainAmountsAreReadQuicklyAndOddOnesLeftToTheReader() {
    assertEquals(new BigDecimal("1200.50"), QuickFacts.amount("1200.50"));
    assertEquals(new BigDecimal("15000"), QuickFacts.amount("1.5万元"));
    assertEquals(new BigDecimal("12345.6"), QuickFacts.amount("1.23456万"));
    assertEquals(new BigDecimal("1"), QuickFacts.amount("0.00000001亿"));
    assertEquals(new BigDecimal("10000000000000"), QuickFacts.amount("100000亿"));
    assertEquals(new BigDecimal("1500"), QuickFacts.amount(1500));
    // Valid, but finer than a fen before trailing zeros are dropped, or in another type or
    // spelling: the reader reads them.
    for (Object raw : List.of("1.500", " 5", "１２", BigInteger.valueOf(1500), "1.5万 ")) {
      assertNull(QuickFacts.amount(raw), raw.toString());
      assertNotNull(read(INCOME, raw), raw.toString());
    }
    // Invalid: the reader names the problem.
    for (Object raw : List.of("-5", "0.001", "10000000000000.01", "100001亿", 10_000_000_000_001L,
        new BigDecimal("-1"), new BigDecimal("1E+20"), -3, 0.5, "")) {
      assertNull(QuickFacts.amount(raw), raw.toString());
      assertNull(read(INCOME, raw), raw.toString());
    }
    assertNull(QuickFacts.amount(null));
  }

  @Test
  void aCountReadQuicklyIsTheReaders() {
    int quick = 0;
    for (Object raw : COUNTS) {
      long count = QuickFacts.count(raw);
      if (count != QuickFacts.NOT_READ) {
        assertEquals(read(TIMES, raw), count, raw.toString());
        quick++;
      }
    }
    assertEquals(10, quick, "counts read quickly");
    assertEquals(123456789012345678L, QuickFacts.count("123456789012345678"));
    assertEquals(7L, QuickFacts.count("007"));
    assertEquals(QuickFacts.NOT_READ, QuickFacts.count(" 3 "));
    assertEquals(3L, read(TIMES, " 3 "));
    assertEquals(QuickFacts.NOT_READ, QuickFacts.count(-1));
    assertNull(read(TIMES, -1));
    assertEquals(QuickFacts.NOT_READ, QuickFacts.count(null));
  }

  @Test
  void aYesOrNoReadQuicklyIsTheReaders() {
    int quick = 0;
    for (Object raw : BOOLS) {
      int flag = QuickFacts.bool(raw);
      if (flag != QuickFacts.NOT_READ) {
        assertEquals(read(HARM, raw), flag == 1, raw.toString());
        quick++;
      }
    }
    assertEquals(10, quick, "yes and no read quickly");
    assertEquals(1, QuickFacts.bool("是"));
    assertEquals(0, QuickFacts.bool("否"));
    assertEquals(QuickFacts.NOT_READ, QuickFacts.bool("tRuE"));
    assertTrue((Boolean) read(HARM, "tRuE"));
    assertEquals(QuickFacts.NOT_READ, QuickFacts.bool(null));
  }
}
