package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;

/** cailiang's own {@code @Generated} behaves as javax's: in the source only, documented. */
class GeneratedAnnotationTest {
  @Test
  void isKeptInTheSourceOnlyAndDocumented() {
    assertEquals(RetentionPolicy.SOURCE, Generated.class.getAnnotation(Retention.class).value());
    assertNotNull(Generated.class.getAnnotation(java.lang.annotation.Documented.class));
  }
}
