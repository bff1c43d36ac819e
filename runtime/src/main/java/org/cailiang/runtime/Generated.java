package org.cailiang.runtime;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.LOCAL_VARIABLE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.SOURCE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks source code that cailiang generated. It is cailiang's own rather than {@code
 * javax.annotation.processing.Generated}, which lives in the {@code java.compiler} module: a
 * named module using generated evaluators needs nothing beyond {@code requires
 * org.cailiang.runtime}. Like javax's, it is kept in the source only.
 */
@Documented
@Retention(SOURCE)
@Target({PACKAGE, TYPE, METHOD, CONSTRUCTOR, FIELD, LOCAL_VARIABLE, PARAMETER})
public @interface Generated {
  /**
   * The generator that wrote the code.
   *
   * @return its fully qualified class name
   */
  String[] value();

  /**
   * When the code was generated; cailiang leaves it empty so that its output is byte-identical.
   *
   * @return an ISO 8601 date, or empty
   */
  String date() default "";

  /**
   * Anything else the generator wants to say.
   *
   * @return a comment, or empty
   */
  String comments() default "";
}
