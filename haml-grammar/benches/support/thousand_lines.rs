//! The 1,000-line template shared by the parse and expansion benchmarks.

/// About 1,000 lines of realistic HAML: a layout and repeated sections with
/// attributes, interpolation, loops, conditions, comments and filters.
pub fn thousand_lines() -> String {
    let mut s = String::from(
        "!!! 5\n%html{lang: \"en\"}\n  %head\n    %meta{charset: \"utf-8\"}\n    %title= title\n  %body\n",
    );
    let mut i = 0;
    while s.lines().count() < 1000 {
        s.push_str(&format!(
            r##"    %section#s{i}.card.wide{{data: {{index: {i}, kind: "k{i}"}}, class: [extra, "x"]}}
      %h2.title(title="Section {i}") Section #{{number}} of #{{total}}
      / comment {i}
      - if show_{i}
        %p.lead= lead.trim()
      - else if other
        %p!= raw_html
      - else
        %p Nothing & nobody
      %ul
        - for (n, item) in items.iter().enumerate()
          %li{{id: "item-#{{n}}", class: item.kind}}
            %a{{href: item.url, title: "#{{item.title}} (#{{n}})"}}= item.title
            - match item.state
              - State::New =>
                %em new
              - _ =>
      :javascript
        var x = {i};
      -# silent {i}
"##
        ));
        i += 1;
    }
    s
}
