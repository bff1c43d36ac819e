package org.cailiang.dsl.general;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which article of 行政处罚法 a basis cites, read from its Chinese numerals. */
class StatutoryGeneralRulesTest {
  @Test
  void theArticleIsTheFirstOneCitedAndOnlyOfThisLaw() {
    assertEquals(Optional.of(33), StatutoryGeneralRules.article("《中华人民共和国行政处罚法》第三十三条第一款"));
    assertEquals(Optional.of(30), StatutoryGeneralRules.article("行政处罚法第三十条"));
    assertEquals(Optional.of(51), StatutoryGeneralRules.article("依《行政处罚法》第五十一条，另见第六十三条"));
    assertEquals(Optional.empty(), StatutoryGeneralRules.article("《中华人民共和国治安管理处罚法》第二十五条"));
    assertEquals(Optional.empty(), StatutoryGeneralRules.article("行政处罚法"));
  }

  @Test
  void chineseNumeralsOfArticlesAreRead() {
    assertEquals(10, StatutoryGeneralRules.number("十"));
    assertEquals(16, StatutoryGeneralRules.number("十六"));
    assertEquals(36, StatutoryGeneralRules.number("三十六"));
    assertEquals(40, StatutoryGeneralRules.number("四十"));
    assertEquals(100, StatutoryGeneralRules.number("一百"));
    assertEquals(103, StatutoryGeneralRules.number("一百零三"));
    assertEquals(118, StatutoryGeneralRules.number("一百一十八"));
    assertEquals(7, StatutoryGeneralRules.number("七"));
  }
}
