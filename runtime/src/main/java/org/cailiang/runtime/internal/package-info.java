/**
 * Not API: helpers that generated evaluators and the cailiang tools call (reading untyped facts,
 * checking amounts, expanding code ranges, computing fines, the JSON writer). The package is
 * exported only because generated code in the consumer's own module calls it; it may change in
 * any release without notice, and it is left out of the API documentation. Use {@link
 * org.cailiang.runtime.Standards}, {@link org.cailiang.runtime.Violation} and {@link
 * org.cailiang.runtime.Decision} instead.
 */
package org.cailiang.runtime.internal;
