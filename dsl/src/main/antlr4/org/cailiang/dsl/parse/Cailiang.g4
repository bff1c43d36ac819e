/*
 * The cailiang language: discretion standards (行政处罚裁量基准) as source code.
 * No actions: a visitor (ModelBuilder) turns the tree into the immutable model.
 */
grammar Cailiang;

file
    : standardDecl topItem* EOF
    | generalDecl+ EOF     // a file holding only general parts, shared by several standards
    ;

standardDecl
    : STANDARD name=ident title=string LBRACE standardProp* RBRACE
    ;

standardProp
    : AUTHORITY string     # authorityProp
    | REGION string        # regionProp
    | EFFECTIVE string     # effectiveProp
    // Versions in time: 公布、废止 (the first day no longer in force), 文号, the version replaced.
    | PUBLISHED string     # publishedProp
    | REPEALED string      # repealedProp
    | DOCUMENT string      # documentProp
    | SUPERSEDES ident     # supersedesProp
    | USES ident (COMMA ident)*   # usesProp
    ;

topItem
    : partyDecl            # partyItem
    | regulationDecl       # regulationItem
    | generalDecl          # generalItem
    ;

// The general part (总则) of 行政处罚法 and of each standard: circumstances of the case with their
// effects, how each effect moves a tier's range, how opposite effects combine, limitation
// periods and the procedure a decision triggers. Standards name the ones they use.
generalDecl
    : GENERAL ident title=string LBRACE generalMember* RBRACE
    ;

generalMember
    : CIRCUMSTANCE ident label=string (FOR partyKind)? (IMPLIES implied+=ident (COMMA implied+=ident)*)?
      (EFFECT modality=ident effect=ident)? (BASIS basis=string)? SEMI?  # circumstanceMember
    // At most one of these circumstances holds in a case (年龄段, 一款与其但书).
    | EXCLUSIVE ident (COMMA ident)* message=string? SEMI?                                          # generalExclusiveMember
    | ADJUST effect=ident shape=(LOWER | UPPER | FLOOR) PERCENT (BASIS basis=string)? SEMI?              # adjustMember
    | COMBINE choice=ident (BASIS basis=string)? SEMI?                                                 # combineMember
    | LIMITATION NUMBER unit=(YEARS | MONTHS) (WHEN cond=ident)? (EFFECTIVE since=string)? (BASIS basis=string)? SEMI?               # limitationMember
    | PROCEDURE kind=ident (FINE op=(GE | GT | LE | LT) NUMBER)? (FOR partyKind)? (WHEN cond=ident)? (BASIS basis=string)? SEMI?  # procedureMember
    ;

partyDecl
    : PARTY ident string partyKind?
    ;

regulationDecl
    : REGULATION ident string LBRACE regulationMember* RBRACE
    ;

regulationMember
    : articleDecl          # articleMember
    | violationDecl        # violationInRegulation
    | LEVEL ident          # levelMember
    | FINE_LIMIT NUMBER string   # fineLimitMember
    // The regulation's version: dates, 文号, and old articles (of the superseded standard) renumbered.
    | PUBLISHED string                            # regulationPublished
    | EFFECTIVE string                            # regulationEffective
    | REPEALED string                             # regulationRepealed
    | DOCUMENT string                             # regulationDocument
    | REPLACES old=articleRef ARROW article=ident # replacesMember
    // General parts for this regulation's violations only, laid over the standard's.
    | USES ident (COMMA ident)*                   # regulationUses
    ;

articleDecl
    : ARTICLE ident number=string text=string articleBody?
    ;

violationDecl
    : VIOLATION codeRange title=string LBRACE violationMember* RBRACE
    ;

// Levels of law and higher law (行政处罚法第九条至第十四条): what a party is, and what an
// article of a higher regulation allows, for a lower one that implements it.
partyKind
    : PERSON
    | ORGANIZATION
    ;

articleBody
    : LBRACE articleBodyMember* RBRACE
    ;

articleBodyMember
    : FACT ident label=string? COLON factType           # articleFact
    | STATUTE LBRACE statuteClause* RBRACE              # articleStatute
    ;

codeRange
    : from=code (RANGE to=code)?
    ;

code
    : ID
    | NUMBER
    ;

violationMember
    : TEXT string                                      # violationText
    | BASIS articleRef                                 # basisMember
    | DUTY articleRef (COMMA articleRef)*              # dutyMember
    | FACT ident label=string? COLON factType          # factMember
    | STATUTE LBRACE statuteClause* RBRACE             # statuteMember
    | tierDecl                                         # tierInViolation
    | suppression                                      # violationSuppression
    | testCase                                         # caseMember
    | IMPLEMENTS articleRef (COMMA articleRef)*        # implementsMember
    | EXCLUSIVE ident (COMMA ident)* message=string?     # exclusiveMember
    | REFER kind=(ENDS | BESIDE) string (WHEN condition)?  # referralMember
    // A named circumstance (情节): a condition written once, used by name wherever a condition is.
    | CIRCUMSTANCE ident label=string? ASSIGN condition SEMI?   # namedCircumstanceMember
    ;

// A test case beside the rules: facts, and the tier (and optionally the sanctions) expected.
testCase
    : CASE name=string (AT at=code)? LBRACE (caseFact (COMMA | SEMI)?)* RBRACE
      EXPECT expected=code (LBRACE (sanction SEMI?)* RBRACE)?
    // Only the sanctions named are checked; the decision may have more.
    | CASE name=string (AT at=code)? LBRACE (caseFact (COMMA | SEMI)?)* RBRACE
      EXPECT expected=code PARTIALLY LBRACE (sanction SEMI?)* RBRACE
    // With the general part (总则, §18): circumstances, dates and a proposed fine of the case; the
    // verdict, the sanctions after the general part, the options offered and procedure flags.
    | CASE name=string (AT at=code)? LBRACE (caseFact (COMMA | SEMI)?)* RBRACE
      GENERAL LBRACE (caseGeneral (COMMA | SEMI)?)* RBRACE
      EXPECT expected=code (VERDICT verdict=ident)? (PARTIALLY? LBRACE (sanction SEMI?)* RBRACE)?
      caseExpectation*
    ;

caseGeneral
    : ACT date=string                  # caseAct
    | DISCOVERED date=string           # caseDiscovered
    | FINE NUMBER                      # caseFine
    | (ident | label=string)           # caseCircumstance   // by id or label
    ;

caseExpectation
    : OPTION effect=ident SEMI?                     # caseOption
    | PROCEDURE kind=ident status=ident SEMI?       # caseProcedure
    ;

caseFact
    : ident ASSIGN value
    | ident EQ value       // the comparison of conditions, accepted in cases too
    ;

// A finding of the named check is accepted here, for the reason given.
suppression
    : SUPPRESS check=string reason=string
    ;

articleRef
    : (regulation=ident DOT)? article=ident
    ;

factType
    : ENUM LBRACE enumValue (COMMA enumValue)* COMMA? RBRACE   # enumType
    | BOOL                                                     # boolType
    | AMOUNT                                                   # amountType
    | INT                                                      # intType
    ;

enumValue
    : ident string
    ;

statuteClause
    : sanction (WHEN condition)? SEMI?
    ;

tierDecl
    : TIER code circumstance=string (WHEN condition | OTHERWISE) LBRACE tierMember* RBRACE
    ;

tierMember
    : sanction (WHEN condition)? SEMI?   # sanctionMember   // when: imposed only where it holds
    | TEXT string          # tierText
    | PRIORITY NUMBER      # tierPriority
    | MITIGATED string     # tierMitigated
    | suppression          # tierSuppression
    ;

sanction
    : OPTIONAL? sanctionBody
    ;

sanctionBody
    : WARNING                                            # warning
    | CRITICISM                                          # criticism
    | ORDER string                                       # order
    | FINE ident (COMMA ident)* EACH? amountRange (per=(TIMES | OF) fact=ident)?   # fine
    | CONFISCATE string                                  # confiscate
    | DETAIN ident amountRange DAYS? UNEXECUTED?         # detain
    | LICENCE action=(SUSPEND | REVOKE) string           # licence
    | SUSPENSION string                                  # suspension
    | REFER string                                       # refer
    | EXEMPT string (BASIS articleRef (COMMA articleRef)*)?   # exempt
    | EITHER sanctionBody (OR sanctionBody)+             # either
    ;

amountRange
    : low=bound RANGE high=bound?        # closedOrLowerRange
    | RANGE high=bound                   # upperRange
    | exact=bound                        # exactAmount
    ;

bound
    : NUMBER
    | PERCENT
    ;

condition
    : NOT condition                                         # notCondition
    | condition AND condition                               # andCondition
    | condition OR condition                                # orCondition
    | LPAREN condition RPAREN                               # parenCondition
    | ident op=(EQ | NE | LT | LE | GT | GE) value          # compareCondition
    | ident NOT? IN LBRACE value (COMMA value)* RBRACE      # inCondition
    | ident                                                 # factCondition
    | ident ASSIGN value                                    # assignCompareCondition
    ;

value
    : ident                # nameValue
    | string               # labelValue
    | NUMBER               # numberValue
    | TRUE                 # trueValue
    | FALSE                # falseValue
    ;

string
    : STRING
    | TEXT_BLOCK
    ;

// Keywords that only start a member may also be used as names.
ident
    : ID
    | AUTHORITY | REGION | EFFECTIVE | PARTY | REGULATION | ARTICLE | VIOLATION | STANDARD
    | TEXT | BASIS | DUTY | FACT | STATUTE | TIER | ENUM | BOOL | AMOUNT | INT
    | WARNING | CRITICISM | ORDER | FINE | CONFISCATE | DETAIN | LICENCE | SUSPEND | REVOKE
    | SUSPENSION | REFER | EXEMPT | EITHER | OPTIONAL | SUPPRESS | PRIORITY | MITIGATED
    | CASE | AT | EXPECT | TIMES | OF | DAYS | EACH
    | LEVEL | IMPLEMENTS | PERSON | ORGANIZATION
    | PUBLISHED | REPEALED | DOCUMENT | SUPERSEDES | REPLACES
    | EXCLUSIVE
    | ENDS | BESIDE
    | GENERAL | USES | CIRCUMSTANCE | EFFECT | ADJUST | LOWER | UPPER | FLOOR | COMBINE | LIMITATION | YEARS | MONTHS | PROCEDURE | FOR
    | PARTIALLY
    | ACT | DISCOVERED | VERDICT | OPTION | UNEXECUTED | IMPLIES
    ;

STANDARD   : 'standard' ;
AUTHORITY  : 'authority' ;
REGION     : 'region' ;
EFFECTIVE  : 'effective' ;
PARTY      : 'party' ;
REGULATION : 'regulation' ;
ARTICLE    : 'article' ;
VIOLATION  : 'violation' ;
TEXT       : 'text' ;
BASIS      : 'basis' ;
DUTY       : 'duty' ;
FACT       : 'fact' ;
STATUTE    : 'statute' ;
TIER       : 'tier' ;
WHEN       : 'when' ;
OTHERWISE  : 'otherwise' ;
ENUM       : 'enum' ;
BOOL       : 'bool' ;
AMOUNT     : 'amount' ;
INT        : 'int' ;
WARNING    : 'warning' ;
CRITICISM  : 'criticism' ;
ORDER      : 'order' ;
FINE       : 'fine' ;
EACH       : 'each' ;
TIMES      : 'times' ;
OF         : 'of' ;
CONFISCATE : 'confiscate' ;
DETAIN     : 'detain' ;
DAYS       : 'days' ;
LICENCE    : 'licence' ;
SUSPEND    : 'suspend' ;
REVOKE     : 'revoke' ;
SUSPENSION : 'suspension' ;
REFER      : 'refer' ;
EXEMPT     : 'exempt' ;
EITHER     : 'either' ;
OPTIONAL   : 'optional' ;
SUPPRESS   : 'suppress' ;
PRIORITY   : 'priority' ;
MITIGATED  : 'mitigated' ;
CASE       : 'case' ;
AT         : 'at' ;
EXPECT     : 'expect' ;
LEVEL        : 'level' ;
FINE_LIMIT   : 'fine-limit' ;
IMPLEMENTS   : 'implements' ;
PERSON       : 'person' ;
ORGANIZATION : 'organization' ;
EXCLUSIVE  : 'exclusive' ;
ENDS       : 'ends' ;
BESIDE     : 'beside' ;
AND        : 'and' ;
OR         : 'or' ;
NOT        : 'not' ;
IN         : 'in' ;
TRUE       : 'true' ;
FALSE      : 'false' ;
PUBLISHED  : 'published' ;
REPEALED   : 'repealed' ;
DOCUMENT   : 'document' ;
SUPERSEDES : 'supersedes' ;
REPLACES   : 'replaces' ;
GENERAL      : 'general' ;
USES         : 'uses' ;
CIRCUMSTANCE : 'circumstance' ;
EFFECT       : 'effect' ;
ADJUST       : 'adjust' ;
LOWER        : 'lower' ;
UPPER        : 'upper' ;
FLOOR        : 'floor' ;
COMBINE      : 'combine' ;
LIMITATION   : 'limitation' ;
YEARS        : 'years' ;
MONTHS       : 'months' ;
PROCEDURE    : 'procedure' ;
FOR          : 'for' ;
PARTIALLY    : 'partially' ;
ACT          : 'act' ;
DISCOVERED   : 'discovered' ;
VERDICT      : 'verdict' ;
OPTION       : 'option' ;
UNEXECUTED   : 'unexecuted' ;
IMPLIES      : 'implies' ;

LBRACE : '{' ;
RBRACE : '}' ;
LPAREN : '(' ;
RPAREN : ')' ;
COMMA  : ',' ;
SEMI   : ';' ;
COLON  : ':' ;
RANGE  : '..' ;
DOT    : '.' ;
EQ     : '==' ;
ASSIGN : '=' ;
NE     : '!=' ;
LE     : '<=' ;
GE     : '>=' ;
LT     : '<' ;
GT     : '>' ;
ARROW  : '->' ;

// A text block runs to the closing quotes, or to the end of the file (then the model builder
// reports it as unterminated, at its start, instead of a cascade of errors).
TEXT_BLOCK : '"""' .*? ('"""' | EOF) ;
// Likewise a string without its closing quote ends at the end of its line.
STRING     : '"' (ESCAPE | ~["\\\r\n])* '"'? ;
fragment ESCAPE : '\\' ~[\r\n] ;

PERCENT : DIGITS ('.' DIGITS)? '%' ;
NUMBER  : DIGITS ('.' DIGITS)? UNIT? ;
fragment DIGITS : [0-9]+ ;
fragment UNIT : '万元' | '万' | '千元' | '千' | '百' | '元' | '亿元' | '亿' | '日' | '天' | '倍' ;

ID : [\p{L}_] [\p{L}\p{N}_]* ;

LINE_COMMENT  : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN) ;
WS            : [ \t\r\n\u000C\u00A0\u3000\uFEFF]+ -> skip ;

// Anything else becomes a token of its own, reported once by the model builder.
UNEXPECTED : . -> channel(HIDDEN) ;
