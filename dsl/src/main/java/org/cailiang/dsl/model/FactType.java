package org.cailiang.dsl.model;

import java.util.List;
import java.util.Optional;

/** The type of a fact. */
public sealed interface FactType {

  /** The type's name in the language, for messages. */
  String name();

  /** Calls the visitor's method for this type. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per type: an operation written as a visitor stops compiling when a type is added,
   * where an {@code instanceof} chain would fail only at run time.
   */
  interface Visitor<R> {
    R visitEnum(Enum type);

    R visitBool(Bool type);

    R visitAmount(Amount type);

    R visitInt(Int type);
  }

  /** One of a list of labelled values. */
  record Enum(List<EnumValue> values) implements FactType {
    public Enum {
      values = List.copyOf(values);
    }

    @Override
    public String name() {
      return "enum";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEnum(this);
    }

    /**
     * The value a literal names: a bare name by id, a string by id or label; empty for a
     * literal of another kind or a name the enum lacks.
     */
    public Optional<EnumValue> resolve(Literal literal) {
      if (literal instanceof Literal.Name name) {
        return find(name.name());
      }
      if (literal instanceof Literal.Bool yesNo) { // a case's 是/否, read as a boolean
        return find(yesNo.value() ? "是" : "否");
      }
      return literal instanceof Literal.Label label ? find(label.label()) : Optional.empty();
    }

    /** The value with this id or, failing that, this label. */
    public Optional<EnumValue> find(String idOrLabel) {
      for (EnumValue value : values) {
        if (value.id().equals(idOrLabel)) {
          return Optional.of(value);
        }
      }
      return values.stream().filter(v -> v.label().equals(idOrLabel)).findFirst();
    }
  }

  /** Yes or no. */
  record Bool() implements FactType {
    @Override
    public String name() {
      return "bool";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBool(this);
    }
  }

  /** An exact amount of yuan. */
  record Amount() implements FactType {
    @Override
    public String name() {
      return "amount";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAmount(this);
    }
  }

  /** A whole number. */
  record Int() implements FactType {
    @Override
    public String name() {
      return "int";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInt(this);
    }
  }
}
