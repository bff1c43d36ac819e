package org.cailiang.dsl.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A discretion standard as written in one source file.
 *
 * @param id the standard's identifier
 * @param title its official title
 * @param authority the issuing authority (制定机关), empty when not given
 * @param region the region it applies to, empty when not given
 * @param effective the date it takes effect, if given
 * @param parties the parties it declares
 * @param regulations the regulations it implements, each with its articles and violations
 * @param validity its dates and 文号 as a version in time ({@code effective} repeated there)
 * @param supersedes the standard this version replaces, if any
 * @param uses the general parts it uses, in order: a later one overrides an earlier one
 */
public record Standard(
    String id,
    String title,
    String authority,
    String region,
    Optional<LocalDate> effective,
    List<Party> parties,
    List<Regulation> regulations,
    SourceSpan span,
    Validity validity,
    Optional<Ref> supersedes,
    List<Ref> uses) {

  /** A standard that uses no general part. */
  public Standard(
      String id,
      String title,
      String authority,
      String region,
      Optional<LocalDate> effective,
      List<Party> parties,
      List<Regulation> regulations,
      SourceSpan span,
      Validity validity,
      Optional<Ref> supersedes) {
    this(id, title, authority, region, effective, parties, regulations, span, validity, supersedes,
        List.of());
  }

  /** A standard without versions in time but its effective date. */
  public Standard(
      String id,
      String title,
      String authority,
      String region,
      Optional<LocalDate> effective,
      List<Party> parties,
      List<Regulation> regulations,
      SourceSpan span) {
    this(id, title, authority, region, effective, parties, regulations, span,
        new Validity(Optional.empty(), effective, Optional.empty(), ""), Optional.empty());
  }

  public Standard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(effective, "effective");
    parties = List.copyOf(parties);
    regulations = List.copyOf(regulations);
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(supersedes, "supersedes");
    uses = List.copyOf(uses);
  }

  /** The party with this id, if declared. */
  public Optional<Party> party(String partyId) {
    for (Party party : parties) {
      if (party.id().equals(partyId)) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  /** The regulation with this id, if declared. */
  public Optional<Regulation> regulation(String regulationId) {
    for (Regulation regulation : regulations) {
      if (regulation.id().equals(regulationId)) {
        return Optional.of(regulation);
      }
    }
    return Optional.empty();
  }

  /** The article a reference names, if it exists. */
  public Optional<Article> article(ArticleRef ref) {
    return regulation(ref.regulation()).flatMap(r -> r.article(ref.article()));
  }

  /** Every violation of every regulation, in source order. */
  public List<Violation> violations() {
    return regulations.stream().flatMap(r -> r.violations().stream()).toList();
  }
}
