package org.cailiang.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Party;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;

/**
 * The constants every violation of a standard shares: one class of parties, and one class of
 * citations per regulation, so that article texts are stored once and no class's constant pool
 * grows with the size of the whole standard.
 */
final class LawEmitter {
  private final Standard standard;
  private final ClassName parties;
  private final Map<String, ClassName> regulations = new HashMap<>();
  private final MemberNames partyNames = new MemberNames();
  private final Map<String, MemberNames> articleNames = new HashMap<>();

  LawEmitter(Standard standard, String packageName, String standardType, TypeNames names) {
    this.standard = standard;
    this.parties = ClassName.get(packageName, names.allocate(standardType + "Parties"));
    for (Regulation regulation : standard.regulations()) {
      regulations.put(regulation.id(),
          ClassName.get(packageName, names.allocate(standardType + JavaNames.type(regulation.id()) + "Law")));
      articleNames.put(regulation.id(), new MemberNames());
      // Allocate in declaration order, so names do not depend on the order of use.
      regulation.articles().forEach(a -> articleName(regulation.id(), a.id()));
    }
    standard.parties().forEach(p -> partyName(p.id()));
  }

  /** An expression for the party constant. */
  CodeBlock party(String partyId) {
    return CodeBlock.of("$T.$N", parties, partyName(partyId));
  }

  /** An expression for the citation constant of an article. */
  CodeBlock citation(ArticleRef ref) {
    return CodeBlock.of("$T.$N", regulations.get(ref.regulation()), articleName(ref.regulation(), ref.article()));
  }

  /** A Javadoc link to the citation constant: {@code Law#ART19}. */
  CodeBlock citationLink(ArticleRef ref) {
    return CodeBlock.of("$T#$N", regulations.get(ref.regulation()), articleName(ref.regulation(), ref.article()));
  }

  /** {@code ConstantLists.citations(citation, …)}. */
  CodeBlock citations(List<ArticleRef> refs) {
    return CodeBlock.of("$T.citations($L)", Runtime.CONSTANT_LISTS,
        refs.stream().map(this::citation).collect(CodeBlock.joining(", ")));
  }

  private String partyName(String partyId) {
    return partyNames.name(partyId, JavaNames.constant(partyId));
  }

  private String articleName(String regulationId, String articleId) {
    return articleNames.get(regulationId).name(articleId, JavaNames.constant(articleId));
  }

  TypeSpec partiesType() {
    TypeSpec.Builder type = TypeSpec.classBuilder(parties)
        .addJavadoc("The parties of 《$L》.\n", Javadoc.escape(standard.title()))
        .addAnnotation(Runtime.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Party party : standard.parties()) {
      type.addField(FieldSpec.builder(Runtime.PARTY, partyName(party.id()),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L（{@code $L}）.\n", Javadoc.escape(party.label()), Javadoc.escape(party.id()))
          .initializer("new $T($L, $L)", Runtime.PARTY, JavaStrings.literal(party.id()), JavaStrings.literal(party.label()))
          .build());
    }
    return type.build();
  }

  List<TypeSpec> regulationTypes() {
    java.util.Set<String> higherOnly = org.cailiang.dsl.model.HigherLawOnly.of(standard);
    return standard.regulations().stream().filter(r -> !higherOnly.contains(r.id()))
        .map(this::regulationType).toList();
  }

  private TypeSpec regulationType(Regulation regulation) {
    TypeSpec.Builder type = TypeSpec.classBuilder(regulations.get(regulation.id()))
        .addJavadoc("The cited articles of 《$L》.\n", Javadoc.escape(regulation.title()))
        .addAnnotation(Runtime.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Article article : regulation.articles()) {
      type.addField(FieldSpec.builder(Runtime.CITATION, articleName(regulation.id(), article.id()),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n\n<p>$L\n", Javadoc.escape(article.number()), Javadoc.block(article.text()))
          .initializer("new $T($L, $L, $L)", Runtime.CITATION, JavaStrings.literal(regulation.title()),
              JavaStrings.literal(article.number()), JavaStrings.literal(article.text()))
          .build());
    }
    return type.build();
  }
}
