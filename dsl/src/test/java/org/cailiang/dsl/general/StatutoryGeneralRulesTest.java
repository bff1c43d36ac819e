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
    assertEquals(Optional.of(36), StatutoryGeneralRules.article("行政处罚法第36条"));
    assertEquals(Optional.of(33), StatutoryGeneralRules.article("《行政处罚法》第 三十三 条"));
    // Another law cited, or the proviso relied on: that law decides, not this check.
    assertEquals(Optional.empty(), StatutoryGeneralRules.article(
        "《中华人民共和国行政处罚法》第三十三条第二款、《中华人民共和国食品安全法》第一百三十六条"));
    assertEquals(Optional.empty(), StatutoryGeneralRules.article(
        "《中华人民共和国行政处罚法》第三十六条“法律另有规定的除外”"));
  }

  @Test
  void chineseNumeralsOfArticlesAreRead() {
    assertEquals(Optional.of(10), StatutoryGeneralRules.number("十"));
    assertEquals(Optional.of(16), StatutoryGeneralRules.number("十六"));
    assertEquals(Optional.of(36), StatutoryGeneralRules.number("三十六"));
    assertEquals(Optional.of(40), StatutoryGeneralRules.number("四十"));
    assertEquals(Optional.of(100), StatutoryGeneralRules.number("一百"));
    assertEquals(Optional.of(103), StatutoryGeneralRules.number("一百零三"));
    assertEquals(Optional.of(118), StatutoryGeneralRules.number("一百一十八"));
    assertEquals(Optional.of(7), StatutoryGeneralRules.number("七"));
    assertEquals(Optional.of(51), StatutoryGeneralRules.number("51"));
    // A run too long to be an article's number is none, not a crash.
    assertEquals(Optional.empty(), StatutoryGeneralRules.number("一".repeat(41)));
  }
}
