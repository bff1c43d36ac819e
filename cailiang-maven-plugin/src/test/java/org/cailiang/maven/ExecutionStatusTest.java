package org.cailiang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cailiang.generator.OutputWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionStatusTest {
  private static final String SERVICES = "META-INF/services/org.cailiang.runtime.Standard";

  @Test
  void twoExecutionsShareOneServicesFileAndOwnTheirSources(@TempDir Path target)
      throws IOException {
    Path status = target.resolve("maven-status/cailiang");
    Path java = target.resolve("generated-sources/cailiang");
    Path resources = target.resolve("generated-resources/cailiang");
    ExecutionStatus shop = ExecutionStatus.of(status, "shop");
    ExecutionStatus market = ExecutionStatus.of(status, "market");

    run(shop, java, resources, "it/shop/Shop.java", "it.shop.Shop");
    run(market, java, resources, "it/market/Market.java", "it.market.Market");
    assertEquals("it.market.Market\nit.shop.Shop\n", Files.readString(resources.resolve(SERVICES)));
    assertTrue(
        Files.isRegularFile(java.resolve("it/shop/Shop.java")), "market leaves shop's sources");
    assertTrue(shop.outputsIntact(java, resources), "the other execution's services file counts");
    assertTrue(market.outputsIntact(java, resources));

    // shop changes its standard: it rewrites the file market wrote, and keeps market's line.
    run(shop, java, resources, "it/shop/Shop.java", "it.shop.Shop2");
    assertEquals(
        "it.market.Market\nit.shop.Shop2\n", Files.readString(resources.resolve(SERVICES)));
    Files.delete(java.resolve("it/market/Market.java"));
    assertFalse(market.outputsIntact(java, resources), "a lost output is noticed");
  }

  @Test
  void executionIdsBecomeSafeFolderNames(@TempDir Path status) throws IOException {
    assertFalse(ExecutionStatus.of(status, "..").fingerprintIs("x"));
    ExecutionStatus.of(status, "..").recordFingerprint("x");
    assertTrue(Files.isRegularFile(status.resolve("_../fingerprint")));
    ExecutionStatus odd = ExecutionStatus.of(status, "../escape");
    odd.recordFingerprint("x");
    assertTrue(Files.isRegularFile(status.resolve(".._escape/fingerprint")));
    assertTrue(odd.fingerprintIs("x"));
  }

  private static void run(
      ExecutionStatus status, Path java, Path resources, String source, String standard)
      throws IOException {
    OutputWriter javaOut = status.javaWriter(java);
    javaOut.write(source, ("class " + standard + " {}").getBytes(StandardCharsets.UTF_8));
    OutputWriter resourceOut = status.resourceWriter(resources);
    resourceOut.writeShared(SERVICES, status.mergedServices(resources, List.of(standard)));
    javaOut.finish();
    resourceOut.finish();
    status.recordServices(resources, List.of(standard));
  }
}
