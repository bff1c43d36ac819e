package it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.shop.Shop;
import org.junit.jupiter.api.Test;

class CasesTest {
  @Test
  void runsOnTheModulePath() {
    assertTrue(Cases.class.getModule().isNamed(), "the application is a named module");
    assertEquals("it.shop.standards", Shop.class.getModule().getName());
    assertTrue(Shop.class.getModule().getDescriptor() != null
        && !Shop.class.getModule().getDescriptor().isAutomatic(), "the standard is an explicit module");
  }

  @Test
  void evaluatesDirectly() {
    assertEquals("X00001B020", Cases.direct());
  }

  @Test
  void evaluatesThroughServiceLoader() {
    assertEquals("X00002B010", Cases.loaded());
  }
}
