package org.cailiang.benchmarks;

import org.cailiang.runtime.Decision;

/** One evaluation of one case by one engine, prepared before timing. */
@FunctionalInterface
interface Call {
  Decision run();
}
