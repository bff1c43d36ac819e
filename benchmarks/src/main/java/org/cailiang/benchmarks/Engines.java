package org.cailiang.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.cailiang.cli.render.DmnRenderer;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Standards;
import org.drools.io.ReaderResource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/** The engines the benchmarks compare beside the generated code, each prepared per case. */
final class Engines {
  private Engines() {}

  /** The model of a standard, compiled from the examples' source. */
  static Standard model(String file) {
    Compilation compilation = StandardCompiler.compile(List.of(Path.of(file)), Path.of("."));
    if (compilation.hasErrors()) {
      throw new IllegalStateException(compilation.render());
    }
    return compilation.standards().get(0);
  }

  /** The interpreter of the command line. */
  static Call interpreter(Standards interpreted, BeijingCases.Case c) {
    return () -> interpreted.evaluate(c.code(), c.facts());
  }

  static Standards interpreted(Standard model) {
    return Interpreter.standards(List.of(model));
  }

  /** Camunda's engine and the decisions it parsed from the DMN export. */
  record Camunda(DmnEngine engine, Map<String, DmnDecision> decisions) {}

  /** Camunda's DMN engine on the DMN export; {@code juel} selects its legacy JUEL-based FEEL. */
  static Camunda camunda(Standard model, boolean juel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (juel) {
      // The legacy engine reads unary tests only; input expressions and outputs go to JUEL.
      configuration.feelEngineFactory(new FeelEngineFactoryImpl());
      configuration.setDefaultInputExpressionExpressionLanguage("juel");
      configuration.setDefaultOutputEntryExpressionLanguage("juel");
    }
    DmnEngine engine = configuration.buildEngine();
    Map<String, DmnDecision> decisions = new HashMap<>();
    byte[] dmn = DmnRenderer.render(model).getBytes(StandardCharsets.UTF_8);
    for (DmnDecision decision : engine.parseDecisions(new ByteArrayInputStream(dmn))) {
      decisions.put(decision.getKey(), decision);
    }
    return new Camunda(engine, decisions);
  }

  /** A Camunda evaluation of a case; returns the tier suffix. */
  static TierCall camundaCall(Camunda camunda, org.cailiang.dsl.model.Violation violation, Map<String, Object> facts) {
    DmnEngine engine = camunda.engine();
    DmnDecision decision = camunda.decisions().get(DmnRenderer.decisionId(violation));
    Map<String, Object> variables = new HashMap<>(facts);
    return () -> engine.evaluateDecisionTable(decision, variables).getFirstResult().getEntry("tier");
  }

  /** Drools' DMN engine (kie-dmn-core) on the DMN export. */
  static DMNRuntime drools(Standard model) {
    ReaderResource resource = new ReaderResource(new StringReader(DmnRenderer.render(model)), "UTF-8");
    resource.setSourcePath(model.id() + ".dmn");
    DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
        .getOrElseThrow(e -> new IllegalStateException("Drools could not load the DMN export", e));
    if (runtime.getModels().isEmpty() || runtime.getModels().get(0).hasErrors()) {
      throw new IllegalStateException("Drools: " + (runtime.getModels().isEmpty() ? "no model" : runtime.getModels().get(0).getMessages()));
    }
    return runtime;
  }

  /** A Drools evaluation of a case; returns the tier suffix. */
  static TierCall droolsCall(DMNRuntime runtime, org.cailiang.dsl.model.Violation violation, Map<String, Object> facts) {
    DMNModel model = runtime.getModels().get(0);
    String id = DmnRenderer.decisionId(violation);
    return () -> {
      DMNContext context = runtime.newContext();
      facts.forEach(context::set);
      DMNResult result = runtime.evaluateById(model, context, id);
      if (result.hasErrors() || result.getDecisionResultById(id) == null) {
        throw new IllegalStateException("Drools: " + result.getMessages());
      }
      Object value = result.getDecisionResultById(id).getResult();
      return (String) ((Map<?, ?>) value).get("tier");
    };
  }

  /** An evaluation that answers with a tier suffix: the DMN engines. */
  @FunctionalInterface
  interface TierCall {
    String run();
  }

  /** The model violation of a code. */
  static org.cailiang.dsl.model.Violation modelViolation(Standard model, String code) {
    return model.violations().stream().filter(v -> v.codes().codes().contains(code)).findFirst().orElseThrow();
  }
}
