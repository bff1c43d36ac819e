package org.cailiang.generator;

import java.util.Set;

/**
 * The public types of {@code java.lang} (Java 17 to 25): a generated top-level class of one of
 * these names would shadow it in the whole package, and every other generated file there that
 * writes {@code String} or {@code Override} unqualified would mean the generated class
 * (hostile check: a standard named {@code string} made the package's other standards fail to
 * compile). A fixed list, not the running JDK's, so the output is the same on every JDK.
 */
final class JavaLangNames {
  static final Set<String> ALL = Set.of(
      "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
      "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError",
      "Byte", "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError",
      "ClassFormatError", "ClassLoader", "ClassNotFoundException", "ClassValue",
      "CloneNotSupportedException", "Cloneable", "Comparable", "Compiler", "Deprecated", "Double",
      "Enum", "EnumConstantNotPresentException", "Error", "Exception",
      "ExceptionInInitializerError", "Float", "FunctionalInterface", "IO", "IllegalAccessError",
      "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
      "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
      "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal",
      "InstantiationError", "InstantiationException", "Integer", "InternalError",
      "InterruptedException", "Iterable", "LayerInstantiationException", "LinkageError", "Long",
      "MatchException", "Math", "Module", "ModuleLayer", "NegativeArraySizeException",
      "NoClassDefFoundError", "NoSuchFieldError", "NoSuchFieldException", "NoSuchMethodError",
      "NoSuchMethodException", "NullPointerException", "Number", "NumberFormatException", "Object",
      "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder", "ProcessHandle",
      "Readable", "Record", "ReflectiveOperationException", "Runnable", "Runtime",
      "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
      "SecurityManager", "Short", "StableValue", "StackOverflowError", "StackTraceElement",
      "StackWalker", "StrictMath", "String", "StringBuffer", "StringBuilder",
      "StringIndexOutOfBoundsException", "SuppressWarnings", "System", "Thread", "ThreadDeath",
      "ThreadGroup", "ThreadLocal", "Throwable", "TypeNotPresentException", "UnknownError",
      "UnsatisfiedLinkError", "UnsupportedClassVersionError", "UnsupportedOperationException",
      "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

  /** The same names in lower case, as {@link TypeNames} compares names. */
  static final Set<String> LOWER_CASE = ALL.stream()
      .map(name -> name.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

  private JavaLangNames() {}

  /** Whether a type of this name would be one of these on a file system that ignores case. */
  static boolean clashes(String name) {
    return LOWER_CASE.contains(name.toLowerCase(java.util.Locale.ROOT));
  }
}
