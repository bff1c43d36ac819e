package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.FineLimit;
import org.cailiang.dsl.model.LawLevel;
import org.cailiang.dsl.model.PartyKind;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.junit.jupiter.api.Test;

/** The syntax of levels of law and higher law, as the model holds it. */
class LevelModelTest {
  private static final String SOURCE = """
      standard s "位阶" {
      }
      party unit "单位" organization
      party person "个人" person
      party other "其他"
      regulation upper "某条例" {
        level 行政法规
        article art9 "第九条" "拒不改正的，处1万元以下罚款。" {
          fact refused "拒不改正": bool
          statute {
            order "责令限期改正"
            fine unit ..1万 when refused
          }
        }
      }
      regulation lower "某办法" {
        level 地方政府规章
        fine-limit 3万 "某规定"
        article a1 "第一条" "罚则。"
        violation X00001 "行为" {
          basis a1
          implements upper.art9
          fact level "等级": enum { person "个人", organization "单位" }
          tier B010 "一般" when level == person { warning }
          tier B020 "单位" otherwise { warning }
        }
      }
      """;

  @Test
  void theModelHoldsLevelsFineLimitsKindsArticleStatutesAndImplementations() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", SOURCE)));
    assertTrue(!compilation.hasErrors(), compilation.render());
    Standard standard = compilation.standards().get(0);
    assertEquals(Optional.of(PartyKind.ORGANIZATION), standard.party("unit").orElseThrow().kind());
    assertEquals(Optional.of(PartyKind.PERSON), standard.party("person").orElseThrow().kind());
    assertEquals(Optional.empty(), standard.party("other").orElseThrow().kind());

    Regulation upper = standard.regulation("upper").orElseThrow();
    assertEquals(Optional.of(LawLevel.ADMINISTRATIVE_REGULATION), upper.level());
    assertEquals(Optional.empty(), upper.fineLimit());
    Article article = upper.article("art9").orElseThrow();
    assertEquals("refused", article.facts().get(0).id());
    assertTrue(article.facts().get(0).type() instanceof FactType.Bool);
    assertEquals(2, article.statute().size());
    SanctionSpec.Fine fine = (SanctionSpec.Fine) article.statute().get(1).sanction();
    assertEquals(0, new BigDecimal("10000").compareTo(((SanctionSpec.Yuan) fine.amount()).max()));

    Regulation lower = standard.regulation("lower").orElseThrow();
    assertEquals(Optional.of(LawLevel.LOCAL_GOVERNMENT_RULE), lower.level());
    FineLimit limit = lower.fineLimit().orElseThrow();
    assertEquals(0, new BigDecimal("30000").compareTo(limit.amount()));
    assertEquals("某规定", limit.source());
    assertTrue(lower.article("a1").orElseThrow().statute().isEmpty());
    Violation violation = lower.violations().get(0);
    List<ArticleRef> implementations = violation.implementations();
    assertEquals(1, implementations.size());
    assertEquals("upper.art9", implementations.get(0).toString());
    // level, person and organization stay usable as names.
    assertEquals("level", violation.facts().get(0).id());
  }

  @Test
  void theLevelsAreTheFiveOfTheLawInItsOrder() {
    assertEquals(List.of("法律", "行政法规", "地方性法规", "部门规章", "地方政府规章"), LawLevel.labels());
    assertTrue(LawLevel.DEPARTMENT_RULE.isRule() && LawLevel.LOCAL_GOVERNMENT_RULE.isRule());
    assertTrue(!LawLevel.LAW.isRule() && !LawLevel.LOCAL_REGULATION.isRule());
  }
}
