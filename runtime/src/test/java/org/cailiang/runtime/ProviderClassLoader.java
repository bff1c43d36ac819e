package org.cailiang.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A class loader that offers {@link Standard} providers the way a generated jar does: through a
 * {@code META-INF/services} file, with the provider classes in its own unnamed module. The test
 * tree's copy of a class cannot serve, since under Surefire it belongs to the named runtime module,
 * whose {@code META-INF/services} entries {@link java.util.ServiceLoader} ignores.
 */
final class ProviderClassLoader extends ClassLoader {
  private static final String SERVICES = "META-INF/services/" + Standard.class.getName();
  private final Map<String, Class<?>> templates;
  private final URL services;

  ProviderClassLoader(Path directory, List<Class<? extends Standard>> providers)
      throws IOException {
    super(ProviderClassLoader.class.getClassLoader());
    this.templates =
        providers.stream().collect(Collectors.toMap(Class::getName, Function.identity()));
    Path file = directory.resolve("services.txt");
    String names = providers.stream().map(Class::getName).collect(Collectors.joining("\n"));
    Files.writeString(file, "# test providers\n" + names + "\n", StandardCharsets.UTF_8);
    this.services = file.toUri().toURL();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    Class<?> template = templates.get(name);
    if (template == null) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      return loaded != null ? loaded : define(name, template);
    }
  }

  private Class<?> define(String name, Class<?> template) {
    String resource = template.getSimpleName() + ".class";
    try (InputStream in = template.getResourceAsStream(resource)) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.equals(SERVICES)
        ? Collections.enumeration(List.of(services))
        : super.getResources(name);
  }
}
