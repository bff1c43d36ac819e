package org.cailiang.runtime;

import java.util.List;

/**
 * A provider for {@link StandardsBehaviourTest}'s service-loading test. It refers to public runtime
 * types only, because the test defines it again in a class loader of its own.
 */
public final class LoadedStandardB implements Standard {
  @Override
  public String id() {
    return "b-loaded";
  }

  @Override
  public String title() {
    return "乙裁量基准";
  }

  @Override
  public String authority() {
    return "乙局";
  }

  @Override
  public String region() {
    return "乙市";
  }

  @Override
  public List<Violation> violations() {
    return List.of();
  }
}
