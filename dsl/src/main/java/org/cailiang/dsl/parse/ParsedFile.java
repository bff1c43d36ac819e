package org.cailiang.dsl.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;

/** What one source file declares: a standard (none in a file of general parts) and general parts. */
public record ParsedFile(Optional<Standard> standard, List<GeneralPart> generals) {
  public ParsedFile {
    Objects.requireNonNull(standard, "standard");
    generals = List.copyOf(generals);
  }
}
