package org.cailiang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt generator of the same SNAPSHOT version must not look like the old one. */
class ToolIdentityTest {
  @TempDir Path dir;

  @Test
  void aChangedClassOrJarChangesTheIdentityAndNothingElseDoes() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/org/cailiang"));
    Files.write(classes.resolve("JavaGenerator.class"), new byte[] {1, 2, 3});
    Path jar = Files.write(dir.resolve("dsl.jar"), new byte[] {4, 5});
    List<String> locations = List.of(dir.resolve("classes").toUri().toString(), jar.toUri().toString());
    String before = ToolIdentity.ofLocations(locations);
    assertEquals(before, ToolIdentity.ofLocations(locations));

    Files.write(classes.resolve("JavaGenerator.class"), new byte[] {1, 2, 4});
    String classChanged = ToolIdentity.ofLocations(locations);
    assertNotEquals(before, classChanged);

    Files.write(jar, new byte[] {4, 6});
    assertNotEquals(classChanged, ToolIdentity.ofLocations(locations));
  }

  @Test
  void thePluginsOwnCodeHasAnIdentity() {
    String identity = ToolIdentity.of(List.of(GenerateMojo.class));
    assertEquals(64, identity.length());
    assertEquals(identity, ToolIdentity.of(List.of(GenerateMojo.class)));
  }
}
