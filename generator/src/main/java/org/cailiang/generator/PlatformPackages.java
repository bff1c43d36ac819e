package org.cailiang.generator;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The packages of the running JDK's modules (java.desktop's javax.swing, java.xml's org.w3c.dom,
 * jdk.unsupported's sun.misc): generated classes in one of them do not compile ("package exists
 * in another module"), whatever the class path.
 */
final class PlatformPackages {
  private PlatformPackages() {}

  /** Read once, when first asked: the system modules do not change while the JVM runs. */
  private static final class Holder {
    static final Map<String, String> OWNERS = owners();

    private static Map<String, String> owners() {
      Map<String, String> owners = new HashMap<>();
      for (ModuleReference reference : ModuleFinder.ofSystem().findAll()) {
        ModuleDescriptor descriptor = reference.descriptor();
        descriptor.packages().forEach(p -> owners.putIfAbsent(p, descriptor.name()));
      }
      return Map.copyOf(owners);
    }
  }

  /** {@return the platform module that has the package, or empty} */
  static Optional<String> owner(String packageName) {
    return Optional.ofNullable(Holder.OWNERS.get(packageName));
  }
}
