//! The pest parser of one line of HAML, generated from `haml.pest` by
//! `pest_generator` (what `#[derive(pest_derive::Parser)]` expands to) and
//! committed, so that users compile neither `pest_derive` nor `pest_meta`.
//! Do not edit: `tests/generated_parser.rs` fails when this differs from
//! what the grammar generates, and `HAML_BLESS=1` writes it again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unreachable_pub)]
#![allow(non_camel_case_types, unused_qualifications, dead_code)]

/// The pest parser for one line of HAML (see `haml.pest`).
pub(crate) struct HamlParser;

#[allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub enum Rule {
    ///End-of-input
    EOI,
    r#hws,
    r#code_plain,
    r#code_word,
    r#nl,
    r#nl_char,
    r#line_char,
    r#lws,
    r#eol,
    r#ident_char,
    r#rest_of_line,
    r#line_run,
    r#run_line,
    r#line,
    r#doctype,
    r#doctype_keyword,
    r#silent_comment,
    r#html_comment,
    r#comment_revealed,
    r#comment_condition,
    r#condition_text,
    r#unclosed_condition,
    r#filter_head,
    r#filter_name,
    r#filter_name_error,
    r#output_line,
    r#output_op,
    r#text_line,
    r#text_mode_interp,
    r#text_mode_flag,
    r#element,
    r#tag_name,
    r#missing_tag_name,
    r#shortcut,
    r#class_shortcut,
    r#id_shortcut,
    r#shortcut_name,
    r#missing_shortcut_name,
    r#attribute_groups,
    r#object_reference_error,
    r#whitespace_removal,
    r#element_tail,
    r#self_closing,
    r#self_closing_content_error,
    r#hash_attributes,
    r#hash_error,
    r#hash_entry,
    r#hash_key,
    r#symbol_key,
    r#ident_key,
    r#quoted_key,
    r#key_text,
    r#key_text_single,
    r#hash_value,
    r#value_end,
    r#nested_hash,
    r#double_quoted,
    r#string_escape,
    r#string_text,
    r#single_quoted,
    r#single_escape,
    r#single_text,
    r#value_code,
    r#html_attributes,
    r#html_attributes_error,
    r#html_attribute,
    r#html_attribute_name,
    r#html_attribute_value,
    r#html_double_quoted,
    r#html_double_text,
    r#html_single_quoted,
    r#html_single_text,
    r#html_escape,
    r#html_variable,
    r#html_value_error,
    r#rust_line,
    r#rust_statement,
    r#keyword_end,
    r#statement_if,
    r#statement_else_if,
    r#statement_else,
    r#else_error,
    r#statement_for,
    r#for_pattern,
    r#for_error,
    r#statement_while,
    r#statement_match,
    r#statement_loop,
    r#statement_let,
    r#statement_arm,
    r#arm_pattern,
    r#arm_plain,
    r#statement_plain,
    r#statement_include,
    r#include_path,
    r#include_path_text,
    r#include_error,
    r#line_code,
    r#code_continuation,
    r#stray_closer_error,
    r#code_token,
    r#code_group,
    r#nested_code,
    r#unclosed_bracket_error,
    r#string_literal,
    r#unterminated_string_error,
    r#raw_string,
    r#char_literal,
    r#text,
    r#escaped_interpolation,
    r#backslashes_before_interpolation,
    r#interpolation,
    r#interpolation_code,
    r#unclosed_interpolation_error,
    r#literal_text,
    r#filter_body,
}
impl Rule {
    pub fn all_rules() -> &'static [Rule] {
        &[
            Rule::r#hws,
            Rule::r#code_plain,
            Rule::r#code_word,
            Rule::r#nl,
            Rule::r#nl_char,
            Rule::r#line_char,
            Rule::r#lws,
            Rule::r#eol,
            Rule::r#ident_char,
            Rule::r#rest_of_line,
            Rule::r#line_run,
            Rule::r#run_line,
            Rule::r#line,
            Rule::r#doctype,
            Rule::r#doctype_keyword,
            Rule::r#silent_comment,
            Rule::r#html_comment,
            Rule::r#comment_revealed,
            Rule::r#comment_condition,
            Rule::r#condition_text,
            Rule::r#unclosed_condition,
            Rule::r#filter_head,
            Rule::r#filter_name,
            Rule::r#filter_name_error,
            Rule::r#output_line,
            Rule::r#output_op,
            Rule::r#text_line,
            Rule::r#text_mode_interp,
            Rule::r#text_mode_flag,
            Rule::r#element,
            Rule::r#tag_name,
            Rule::r#missing_tag_name,
            Rule::r#shortcut,
            Rule::r#class_shortcut,
            Rule::r#id_shortcut,
            Rule::r#shortcut_name,
            Rule::r#missing_shortcut_name,
            Rule::r#attribute_groups,
            Rule::r#object_reference_error,
            Rule::r#whitespace_removal,
            Rule::r#element_tail,
            Rule::r#self_closing,
            Rule::r#self_closing_content_error,
            Rule::r#hash_attributes,
            Rule::r#hash_error,
            Rule::r#hash_entry,
            Rule::r#hash_key,
            Rule::r#symbol_key,
            Rule::r#ident_key,
            Rule::r#quoted_key,
            Rule::r#key_text,
            Rule::r#key_text_single,
            Rule::r#hash_value,
            Rule::r#value_end,
            Rule::r#nested_hash,
            Rule::r#double_quoted,
            Rule::r#string_escape,
            Rule::r#string_text,
            Rule::r#single_quoted,
            Rule::r#single_escape,
            Rule::r#single_text,
            Rule::r#value_code,
            Rule::r#html_attributes,
            Rule::r#html_attributes_error,
            Rule::r#html_attribute,
            Rule::r#html_attribute_name,
            Rule::r#html_attribute_value,
            Rule::r#html_double_quoted,
            Rule::r#html_double_text,
            Rule::r#html_single_quoted,
            Rule::r#html_single_text,
            Rule::r#html_escape,
            Rule::r#html_variable,
            Rule::r#html_value_error,
            Rule::r#rust_line,
            Rule::r#rust_statement,
            Rule::r#keyword_end,
            Rule::r#statement_if,
            Rule::r#statement_else_if,
            Rule::r#statement_else,
            Rule::r#else_error,
            Rule::r#statement_for,
            Rule::r#for_pattern,
            Rule::r#for_error,
            Rule::r#statement_while,
            Rule::r#statement_match,
            Rule::r#statement_loop,
            Rule::r#statement_let,
            Rule::r#statement_arm,
            Rule::r#arm_pattern,
            Rule::r#arm_plain,
            Rule::r#statement_plain,
            Rule::r#statement_include,
            Rule::r#include_path,
            Rule::r#include_path_text,
            Rule::r#include_error,
            Rule::r#line_code,
            Rule::r#code_continuation,
            Rule::r#stray_closer_error,
            Rule::r#code_token,
            Rule::r#code_group,
            Rule::r#nested_code,
            Rule::r#unclosed_bracket_error,
            Rule::r#string_literal,
            Rule::r#unterminated_string_error,
            Rule::r#raw_string,
            Rule::r#char_literal,
            Rule::r#text,
            Rule::r#escaped_interpolation,
            Rule::r#backslashes_before_interpolation,
            Rule::r#interpolation,
            Rule::r#interpolation_code,
            Rule::r#unclosed_interpolation_error,
            Rule::r#literal_text,
            Rule::r#filter_body,
        ]
    }
}
#[allow(clippy::all)]
impl ::pest::Parser<Rule> for HamlParser {
    fn parse<'i>(
        rule: Rule,
        input: &'i str,
    ) -> ::std::result::Result<
        ::pest::iterators::Pairs<'i, Rule>,
        ::pest::error::Error<Rule>,
    > {
        mod rules {
            #![allow(clippy::upper_case_acronyms)]
            pub mod hidden {
                use super::super::Rule;
                #[inline]
                #[allow(dead_code, non_snake_case, unused_variables)]
                pub fn skip(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    Ok(state)
                }
            }
            pub mod visible {
                use super::super::Rule;
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#hws(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .match_range(' '..' ')
                        .or_else(|state| { state.match_range('\t'..'\t') })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#code_plain(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#code_plain,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('c'..'q')
                                                                .or_else(|state| { state.match_range('s'..'z') })
                                                                .or_else(|state| { state.match_range('a'..'a') })
                                                                .or_else(|state| { state.match_range('A'..'Z') })
                                                                .or_else(|state| { state.match_range('_'..'_') })
                                                                .or_else(|state| { state.match_range('0'..'9') })
                                                                .and_then(|state| {
                                                                    state.repeat(|state| { self::r#XID_CONTINUE(state) })
                                                                })
                                                        })
                                                        .or_else(|state| { state.match_range(' '..'!') })
                                                        .or_else(|state| { state.match_range('-'..'/') })
                                                        .or_else(|state| { state.match_range(':'..'@') })
                                                        .or_else(|state| { state.match_range('#'..'&') })
                                                        .or_else(|state| { state.match_range('*'..'+') })
                                                        .or_else(|state| { state.match_range('|'..'|') })
                                                        .or_else(|state| { state.match_range('^'..'^') })
                                                        .or_else(|state| { state.match_range('~'..'~') })
                                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_range('c'..'q')
                                                                                .or_else(|state| { state.match_range('s'..'z') })
                                                                                .or_else(|state| { state.match_range('a'..'a') })
                                                                                .or_else(|state| { state.match_range('A'..'Z') })
                                                                                .or_else(|state| { state.match_range('_'..'_') })
                                                                                .or_else(|state| { state.match_range('0'..'9') })
                                                                                .and_then(|state| {
                                                                                    state.repeat(|state| { self::r#XID_CONTINUE(state) })
                                                                                })
                                                                        })
                                                                        .or_else(|state| { state.match_range(' '..'!') })
                                                                        .or_else(|state| { state.match_range('-'..'/') })
                                                                        .or_else(|state| { state.match_range(':'..'@') })
                                                                        .or_else(|state| { state.match_range('#'..'&') })
                                                                        .or_else(|state| { state.match_range('*'..'+') })
                                                                        .or_else(|state| { state.match_range('|'..'|') })
                                                                        .or_else(|state| { state.match_range('^'..'^') })
                                                                        .or_else(|state| { state.match_range('~'..'~') })
                                                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#code_word(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#code_word,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('c'..'q')
                                                        .or_else(|state| { state.match_range('s'..'z') })
                                                        .or_else(|state| { state.match_range('a'..'a') })
                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                        .or_else(|state| { state.match_range('0'..'9') })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#XID_CONTINUE(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#nl(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .match_range('\n'..'\n')
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    state
                                        .match_range('\r'..'\r')
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state.optional(|state| { state.match_range('\n'..'\n') })
                                        })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#nl_char(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .match_range('\n'..'\n')
                        .or_else(|state| { state.match_range('\r'..'\r') })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#line_char(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .match_range('\u{e}'..'\u{10ffff}')
                        .or_else(|state| { state.match_range('\0'..'\t') })
                        .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#lws(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .optional(|state| {
                                    state
                                        .match_range(' '..' ')
                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                        .or_else(|state| { self::r#nl(state) })
                                        .and_then(|state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            super::hidden::skip(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .match_range(' '..' ')
                                                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                                                        .or_else(|state| { self::r#nl(state) })
                                                                })
                                                        })
                                                })
                                        })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#eol(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .lookahead(
                            true,
                            |state| {
                                self::r#nl_char(state)
                                    .or_else(|state| { self::r#EOI(state) })
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#ident_char(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .match_range('a'..'z')
                        .or_else(|state| { state.match_range('A'..'Z') })
                        .or_else(|state| { state.match_range('0'..'9') })
                        .or_else(|state| { state.match_range('_'..'_') })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#rest_of_line(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#rest_of_line,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#line_run(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#line_run,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .repeat(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .match_range(' '..' ')
                                                                                .or_else(|state| { state.match_range('\t'..'\t') })
                                                                        })
                                                                        .and_then(|state| { self::r#run_line(state) })
                                                                        .and_then(|state| { self::r#nl(state) })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .repeat(|state| {
                                                                                    state
                                                                                        .match_range(' '..' ')
                                                                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .sequence(|state| {
                                                                                            self::r#run_line(state)
                                                                                                .and_then(|state| { self::r#EOI(state) })
                                                                                        })
                                                                                        .or_else(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    state
                                                                                                        .lookahead(
                                                                                                            true,
                                                                                                            |state| {
                                                                                                                state
                                                                                                                    .match_range(':'..':')
                                                                                                                    .or_else(|state| { state.match_string("-#") })
                                                                                                            },
                                                                                                        )
                                                                                                        .and_then(|state| { self::r#line(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#run_line(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .optional(|state| {
                            state
                                .sequence(|state| {
                                    state
                                        .lookahead(
                                            false,
                                            |state| {
                                                self::r#nl_char(state)
                                                    .or_else(|state| { self::r#EOI(state) })
                                                    .or_else(|state| { state.match_range(':'..':') })
                                                    .or_else(|state| { state.match_string("-#") })
                                            },
                                        )
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { self::r#line(state) })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#line(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#line,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .lookahead(
                                                            true,
                                                            |state| {
                                                                state
                                                                    .match_range('%'..'%')
                                                                    .or_else(|state| { state.match_range('.'..'.') })
                                                                    .or_else(|state| {
                                                                        state
                                                                            .sequence(|state| {
                                                                                state
                                                                                    .match_range('#'..'#')
                                                                                    .and_then(|state| {
                                                                                        state
                                                                                            .lookahead(
                                                                                                false,
                                                                                                |state| {
                                                                                                    state
                                                                                                        .match_range('{'..'{')
                                                                                                        .or_else(|state| { state.match_range('@'..'@') })
                                                                                                        .or_else(|state| { state.match_range('$'..'$') })
                                                                                                },
                                                                                            )
                                                                                    })
                                                                            })
                                                                    })
                                                            },
                                                        )
                                                        .and_then(|state| { self::r#element(state) })
                                                })
                                                .or_else(|state| { self::r#rust_line(state) })
                                                .or_else(|state| { self::r#doctype(state) })
                                                .or_else(|state| { self::r#silent_comment(state) })
                                                .or_else(|state| { self::r#html_comment(state) })
                                                .or_else(|state| { self::r#filter_head(state) })
                                                .or_else(|state| { self::r#output_line(state) })
                                                .or_else(|state| { self::r#text_line(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#doctype(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#doctype,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("!!!")
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#doctype_keyword(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#doctype_keyword(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#doctype_keyword,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#silent_comment(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#silent_comment,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("-#")
                                                        .and_then(|state| { self::r#rest_of_line(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_comment(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_comment,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('/'..'/')
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state.optional(|state| { self::r#comment_revealed(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state.optional(|state| { self::r#comment_condition(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#text(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#comment_revealed(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#comment_revealed,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('!'..'!')
                                                        .and_then(|state| {
                                                            state
                                                                .lookahead(true, |state| { state.match_range('['..'[') })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#comment_condition(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#comment_condition,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('['..'[')
                                                        .and_then(|state| { self::r#condition_text(state) })
                                                        .and_then(|state| { state.match_range(']'..']') })
                                                })
                                                .or_else(|state| { self::r#unclosed_condition(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#condition_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#condition_text,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('['..'[')
                                                                .and_then(|state| { self::r#condition_text(state) })
                                                                .and_then(|state| { state.match_range(']'..']') })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .lookahead(
                                                                            false,
                                                                            |state| {
                                                                                state
                                                                                    .match_range('['..'[')
                                                                                    .or_else(|state| { state.match_range(']'..']') })
                                                                                    .or_else(|state| { self::r#nl(state) })
                                                                            },
                                                                        )
                                                                        .and_then(|state| { self::r#ANY(state) })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#unclosed_condition(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#unclosed_condition,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('['..'[')
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#line_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#filter_head(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#filter_head,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range(':'..':')
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    self::r#filter_name(state)
                                                                        .and_then(|state| {
                                                                            state.repeat(|state| { self::r#hws(state) })
                                                                        })
                                                                        .and_then(|state| { self::r#eol(state) })
                                                                })
                                                                .or_else(|state| { self::r#filter_name_error(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#filter_name(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#filter_name,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#ident_char(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#ident_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#filter_name_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#filter_name_error,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#output_line(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#output_line,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#output_op(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#line_code(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#output_op(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#output_op,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("&=")
                                                        .and_then(|state| {
                                                            state
                                                                .lookahead(false, |state| { state.match_range('='..'=') })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_string("!=")
                                                                .and_then(|state| {
                                                                    state
                                                                        .lookahead(false, |state| { state.match_range('='..'=') })
                                                                })
                                                        })
                                                })
                                                .or_else(|state| { state.match_string("&~") })
                                                .or_else(|state| { state.match_string("!~") })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('='..'=')
                                                                .and_then(|state| {
                                                                    state
                                                                        .lookahead(false, |state| { state.match_range('='..'=') })
                                                                })
                                                        })
                                                })
                                                .or_else(|state| { state.match_range('~'..'~') })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#text_line(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#text_line,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#text_mode_interp(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#text(state) })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            self::r#text_mode_flag(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .lookahead(
                                                                            true,
                                                                            |state| {
                                                                                self::r#hws(state)
                                                                                    .or_else(|state| { state.match_string("#{") })
                                                                            },
                                                                        )
                                                                })
                                                                .and_then(|state| {
                                                                    state.repeat(|state| { self::r#hws(state) })
                                                                })
                                                                .and_then(|state| { self::r#text(state) })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('\\'..'\\')
                                                                .and_then(|state| { self::r#text(state) })
                                                        })
                                                })
                                                .or_else(|state| { self::r#text(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#text_mode_interp(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#text_mode_interp,
                                        |state| {
                                            state
                                                .match_string("&==")
                                                .or_else(|state| { state.match_string("!==") })
                                                .or_else(|state| { state.match_string("==") })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#text_mode_flag(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#text_mode_flag,
                                        |state| {
                                            state
                                                .match_range('&'..'&')
                                                .or_else(|state| { state.match_range('!'..'!') })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#element(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#element,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('%'..'%')
                                                                .and_then(|state| {
                                                                    self::r#tag_name(state)
                                                                        .or_else(|state| { self::r#missing_tag_name(state) })
                                                                })
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(
                                                                                            true,
                                                                                            |state| {
                                                                                                state
                                                                                                    .match_range('.'..'.')
                                                                                                    .or_else(|state| { state.match_range('#'..'#') })
                                                                                            },
                                                                                        )
                                                                                        .and_then(|state| { self::r#shortcut(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    self::r#shortcut(state)
                                                                        .and_then(|state| {
                                                                            state.repeat(|state| { self::r#shortcut(state) })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .lookahead(
                                                                                    true,
                                                                                    |state| {
                                                                                        state
                                                                                            .match_range('{'..'{')
                                                                                            .or_else(|state| { state.match_range('('..'(') })
                                                                                            .or_else(|state| { state.match_range('['..'[') })
                                                                                    },
                                                                                )
                                                                                .and_then(|state| { self::r#attribute_groups(state) })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .lookahead(
                                                                                    true,
                                                                                    |state| {
                                                                                        state
                                                                                            .match_range('<'..'<')
                                                                                            .or_else(|state| { state.match_range('>'..'>') })
                                                                                    },
                                                                                )
                                                                                .and_then(|state| { self::r#whitespace_removal(state) })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { self::r#element_tail(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#tag_name(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#tag_name,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('a'..'z')
                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                        .or_else(|state| { state.match_range('0'..':') })
                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .match_range('a'..'z')
                                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                                        .or_else(|state| { state.match_range('0'..':') })
                                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#missing_tag_name(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#missing_tag_name,
                                        |state| { state.match_string("") },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#shortcut(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    self::r#class_shortcut(state)
                        .or_else(|state| { self::r#id_shortcut(state) })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#class_shortcut(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#class_shortcut,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('.'..'.')
                                                        .and_then(|state| {
                                                            self::r#shortcut_name(state)
                                                                .or_else(|state| { self::r#missing_shortcut_name(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#id_shortcut(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#id_shortcut,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('#'..'#')
                                                        .and_then(|state| {
                                                            self::r#shortcut_name(state)
                                                                .or_else(|state| { self::r#missing_shortcut_name(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#shortcut_name(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#shortcut_name,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('a'..'z')
                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                        .or_else(|state| { state.match_range('0'..':') })
                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                        .or_else(|state| { state.match_range('@'..'@') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .match_range('a'..'z')
                                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                                        .or_else(|state| { state.match_range('0'..':') })
                                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                                        .or_else(|state| { state.match_range('@'..'@') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#missing_shortcut_name(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#missing_shortcut_name,
                                        |state| { state.match_string("") },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#attribute_groups(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .optional(|state| { self::r#object_reference_error(state) })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .optional(|state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#hash_attributes(state)
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| {
                                                            state.optional(|state| { self::r#html_attributes(state) })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            self::r#html_attributes(state)
                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                .and_then(|state| {
                                                                    state.optional(|state| { self::r#hash_attributes(state) })
                                                                })
                                                        })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .optional(|state| { self::r#object_reference_error(state) })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#object_reference_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#object_reference_error,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('['..'[')
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#line_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#whitespace_removal(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#whitespace_removal,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('<'..'<')
                                                        .and_then(|state| {
                                                            state.optional(|state| { state.match_range('>'..'>') })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('>'..'>')
                                                                .and_then(|state| {
                                                                    state.optional(|state| { state.match_range('<'..'<') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#element_tail(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .sequence(|state| {
                            state
                                .sequence(|state| {
                                    self::r#hws(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .optional(|state| {
                                                            self::r#hws(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    super::hidden::skip(state)
                                                                                        .and_then(|state| { self::r#hws(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { self::r#text(state) })
                        })
                        .or_else(|state| { self::r#eol(state) })
                        .or_else(|state| { self::r#self_closing(state) })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#text_mode_interp(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .optional(|state| {
                                                            self::r#hws(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    super::hidden::skip(state)
                                                                                        .and_then(|state| { self::r#hws(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { self::r#text(state) })
                                })
                        })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#output_op(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .optional(|state| {
                                                            self::r#hws(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    super::hidden::skip(state)
                                                                                        .and_then(|state| { self::r#hws(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { self::r#line_code(state) })
                                })
                        })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    state
                                        .optional(|state| { self::r#text_mode_flag(state) })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .optional(|state| {
                                                            self::r#hws(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    super::hidden::skip(state)
                                                                                        .and_then(|state| { self::r#hws(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { self::r#text(state) })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#self_closing(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#self_closing,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('/'..'/')
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| {
                                                            self::r#eol(state)
                                                                .or_else(|state| {
                                                                    self::r#self_closing_content_error(state)
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#self_closing_content_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#self_closing_content_error,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#line_char(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#line_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#hash_attributes(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#hash_attributes,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('{'..'{')
                                                        .and_then(|state| { self::r#lws(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            self::r#hash_entry(state)
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    state
                                                                                                        .repeat(|state| { self::r#hws(state) })
                                                                                                        .and_then(|state| { state.match_range(','..',') })
                                                                                                        .and_then(|state| { self::r#lws(state) })
                                                                                                        .and_then(|state| { self::r#hash_entry(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .optional(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    state
                                                                                                        .repeat(|state| { self::r#hws(state) })
                                                                                                        .and_then(|state| { state.match_range(','..',') })
                                                                                                        .and_then(|state| { self::r#lws(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .match_range('}'..'}')
                                                                .or_else(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            self::r#lws(state)
                                                                                .and_then(|state| { state.match_range('}'..'}') })
                                                                        })
                                                                })
                                                                .or_else(|state| { self::r#hash_error(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#hash_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#hash_error,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#hash_entry(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#hash_entry,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#hash_key(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#hash_value(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#hash_key(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .sequence(|state| {
                            self::r#ident_key(state)
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { state.match_range(':'..':') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .lookahead(false, |state| { state.match_range(':'..':') })
                                })
                        })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#symbol_key(state)
                                        .or_else(|state| { self::r#quoted_key(state) })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .optional(|state| {
                                                            self::r#hws(state)
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    super::hidden::skip(state)
                                                                                        .and_then(|state| { self::r#hws(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { state.match_string("=>") })
                                })
                        })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#quoted_key(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { state.match_range(':'..':') })
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state
                                                .lookahead(false, |state| { state.match_range(':'..':') })
                                        })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#symbol_key(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#symbol_key,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range(':'..':')
                                                        .and_then(|state| { self::r#ident_key(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#ident_key(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#ident_key,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('a'..'z')
                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .match_range('a'..'z')
                                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                                        .or_else(|state| { state.match_range('0'..'9') })
                                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#quoted_key(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#quoted_key,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('"'..'"')
                                                        .and_then(|state| { self::r#key_text(state) })
                                                        .and_then(|state| { state.match_range('"'..'"') })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('\''..'\'')
                                                                .and_then(|state| { self::r#key_text_single(state) })
                                                                .and_then(|state| { state.match_range('\''..'\'') })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#key_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#key_text,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(
                                                                    false,
                                                                    |state| {
                                                                        state
                                                                            .match_range('"'..'"')
                                                                            .or_else(|state| { state.match_range('\\'..'\\') })
                                                                            .or_else(|state| { self::r#nl(state) })
                                                                    },
                                                                )
                                                                .and_then(|state| { self::r#ANY(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#key_text_single(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#key_text_single,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(
                                                                    false,
                                                                    |state| {
                                                                        state
                                                                            .match_range('\''..'\'')
                                                                            .or_else(|state| { state.match_range('\\'..'\\') })
                                                                            .or_else(|state| { self::r#nl(state) })
                                                                    },
                                                                )
                                                                .and_then(|state| { self::r#ANY(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#hash_value(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    self::r#nested_hash(state)
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#double_quoted(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state.lookahead(true, |state| { self::r#value_end(state) })
                                        })
                                })
                        })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#single_quoted(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| {
                                            state.lookahead(true, |state| { self::r#value_end(state) })
                                        })
                                })
                        })
                        .or_else(|state| { self::r#value_code(state) })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#value_end(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .sequence(|state| {
                            state
                                .sequence(|state| {
                                    state
                                        .optional(|state| {
                                            self::r#hws(state)
                                                .and_then(|state| {
                                                    state
                                                        .repeat(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    super::hidden::skip(state)
                                                                        .and_then(|state| { self::r#hws(state) })
                                                                })
                                                        })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .match_range(','..',')
                                        .or_else(|state| { state.match_range('}'..'}') })
                                })
                        })
                        .or_else(|state| {
                            state
                                .sequence(|state| {
                                    self::r#lws(state)
                                        .and_then(|state| { super::hidden::skip(state) })
                                        .and_then(|state| { state.match_range('}'..'}') })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#nested_hash(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#nested_hash,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('{'..'{')
                                                        .and_then(|state| { self::r#lws(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            self::r#hash_entry(state)
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    state
                                                                                                        .repeat(|state| { self::r#hws(state) })
                                                                                                        .and_then(|state| { state.match_range(','..',') })
                                                                                                        .and_then(|state| { self::r#lws(state) })
                                                                                                        .and_then(|state| { self::r#hash_entry(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .optional(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    state
                                                                                                        .repeat(|state| { self::r#hws(state) })
                                                                                                        .and_then(|state| { state.match_range(','..',') })
                                                                                                        .and_then(|state| { self::r#lws(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { self::r#lws(state) })
                                                        .and_then(|state| { state.match_range('}'..'}') })
                                                        .and_then(|state| {
                                                            state.lookahead(true, |state| { self::r#value_end(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#double_quoted(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#double_quoted,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('"'..'"')
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('"'..'"') })
                                                                                .and_then(|state| {
                                                                                    self::r#string_text(state)
                                                                                        .or_else(|state| { self::r#interpolation(state) })
                                                                                        .or_else(|state| { self::r#string_escape(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { state.match_range('"'..'"') })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#string_escape(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#string_escape,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('\\'..'\\')
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .match_range('x'..'x')
                                                                        .and_then(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                        .and_then(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                })
                                                                .or_else(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_string("u{")
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .sequence(|state| {
                                                                                            self::r#ASCII_HEX_DIGIT(state)
                                                                                                .and_then(|state| {
                                                                                                    state.optional(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                                                })
                                                                                                .and_then(|state| {
                                                                                                    state.optional(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                                                })
                                                                                                .and_then(|state| {
                                                                                                    state.optional(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                                                })
                                                                                                .and_then(|state| {
                                                                                                    state.optional(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                                                })
                                                                                                .and_then(|state| {
                                                                                                    state.optional(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                                .and_then(|state| { state.match_range('}'..'}') })
                                                                        })
                                                                })
                                                                .or_else(|state| { self::r#line_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#string_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#string_text,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range(']'..'\u{10ffff}')
                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                        })
                                                                })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .match_range('#'..'#')
                                                                        .and_then(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .match_range(']'..'\u{10ffff}')
                                                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                        })
                                                                                })
                                                                        })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .match_range('#'..'#')
                                                                                        .and_then(|state| {
                                                                                            state
                                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#single_quoted(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#single_quoted,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('\''..'\'')
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    self::r#single_escape(state)
                                                                        .or_else(|state| { self::r#single_text(state) })
                                                                })
                                                        })
                                                        .and_then(|state| { state.match_range('\''..'\'') })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#single_escape(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#single_escape,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('\\'..'\\')
                                                        .and_then(|state| {
                                                            state
                                                                .match_range('\''..'\'')
                                                                .or_else(|state| { state.match_range('\\'..'\\') })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#single_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#single_text,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range(']'..'\u{10ffff}')
                                                        .or_else(|state| { state.match_range('('..'[') })
                                                        .or_else(|state| { state.match_range(' '..'&') })
                                                        .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                        .or_else(|state| { state.match_range('\0'..'\t') })
                                                        .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .match_range(']'..'\u{10ffff}')
                                                                        .or_else(|state| { state.match_range('('..'[') })
                                                                        .or_else(|state| { state.match_range(' '..'&') })
                                                                        .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                        .or_else(|state| { state.match_range('\0'..'\t') })
                                                                        .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                })
                                                        })
                                                })
                                                .or_else(|state| { state.match_range('\\'..'\\') })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#value_code(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#value_code,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(
                                                                    false,
                                                                    |state| {
                                                                        self::r#nl_char(state)
                                                                            .or_else(|state| { state.match_range(','..',') })
                                                                            .or_else(|state| { state.match_range('}'..'}') })
                                                                            .or_else(|state| { state.match_range(')'..')') })
                                                                            .or_else(|state| { state.match_range(']'..']') })
                                                                    },
                                                                )
                                                                .and_then(|state| {
                                                                    self::r#code_plain(state)
                                                                        .or_else(|state| { self::r#code_token(state) })
                                                                        .or_else(|state| { self::r#ANY(state) })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .lookahead(
                                                                                    false,
                                                                                    |state| {
                                                                                        self::r#nl_char(state)
                                                                                            .or_else(|state| { state.match_range(','..',') })
                                                                                            .or_else(|state| { state.match_range('}'..'}') })
                                                                                            .or_else(|state| { state.match_range(')'..')') })
                                                                                            .or_else(|state| { state.match_range(']'..']') })
                                                                                    },
                                                                                )
                                                                                .and_then(|state| {
                                                                                    self::r#code_plain(state)
                                                                                        .or_else(|state| { self::r#code_token(state) })
                                                                                        .or_else(|state| { self::r#ANY(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_attributes(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_attributes,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('('..'(')
                                                        .and_then(|state| { self::r#lws(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            self::r#html_attribute(state)
                                                                                .and_then(|state| { self::r#lws(state) })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .match_range(')'..')')
                                                                .or_else(|state| { self::r#html_attributes_error(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_attributes_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_attributes_error,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_attribute(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_attribute,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#html_attribute_name(state)
                                                        .and_then(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .repeat(|state| { self::r#hws(state) })
                                                                                .and_then(|state| { state.match_range('='..'=') })
                                                                                .and_then(|state| {
                                                                                    state.repeat(|state| { self::r#hws(state) })
                                                                                })
                                                                                .and_then(|state| { self::r#html_attribute_value(state) })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_attribute_name(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#html_attribute_name,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('a'..'z')
                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                        .or_else(|state| { state.match_range('0'..':') })
                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .match_range('a'..'z')
                                                                        .or_else(|state| { state.match_range('-'..'-') })
                                                                        .or_else(|state| { state.match_range('A'..'Z') })
                                                                        .or_else(|state| { state.match_range('0'..':') })
                                                                        .or_else(|state| { state.match_range('_'..'_') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_attribute_value(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    self::r#html_double_quoted(state)
                        .or_else(|state| { self::r#html_single_quoted(state) })
                        .or_else(|state| { self::r#html_variable(state) })
                        .or_else(|state| { self::r#html_value_error(state) })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_double_quoted(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_double_quoted,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('"'..'"')
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('"'..'"') })
                                                                                .and_then(|state| {
                                                                                    self::r#html_double_text(state)
                                                                                        .or_else(|state| { self::r#interpolation(state) })
                                                                                        .or_else(|state| { self::r#html_escape(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { state.match_range('"'..'"') })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_double_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#html_double_text,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range(']'..'\u{10ffff}')
                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                        })
                                                                })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .match_range('#'..'#')
                                                                        .and_then(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .match_range(']'..'\u{10ffff}')
                                                                                                .or_else(|state| { state.match_range(' '..'!') })
                                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                        })
                                                                                })
                                                                        })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .match_range('#'..'#')
                                                                                        .and_then(|state| {
                                                                                            state
                                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_single_quoted(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_single_quoted,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('\''..'\'')
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    self::r#html_escape(state)
                                                                        .or_else(|state| { self::r#interpolation(state) })
                                                                        .or_else(|state| { self::r#html_single_text(state) })
                                                                })
                                                        })
                                                        .and_then(|state| { state.match_range('\''..'\'') })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_single_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#html_single_text,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range(']'..'\u{10ffff}')
                                                                .or_else(|state| { state.match_range('('..'[') })
                                                                .or_else(|state| { state.match_range(' '..'"') })
                                                                .or_else(|state| { state.match_range('$'..'&') })
                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range('('..'[') })
                                                                                .or_else(|state| { state.match_range(' '..'"') })
                                                                                .or_else(|state| { state.match_range('$'..'&') })
                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                        })
                                                                })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .match_range('#'..'#')
                                                                        .and_then(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range('('..'[') })
                                                                                .or_else(|state| { state.match_range(' '..'"') })
                                                                                .or_else(|state| { state.match_range('$'..'&') })
                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .match_range(']'..'\u{10ffff}')
                                                                                                .or_else(|state| { state.match_range('('..'[') })
                                                                                                .or_else(|state| { state.match_range(' '..'"') })
                                                                                                .or_else(|state| { state.match_range('$'..'&') })
                                                                                                .or_else(|state| { state.match_range('\u{e}'..'\u{1f}') })
                                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                        })
                                                                                })
                                                                        })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .match_range('#'..'#')
                                                                                        .and_then(|state| {
                                                                                            state
                                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_escape(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#html_escape,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('\\'..'\\')
                                                        .and_then(|state| { self::r#line_char(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_variable(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#html_variable,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#ident_char(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#ident_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#html_value_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#html_value_error,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#rust_line(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#rust_line,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('-'..'-')
                                                        .and_then(|state| {
                                                            state
                                                                .lookahead(false, |state| { state.match_range('#'..'#') })
                                                        })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#rust_statement(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#rust_statement(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .sequence(|state| {
                            state
                                .lookahead(
                                    true,
                                    |state| {
                                        state
                                            .match_range('e'..'f')
                                            .or_else(|state| { state.match_range('i'..'i') })
                                            .or_else(|state| { state.match_range('l'..'m') })
                                            .or_else(|state| { state.match_range('w'..'w') })
                                    },
                                )
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    self::r#statement_else_if(state)
                                        .or_else(|state| { self::r#statement_else(state) })
                                        .or_else(|state| { self::r#statement_if(state) })
                                        .or_else(|state| { self::r#statement_for(state) })
                                        .or_else(|state| { self::r#statement_while(state) })
                                        .or_else(|state| { self::r#statement_match(state) })
                                        .or_else(|state| { self::r#statement_loop(state) })
                                        .or_else(|state| { self::r#statement_let(state) })
                                        .or_else(|state| { self::r#statement_include(state) })
                                })
                        })
                        .or_else(|state| { self::r#statement_arm(state) })
                        .or_else(|state| { self::r#statement_plain(state) })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#keyword_end(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state.lookahead(false, |state| { self::r#ident_char(state) })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_if(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_if,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("if")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#line_code(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_else_if(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_else_if,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("else")
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    self::r#hws(state)
                                                                        .and_then(|state| {
                                                                            state.repeat(|state| { self::r#hws(state) })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { state.match_string("if") })
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#line_code(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_else(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_else,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("else")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| {
                                                            self::r#eol(state)
                                                                .or_else(|state| { self::r#else_error(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#else_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#else_error,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#line_char(state)
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#line_char(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_for(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_for,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("for")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    self::r#for_pattern(state)
                                                                        .and_then(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    self::r#hws(state)
                                                                                        .and_then(|state| {
                                                                                            state.repeat(|state| { self::r#hws(state) })
                                                                                        })
                                                                                })
                                                                        })
                                                                        .and_then(|state| { state.match_string("in") })
                                                                        .and_then(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    self::r#hws(state)
                                                                                        .and_then(|state| {
                                                                                            state.repeat(|state| { self::r#hws(state) })
                                                                                        })
                                                                                })
                                                                        })
                                                                        .and_then(|state| { self::r#line_code(state) })
                                                                })
                                                                .or_else(|state| { self::r#for_error(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#for_pattern(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#for_pattern,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#code_word(state)
                                                        .or_else(|state| { self::r#code_token(state) })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .lookahead(
                                                                            false,
                                                                            |state| {
                                                                                state
                                                                                    .sequence(|state| {
                                                                                        state
                                                                                            .sequence(|state| {
                                                                                                self::r#hws(state)
                                                                                                    .and_then(|state| {
                                                                                                        state.repeat(|state| { self::r#hws(state) })
                                                                                                    })
                                                                                            })
                                                                                            .and_then(|state| { state.match_string("in") })
                                                                                            .and_then(|state| { self::r#hws(state) })
                                                                                    })
                                                                            },
                                                                        )
                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    self::r#code_word(state)
                                                                        .or_else(|state| { self::r#code_token(state) })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(
                                                                                            false,
                                                                                            |state| {
                                                                                                state
                                                                                                    .sequence(|state| {
                                                                                                        state
                                                                                                            .sequence(|state| {
                                                                                                                self::r#hws(state)
                                                                                                                    .and_then(|state| {
                                                                                                                        state.repeat(|state| { self::r#hws(state) })
                                                                                                                    })
                                                                                                            })
                                                                                                            .and_then(|state| { state.match_string("in") })
                                                                                                            .and_then(|state| { self::r#hws(state) })
                                                                                                    })
                                                                                            },
                                                                                        )
                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#for_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#for_error,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_while(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_while,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("while")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#line_code(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_match(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_match,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("match")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#line_code(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_loop(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_loop,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("loop")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#eol(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_let(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_let,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("let")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#line_code(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_arm(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_arm,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#arm_pattern(state)
                                                        .and_then(|state| { state.match_string("=>") })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| { self::r#eol(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#arm_pattern(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#arm_pattern,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#arm_plain(state)
                                                        .or_else(|state| { self::r#code_token(state) })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .lookahead(
                                                                            false,
                                                                            |state| {
                                                                                state
                                                                                    .sequence(|state| {
                                                                                        state
                                                                                            .match_string("=>")
                                                                                            .and_then(|state| {
                                                                                                state.repeat(|state| { self::r#hws(state) })
                                                                                            })
                                                                                            .and_then(|state| { self::r#eol(state) })
                                                                                    })
                                                                            },
                                                                        )
                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    self::r#arm_plain(state)
                                                                        .or_else(|state| { self::r#code_token(state) })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(
                                                                                            false,
                                                                                            |state| {
                                                                                                state
                                                                                                    .sequence(|state| {
                                                                                                        state
                                                                                                            .match_string("=>")
                                                                                                            .and_then(|state| {
                                                                                                                state.repeat(|state| { self::r#hws(state) })
                                                                                                            })
                                                                                                            .and_then(|state| { self::r#eol(state) })
                                                                                                    })
                                                                                            },
                                                                                        )
                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#arm_plain(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#arm_plain,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#code_word(state)
                                                        .or_else(|state| { state.match_range(' '..'!') })
                                                        .or_else(|state| { state.match_range('-'..'/') })
                                                        .or_else(|state| { state.match_range(':'..'<') })
                                                        .or_else(|state| { state.match_range('>'..'@') })
                                                        .or_else(|state| { state.match_range('#'..'&') })
                                                        .or_else(|state| { state.match_range('*'..'+') })
                                                        .or_else(|state| { state.match_range('|'..'|') })
                                                        .or_else(|state| { state.match_range('^'..'^') })
                                                        .or_else(|state| { state.match_range('~'..'~') })
                                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    self::r#code_word(state)
                                                                        .or_else(|state| { state.match_range(' '..'!') })
                                                                        .or_else(|state| { state.match_range('-'..'/') })
                                                                        .or_else(|state| { state.match_range(':'..'<') })
                                                                        .or_else(|state| { state.match_range('>'..'@') })
                                                                        .or_else(|state| { state.match_range('#'..'&') })
                                                                        .or_else(|state| { state.match_range('*'..'+') })
                                                                        .or_else(|state| { state.match_range('|'..'|') })
                                                                        .or_else(|state| { state.match_range('^'..'^') })
                                                                        .or_else(|state| { state.match_range('~'..'~') })
                                                                        .or_else(|state| { state.match_range('\t'..'\t') })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_plain(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_plain,
                                        |state| { self::r#line_code(state) },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#statement_include(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#statement_include,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("include")
                                                        .and_then(|state| { self::r#keyword_end(state) })
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#hws(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    self::r#include_path(state)
                                                                        .and_then(|state| {
                                                                            state.repeat(|state| { self::r#hws(state) })
                                                                        })
                                                                        .and_then(|state| { self::r#eol(state) })
                                                                })
                                                                .or_else(|state| { self::r#include_error(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#include_path(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#include_path,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('"'..'"')
                                                        .and_then(|state| { self::r#include_path_text(state) })
                                                        .and_then(|state| { state.match_range('"'..'"') })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#include_path_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#include_path_text,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(
                                                                    false,
                                                                    |state| {
                                                                        state
                                                                            .match_range('"'..'"')
                                                                            .or_else(|state| { state.match_range('\\'..'\\') })
                                                                            .or_else(|state| { self::r#nl(state) })
                                                                    },
                                                                )
                                                                .and_then(|state| { self::r#ANY(state) })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#include_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#include_error,
                                        |state| {
                                            state.repeat(|state| { self::r#line_char(state) })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#line_code(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#line_code,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(false, |state| { self::r#nl_char(state) })
                                                                .and_then(|state| {
                                                                    self::r#code_plain(state)
                                                                        .or_else(|state| { self::r#code_token(state) })
                                                                        .or_else(|state| { self::r#code_continuation(state) })
                                                                        .or_else(|state| { self::r#stray_closer_error(state) })
                                                                        .or_else(|state| { self::r#line_char(state) })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#code_continuation(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .match_range(','..',')
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .sequence(|state| {
                                            state
                                                .optional(|state| {
                                                    self::r#hws(state)
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            super::hidden::skip(state)
                                                                                .and_then(|state| { self::r#hws(state) })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { self::r#nl(state) })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .sequence(|state| {
                                            state
                                                .optional(|state| {
                                                    self::r#hws(state)
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            super::hidden::skip(state)
                                                                                .and_then(|state| { self::r#hws(state) })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .lookahead(
                                            false,
                                            |state| {
                                                self::r#nl_char(state)
                                                    .or_else(|state| { self::r#EOI(state) })
                                            },
                                        )
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#stray_closer_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#stray_closer_error,
                                        |state| {
                                            state
                                                .match_range(')'..')')
                                                .or_else(|state| { state.match_range(']'..']') })
                                                .or_else(|state| { state.match_range('}'..'}') })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#code_token(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .lookahead(
                                    true,
                                    |state| {
                                        state
                                            .match_range('('..'(')
                                            .or_else(|state| { state.match_range('"'..'"') })
                                            .or_else(|state| { state.match_range('['..'[') })
                                            .or_else(|state| { state.match_range('{'..'{') })
                                            .or_else(|state| { state.match_range('\''..'\'') })
                                            .or_else(|state| { state.match_range('b'..'b') })
                                            .or_else(|state| { state.match_range('r'..'r') })
                                    },
                                )
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    self::r#code_group(state)
                                        .or_else(|state| { self::r#string_literal(state) })
                                        .or_else(|state| { self::r#char_literal(state) })
                                        .or_else(|state| { self::r#raw_string(state) })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#code_group(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#code_group,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('('..'(')
                                                        .and_then(|state| {
                                                            state.repeat(|state| { self::r#nested_code(state) })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .match_range(')'..')')
                                                                .or_else(|state| { self::r#unclosed_bracket_error(state) })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('['..'[')
                                                                .and_then(|state| {
                                                                    state.repeat(|state| { self::r#nested_code(state) })
                                                                })
                                                                .and_then(|state| {
                                                                    state
                                                                        .match_range(']'..']')
                                                                        .or_else(|state| { self::r#unclosed_bracket_error(state) })
                                                                })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('{'..'{')
                                                                .and_then(|state| {
                                                                    state.repeat(|state| { self::r#nested_code(state) })
                                                                })
                                                                .and_then(|state| {
                                                                    state
                                                                        .match_range('}'..'}')
                                                                        .or_else(|state| { self::r#unclosed_bracket_error(state) })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#nested_code(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .lookahead(
                                    false,
                                    |state| {
                                        self::r#nl_char(state)
                                            .or_else(|state| { state.match_range(')'..')') })
                                            .or_else(|state| { state.match_range(']'..']') })
                                            .or_else(|state| { state.match_range('}'..'}') })
                                    },
                                )
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    self::r#code_plain(state)
                                        .or_else(|state| { self::r#code_token(state) })
                                        .or_else(|state| { self::r#code_continuation(state) })
                                        .or_else(|state| { self::r#ANY(state) })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#unclosed_bracket_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#unclosed_bracket_error,
                                        |state| { state.match_string("") },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#string_literal(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    let state = state.check_stack_limit()?;
                    state
                        .sequence(|state| {
                            state
                                .optional(|state| { state.match_range('b'..'b') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { state.match_range('"'..'"') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .sequence(|state| {
                                            state
                                                .optional(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('\\'..'\\')
                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                .and_then(|state| { self::r#line_char(state) })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .lookahead(
                                                                            false,
                                                                            |state| {
                                                                                state
                                                                                    .match_range('"'..'"')
                                                                                    .or_else(|state| { state.match_range('\\'..'\\') })
                                                                                    .or_else(|state| { self::r#nl(state) })
                                                                            },
                                                                        )
                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                        .and_then(|state| { self::r#ANY(state) })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            super::hidden::skip(state)
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .sequence(|state| {
                                                                                            state
                                                                                                .match_range('\\'..'\\')
                                                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                                                .and_then(|state| { self::r#line_char(state) })
                                                                                        })
                                                                                        .or_else(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    state
                                                                                                        .lookahead(
                                                                                                            false,
                                                                                                            |state| {
                                                                                                                state
                                                                                                                    .match_range('"'..'"')
                                                                                                                    .or_else(|state| { state.match_range('\\'..'\\') })
                                                                                                                    .or_else(|state| { self::r#nl(state) })
                                                                                                            },
                                                                                                        )
                                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                                        .and_then(|state| { self::r#ANY(state) })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { state.match_range('"'..'"') })
                        })
                        .or_else(|state| { self::r#unterminated_string_error(state) })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#unterminated_string_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#unterminated_string_error,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .optional(|state| { state.match_range('b'..'b') })
                                                        .and_then(|state| { state.match_range('"'..'"') })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_range('\\'..'\\')
                                                                                .and_then(|state| { self::r#line_char(state) })
                                                                        })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(
                                                                                            false,
                                                                                            |state| {
                                                                                                state
                                                                                                    .match_range('"'..'"')
                                                                                                    .or_else(|state| { state.match_range('\\'..'\\') })
                                                                                                    .or_else(|state| { self::r#nl(state) })
                                                                                            },
                                                                                        )
                                                                                        .and_then(|state| { self::r#ANY(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#raw_string(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .optional(|state| { state.match_range('b'..'b') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { state.match_range('r'..'r') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .sequence(|state| {
                                            state
                                                .match_range('"'..'"')
                                                .and_then(|state| { super::hidden::skip(state) })
                                                .and_then(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .optional(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('"'..'"') })
                                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                                .and_then(|state| { self::r#line_char(state) })
                                                                        })
                                                                        .and_then(|state| {
                                                                            state
                                                                                .repeat(|state| {
                                                                                    state
                                                                                        .sequence(|state| {
                                                                                            super::hidden::skip(state)
                                                                                                .and_then(|state| {
                                                                                                    state
                                                                                                        .sequence(|state| {
                                                                                                            state
                                                                                                                .lookahead(false, |state| { state.match_range('"'..'"') })
                                                                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                                                                .and_then(|state| { self::r#line_char(state) })
                                                                                                        })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                                .and_then(|state| { super::hidden::skip(state) })
                                                .and_then(|state| { state.match_range('"'..'"') })
                                        })
                                        .or_else(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("#\"")
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .optional(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(false, |state| { state.match_string("\"#") })
                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    super::hidden::skip(state)
                                                                                                        .and_then(|state| {
                                                                                                            state
                                                                                                                .sequence(|state| {
                                                                                                                    state
                                                                                                                        .lookahead(false, |state| { state.match_string("\"#") })
                                                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                                                })
                                                                                                        })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| { state.match_string("\"#") })
                                                })
                                        })
                                        .or_else(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("##\"")
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .optional(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(false, |state| { state.match_string("\"##") })
                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    super::hidden::skip(state)
                                                                                                        .and_then(|state| {
                                                                                                            state
                                                                                                                .sequence(|state| {
                                                                                                                    state
                                                                                                                        .lookahead(false, |state| { state.match_string("\"##") })
                                                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                                                })
                                                                                                        })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| { state.match_string("\"##") })
                                                })
                                        })
                                        .or_else(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("###\"")
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .optional(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(false, |state| { state.match_string("\"###") })
                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    super::hidden::skip(state)
                                                                                                        .and_then(|state| {
                                                                                                            state
                                                                                                                .sequence(|state| {
                                                                                                                    state
                                                                                                                        .lookahead(false, |state| { state.match_string("\"###") })
                                                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                                                })
                                                                                                        })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| { state.match_string("\"###") })
                                                })
                                        })
                                        .or_else(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("####\"")
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .optional(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(false, |state| { state.match_string("\"####") })
                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .sequence(|state| {
                                                                                                    super::hidden::skip(state)
                                                                                                        .and_then(|state| {
                                                                                                            state
                                                                                                                .sequence(|state| {
                                                                                                                    state
                                                                                                                        .lookahead(false, |state| { state.match_string("\"####") })
                                                                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                                                                        .and_then(|state| { self::r#line_char(state) })
                                                                                                                })
                                                                                                        })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| { state.match_string("\"####") })
                                                })
                                        })
                                })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#char_literal(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .sequence(|state| {
                            state
                                .optional(|state| { state.match_range('b'..'b') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { state.match_range('\''..'\'') })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| {
                                    state
                                        .sequence(|state| {
                                            state
                                                .match_range('\\'..'\\')
                                                .and_then(|state| { super::hidden::skip(state) })
                                                .and_then(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_string("u{")
                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                .and_then(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            self::r#ASCII_HEX_DIGIT(state)
                                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .sequence(|state| {
                                                                                            state
                                                                                                .optional(|state| {
                                                                                                    self::r#ASCII_HEX_DIGIT(state)
                                                                                                        .and_then(|state| {
                                                                                                            state
                                                                                                                .repeat(|state| {
                                                                                                                    state
                                                                                                                        .sequence(|state| {
                                                                                                                            super::hidden::skip(state)
                                                                                                                                .and_then(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                                                                        })
                                                                                                                })
                                                                                                        })
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                                .and_then(|state| { super::hidden::skip(state) })
                                                                .and_then(|state| { state.match_range('}'..'}') })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .match_range('x'..'x')
                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                        .and_then(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                        .and_then(|state| { super::hidden::skip(state) })
                                                                        .and_then(|state| { self::r#ASCII_HEX_DIGIT(state) })
                                                                })
                                                        })
                                                        .or_else(|state| { self::r#line_char(state) })
                                                })
                                        })
                                        .or_else(|state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .lookahead(
                                                            false,
                                                            |state| {
                                                                state
                                                                    .match_range('\''..'\'')
                                                                    .or_else(|state| { state.match_range('\\'..'\\') })
                                                                    .or_else(|state| { self::r#nl(state) })
                                                            },
                                                        )
                                                        .and_then(|state| { super::hidden::skip(state) })
                                                        .and_then(|state| { self::r#ANY(state) })
                                                })
                                        })
                                })
                                .and_then(|state| { super::hidden::skip(state) })
                                .and_then(|state| { state.match_range('\''..'\'') })
                        })
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#text,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(false, |state| { self::r#nl_char(state) })
                                                                .and_then(|state| {
                                                                    self::r#literal_text(state)
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(true, |state| { state.match_range('#'..'#') })
                                                                                        .and_then(|state| { self::r#interpolation(state) })
                                                                                })
                                                                        })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(true, |state| { state.match_range('\\'..'\\') })
                                                                                        .and_then(|state| {
                                                                                            self::r#escaped_interpolation(state)
                                                                                                .or_else(|state| {
                                                                                                    self::r#backslashes_before_interpolation(state)
                                                                                                })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#escaped_interpolation(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#escaped_interpolation,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_range('\\'..'\\')
                                                        .and_then(|state| {
                                                            state.repeat(|state| { state.match_string("\\\\") })
                                                        })
                                                        .and_then(|state| { state.match_string("#{") })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#backslashes_before_interpolation(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#backslashes_before_interpolation,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_string("\\\\")
                                                                .and_then(|state| {
                                                                    state.repeat(|state| { state.match_string("\\\\") })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state.lookahead(true, |state| { state.match_string("#{") })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#interpolation(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#interpolation,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("#{")
                                                        .and_then(|state| { self::r#interpolation_code(state) })
                                                        .and_then(|state| { state.match_range('}'..'}') })
                                                })
                                                .or_else(|state| {
                                                    self::r#unclosed_interpolation_error(state)
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#interpolation_code(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#interpolation_code,
                                        |state| {
                                            state
                                                .repeat(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .lookahead(
                                                                    false,
                                                                    |state| {
                                                                        self::r#nl_char(state)
                                                                            .or_else(|state| { state.match_range('}'..'}') })
                                                                            .or_else(|state| { state.match_range(')'..')') })
                                                                            .or_else(|state| { state.match_range(']'..']') })
                                                                    },
                                                                )
                                                                .and_then(|state| {
                                                                    self::r#code_plain(state)
                                                                        .or_else(|state| { self::r#code_token(state) })
                                                                        .or_else(|state| { self::r#ANY(state) })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#unclosed_interpolation_error(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#unclosed_interpolation_error,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .match_string("#{")
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    self::r#code_token(state)
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .lookahead(
                                                                                            false,
                                                                                            |state| {
                                                                                                self::r#nl(state)
                                                                                                    .or_else(|state| { state.match_range('}'..'}') })
                                                                                            },
                                                                                        )
                                                                                        .and_then(|state| { self::r#ANY(state) })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#literal_text(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .rule(
                            Rule::r#literal_text,
                            |state| {
                                state
                                    .atomic(
                                        ::pest::Atomicity::Atomic,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range(']'..'\u{10ffff}')
                                                                .or_else(|state| { state.match_range('\u{e}'..'"') })
                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                .and_then(|state| {
                                                                    state
                                                                        .repeat(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range('\u{e}'..'"') })
                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                        })
                                                                })
                                                        })
                                                        .or_else(|state| {
                                                            state
                                                                .sequence(|state| {
                                                                    state
                                                                        .match_range('#'..'#')
                                                                        .and_then(|state| {
                                                                            state
                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            state
                                                                                .match_range(']'..'\u{10ffff}')
                                                                                .or_else(|state| { state.match_range('\u{e}'..'"') })
                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                .and_then(|state| {
                                                                                    state
                                                                                        .repeat(|state| {
                                                                                            state
                                                                                                .match_range(']'..'\u{10ffff}')
                                                                                                .or_else(|state| { state.match_range('\u{e}'..'"') })
                                                                                                .or_else(|state| { state.match_range('$'..'[') })
                                                                                                .or_else(|state| { state.match_range('\0'..'\t') })
                                                                                                .or_else(|state| { state.match_range('\u{b}'..'\u{c}') })
                                                                                        })
                                                                                })
                                                                        })
                                                                        .or_else(|state| {
                                                                            state
                                                                                .sequence(|state| {
                                                                                    state
                                                                                        .match_range('#'..'#')
                                                                                        .and_then(|state| {
                                                                                            state
                                                                                                .lookahead(false, |state| { state.match_range('{'..'{') })
                                                                                        })
                                                                                })
                                                                        })
                                                                })
                                                        })
                                                })
                                                .or_else(|state| {
                                                    state
                                                        .sequence(|state| {
                                                            state
                                                                .match_range('\\'..'\\')
                                                                .and_then(|state| {
                                                                    state
                                                                        .lookahead(
                                                                            false,
                                                                            |state| {
                                                                                state
                                                                                    .sequence(|state| {
                                                                                        state
                                                                                            .repeat(|state| { state.match_range('\\'..'\\') })
                                                                                            .and_then(|state| { state.match_string("#{") })
                                                                                    })
                                                                            },
                                                                        )
                                                                })
                                                        })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(non_snake_case, unused_variables)]
                pub fn r#filter_body(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .atomic(
                            ::pest::Atomicity::CompoundAtomic,
                            |state| {
                                state
                                    .rule(
                                        Rule::r#filter_body,
                                        |state| {
                                            state
                                                .sequence(|state| {
                                                    self::r#SOI(state)
                                                        .and_then(|state| { self::r#text(state) })
                                                        .and_then(|state| {
                                                            state
                                                                .repeat(|state| {
                                                                    state
                                                                        .sequence(|state| {
                                                                            self::r#nl(state).and_then(|state| { self::r#text(state) })
                                                                        })
                                                                })
                                                        })
                                                        .and_then(|state| { self::r#EOI(state) })
                                                })
                                        },
                                    )
                            },
                        )
                }
                #[inline]
                #[allow(dead_code, non_snake_case, unused_variables)]
                pub fn ANY(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state.skip(1)
                }
                #[inline]
                #[allow(dead_code, non_snake_case, unused_variables)]
                pub fn EOI(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state.rule(Rule::EOI, |state| state.end_of_input())
                }
                #[inline]
                #[allow(dead_code, non_snake_case, unused_variables)]
                pub fn SOI(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state.start_of_input()
                }
                #[inline]
                #[allow(dead_code, non_snake_case, unused_variables)]
                pub fn ASCII_HEX_DIGIT(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state
                        .match_range('0'..'9')
                        .or_else(|state| state.match_range('a'..'f'))
                        .or_else(|state| state.match_range('A'..'F'))
                }
                #[inline]
                #[allow(dead_code, non_snake_case, unused_variables)]
                fn XID_CONTINUE(
                    state: ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                ) -> ::pest::ParseResult<
                    ::std::boxed::Box<::pest::ParserState<'_, Rule>>,
                > {
                    state.match_char_by(::pest::unicode::XID_CONTINUE)
                }
            }
            pub use self::visible::*;
        }
        ::pest::state(
            input,
            |state| {
                match rule {
                    Rule::r#hws => rules::r#hws(state),
                    Rule::r#code_plain => rules::r#code_plain(state),
                    Rule::r#code_word => rules::r#code_word(state),
                    Rule::r#nl => rules::r#nl(state),
                    Rule::r#nl_char => rules::r#nl_char(state),
                    Rule::r#line_char => rules::r#line_char(state),
                    Rule::r#lws => rules::r#lws(state),
                    Rule::r#eol => rules::r#eol(state),
                    Rule::r#ident_char => rules::r#ident_char(state),
                    Rule::r#rest_of_line => rules::r#rest_of_line(state),
                    Rule::r#line_run => rules::r#line_run(state),
                    Rule::r#run_line => rules::r#run_line(state),
                    Rule::r#line => rules::r#line(state),
                    Rule::r#doctype => rules::r#doctype(state),
                    Rule::r#doctype_keyword => rules::r#doctype_keyword(state),
                    Rule::r#silent_comment => rules::r#silent_comment(state),
                    Rule::r#html_comment => rules::r#html_comment(state),
                    Rule::r#comment_revealed => rules::r#comment_revealed(state),
                    Rule::r#comment_condition => rules::r#comment_condition(state),
                    Rule::r#condition_text => rules::r#condition_text(state),
                    Rule::r#unclosed_condition => rules::r#unclosed_condition(state),
                    Rule::r#filter_head => rules::r#filter_head(state),
                    Rule::r#filter_name => rules::r#filter_name(state),
                    Rule::r#filter_name_error => rules::r#filter_name_error(state),
                    Rule::r#output_line => rules::r#output_line(state),
                    Rule::r#output_op => rules::r#output_op(state),
                    Rule::r#text_line => rules::r#text_line(state),
                    Rule::r#text_mode_interp => rules::r#text_mode_interp(state),
                    Rule::r#text_mode_flag => rules::r#text_mode_flag(state),
                    Rule::r#element => rules::r#element(state),
                    Rule::r#tag_name => rules::r#tag_name(state),
                    Rule::r#missing_tag_name => rules::r#missing_tag_name(state),
                    Rule::r#shortcut => rules::r#shortcut(state),
                    Rule::r#class_shortcut => rules::r#class_shortcut(state),
                    Rule::r#id_shortcut => rules::r#id_shortcut(state),
                    Rule::r#shortcut_name => rules::r#shortcut_name(state),
                    Rule::r#missing_shortcut_name => {
                        rules::r#missing_shortcut_name(state)
                    }
                    Rule::r#attribute_groups => rules::r#attribute_groups(state),
                    Rule::r#object_reference_error => {
                        rules::r#object_reference_error(state)
                    }
                    Rule::r#whitespace_removal => rules::r#whitespace_removal(state),
                    Rule::r#element_tail => rules::r#element_tail(state),
                    Rule::r#self_closing => rules::r#self_closing(state),
                    Rule::r#self_closing_content_error => {
                        rules::r#self_closing_content_error(state)
                    }
                    Rule::r#hash_attributes => rules::r#hash_attributes(state),
                    Rule::r#hash_error => rules::r#hash_error(state),
                    Rule::r#hash_entry => rules::r#hash_entry(state),
                    Rule::r#hash_key => rules::r#hash_key(state),
                    Rule::r#symbol_key => rules::r#symbol_key(state),
                    Rule::r#ident_key => rules::r#ident_key(state),
                    Rule::r#quoted_key => rules::r#quoted_key(state),
                    Rule::r#key_text => rules::r#key_text(state),
                    Rule::r#key_text_single => rules::r#key_text_single(state),
                    Rule::r#hash_value => rules::r#hash_value(state),
                    Rule::r#value_end => rules::r#value_end(state),
                    Rule::r#nested_hash => rules::r#nested_hash(state),
                    Rule::r#double_quoted => rules::r#double_quoted(state),
                    Rule::r#string_escape => rules::r#string_escape(state),
                    Rule::r#string_text => rules::r#string_text(state),
                    Rule::r#single_quoted => rules::r#single_quoted(state),
                    Rule::r#single_escape => rules::r#single_escape(state),
                    Rule::r#single_text => rules::r#single_text(state),
                    Rule::r#value_code => rules::r#value_code(state),
                    Rule::r#html_attributes => rules::r#html_attributes(state),
                    Rule::r#html_attributes_error => {
                        rules::r#html_attributes_error(state)
                    }
                    Rule::r#html_attribute => rules::r#html_attribute(state),
                    Rule::r#html_attribute_name => rules::r#html_attribute_name(state),
                    Rule::r#html_attribute_value => rules::r#html_attribute_value(state),
                    Rule::r#html_double_quoted => rules::r#html_double_quoted(state),
                    Rule::r#html_double_text => rules::r#html_double_text(state),
                    Rule::r#html_single_quoted => rules::r#html_single_quoted(state),
                    Rule::r#html_single_text => rules::r#html_single_text(state),
                    Rule::r#html_escape => rules::r#html_escape(state),
                    Rule::r#html_variable => rules::r#html_variable(state),
                    Rule::r#html_value_error => rules::r#html_value_error(state),
                    Rule::r#rust_line => rules::r#rust_line(state),
                    Rule::r#rust_statement => rules::r#rust_statement(state),
                    Rule::r#keyword_end => rules::r#keyword_end(state),
                    Rule::r#statement_if => rules::r#statement_if(state),
                    Rule::r#statement_else_if => rules::r#statement_else_if(state),
                    Rule::r#statement_else => rules::r#statement_else(state),
                    Rule::r#else_error => rules::r#else_error(state),
                    Rule::r#statement_for => rules::r#statement_for(state),
                    Rule::r#for_pattern => rules::r#for_pattern(state),
                    Rule::r#for_error => rules::r#for_error(state),
                    Rule::r#statement_while => rules::r#statement_while(state),
                    Rule::r#statement_match => rules::r#statement_match(state),
                    Rule::r#statement_loop => rules::r#statement_loop(state),
                    Rule::r#statement_let => rules::r#statement_let(state),
                    Rule::r#statement_arm => rules::r#statement_arm(state),
                    Rule::r#arm_pattern => rules::r#arm_pattern(state),
                    Rule::r#arm_plain => rules::r#arm_plain(state),
                    Rule::r#statement_plain => rules::r#statement_plain(state),
                    Rule::r#statement_include => rules::r#statement_include(state),
                    Rule::r#include_path => rules::r#include_path(state),
                    Rule::r#include_path_text => rules::r#include_path_text(state),
                    Rule::r#include_error => rules::r#include_error(state),
                    Rule::r#line_code => rules::r#line_code(state),
                    Rule::r#code_continuation => rules::r#code_continuation(state),
                    Rule::r#stray_closer_error => rules::r#stray_closer_error(state),
                    Rule::r#code_token => rules::r#code_token(state),
                    Rule::r#code_group => rules::r#code_group(state),
                    Rule::r#nested_code => rules::r#nested_code(state),
                    Rule::r#unclosed_bracket_error => {
                        rules::r#unclosed_bracket_error(state)
                    }
                    Rule::r#string_literal => rules::r#string_literal(state),
                    Rule::r#unterminated_string_error => {
                        rules::r#unterminated_string_error(state)
                    }
                    Rule::r#raw_string => rules::r#raw_string(state),
                    Rule::r#char_literal => rules::r#char_literal(state),
                    Rule::r#text => rules::r#text(state),
                    Rule::r#escaped_interpolation => {
                        rules::r#escaped_interpolation(state)
                    }
                    Rule::r#backslashes_before_interpolation => {
                        rules::r#backslashes_before_interpolation(state)
                    }
                    Rule::r#interpolation => rules::r#interpolation(state),
                    Rule::r#interpolation_code => rules::r#interpolation_code(state),
                    Rule::r#unclosed_interpolation_error => {
                        rules::r#unclosed_interpolation_error(state)
                    }
                    Rule::r#literal_text => rules::r#literal_text(state),
                    Rule::r#filter_body => rules::r#filter_body(state),
                    Rule::EOI => rules::EOI(state),
                }
            },
        )
    }
}
