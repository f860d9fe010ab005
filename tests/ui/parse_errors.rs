//! One struct per kind of template syntax error.
use haml_runtime::Template;

#[derive(Template)]
#[template(source = "  %p")]
struct IndentedStart;

#[derive(Template)]
#[template(source = "%p
    %a
  %b")]
struct InconsistentIndent;

#[derive(Template)]
#[template(source = "%p
  %a
      %b")]
struct TooDeep;

#[derive(Template)]
#[template(source = "%p
 \t%a")]
struct TabsAndSpaces;

#[derive(Template)]
#[template(source = "%p text
  %a")]
struct NestedUnderInline;

#[derive(Template)]
#[template(source = "%br/
  x")]
struct NestedUnderSelfClosing;

#[derive(Template)]
#[template(source = "%img
  x")]
struct NestedUnderVoid;

#[derive(Template)]
#[template(source = "!!!
  %p")]
struct NestedUnderDoctype;

#[derive(Template)]
#[template(source = "/ note
  %p")]
struct NestedUnderComment;

#[derive(Template)]
#[template(source = "plain
  %p")]
struct NestedUnderText;

#[derive(Template)]
#[template(source = "%p/ text")]
struct SelfClosingContent;

#[derive(Template)]
#[template(source = "%p
%/")]
struct InvalidTag;

#[derive(Template)]
#[template(source = "%p.
")]
struct ClassWithoutName;

#[derive(Template)]
#[template(source = "%p
#")]
struct IdWithoutName;

#[derive(Template)]
#[template(source = "%a{href: x")]
struct UnclosedHash;

#[derive(Template)]
#[template(source = "%a(href=\"x\"")]
struct UnclosedHtmlAttributes;

#[derive(Template)]
#[template(source = "%p= f(x")]
struct UnclosedParen;

#[derive(Template)]
#[template(source = "%p= x]")]
struct StrayCloser;

#[derive(Template)]
#[template(source = "%p= \"abc")]
struct UnterminatedString;

#[derive(Template)]
#[template(source = "%p a #{b")]
struct UnclosedInterpolation;

#[derive(Template)]
#[template(source = "%p a #{}")]
struct EmptyInterpolation;

#[derive(Template)]
#[template(source = "%p
=")]
struct NoCode;

#[derive(Template)]
#[template(source = "- else
  x")]
struct ElseWithoutIf;

#[derive(Template)]
#[template(source = ":markdown
  # x")]
struct UnknownFilter;

#[derive(Template)]
#[template(source = ":no-pe")]
struct InvalidFilterName;

#[derive(Template)]
#[template(source = "- items.each do |item|
  = item")]
struct RubyBlock;

#[derive(Template)]
#[template(source = "- if a
  x
- elsif b
  y")]
struct RubyElsif;

#[derive(Template)]
#[template(source = "- end")]
struct RubyEnd;

#[derive(Template)]
#[template(source = "%div[@user]")]
struct ObjectReference;

#[derive(Template)]
#[template(source = "!!! Basic")]
struct InvalidDoctype;

#[derive(Template)]
#[template(source = "%a{title: \"\\q\"}")]
struct BadEscape;

#[derive(Template)]
#[template(source = "%p
  - Some(x) =>")]
struct ArmOutsideMatch;

fn main() {}
