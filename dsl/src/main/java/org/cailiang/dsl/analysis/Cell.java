package org.cailiang.dsl.analysis;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Tier;

/**
 * One class of cases on which every condition of a violation is decided: the facts it fixes
 * (the others do not matter), the tiers whose conditions hold, and the statute clauses that do.
 *
 * @param assignment the regions of the facts that matter here, in declaration order
 * @param matching the tiers whose conditions hold, in the order they are tried
 * @param statute for each statute clause, by index, whether it applies
 */
record Cell(Map<String, Region> assignment, List<Tier> matching, List<Boolean> statute) {}
