package org.cailiang.runtime;

import java.util.List;

/**
 * A provider for {@link StandardsBehaviourTest}'s service-loading test. It refers to public runtime
 * types only, because the test defines it again in a class loader of its own.
 */
public final class LoadedStandardA implements Standard {
  @Override
  public String id() {
    return "a-loaded";
  }

  @Override
  public String title() {
    return "甲裁量基准";
  }

  @Override
  public String authority() {
    return "甲局";
  }

  @Override
  public String region() {
    return "甲市";
  }

  @Override
  public List<Violation> violations() {
    return List.of();
  }
}
