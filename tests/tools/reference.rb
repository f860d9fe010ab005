#!/usr/bin/env ruby
# frozen_string_literal: true
#
# reference.rb -- produce reference output from the Ruby haml gem (Debian's
# ruby-haml 6.1.1) for our HAML conformance corpus (tests/corpus,
# tests/corpus-errors).
#
# Adapted from the shared tool ../shared/tools/haml_reference.rb (our own
# code); the `corpus` command here also understands NAME.locals.json and
# NAME.ruby.haml (see tests/corpus/README.md).
#
# Usage:
#   ruby reference.rb render FILE.haml [OPTIONS.json [LOCALS.json]]
#       Print the exact HTML haml produces (nothing appended). On a HAML error,
#       print the error block (see below) to stderr and exit 1.
#   ruby reference.rb corpus DIR [--force]
#       For every DIR/NAME.haml (files ending in .ruby.haml are not cases):
#       read options from DIR/NAME.json and locals from DIR/NAME.locals.json
#       when present, render DIR/NAME.ruby.haml if it exists (the same
#       template spelled in Ruby where our Rust flavour differs) or else
#       DIR/NAME.haml, and write DIR/NAME.html -- or DIR/NAME.error.txt when
#       haml raises. Fails loudly when a case flips between "renders" and
#       "errors" compared with the files already there (use --force to
#       accept). Where DIR/NAME.escaped.ruby.haml exists (the template with
#       its filter values escaped, as the minified output escapes them),
#       also render it to DIR/NAME.escaped.html.
#   ruby reference.rb spec TESTS.json
#       Print cases.jsonl (one JSON object per spec case) to stdout.
#   ruby reference.rb bench [N]
#       Time N renders (default 10000) of a ~50-line template with a
#       100-row loop, with haml 6.1.1 and hamlit 2.15.1.
#
# Options (NAME.json / spec "config"): format ("html5", "html4", "xhtml",
# "html"), escape_html, escape_attrs (true/false or "true"/"false"),
# attr_quote ("'" or "\""), autoclose (list of tag names),
# remove_whitespace (bool).  Anything else is rejected.
#
# Error block format (NAME.error.txt):
#   class: Haml::SyntaxError
#   message: <first line of the message>
#   line: <1-based line number in the .haml file, or "none">
# The line is Haml::Error#line + 1 (haml stores a 0-based index); for errors
# without #line (Temple / Ruby errors) it is taken from the "(__TEMPLATE__):N"
# frame of the backtrace when there is one.

gem 'haml', '6.1.1'
require 'haml'
require 'json'

module HamlReference
  module_function

  KNOWN_OPTIONS = %w[format escape_html escape_attrs attr_quote autoclose remove_whitespace].freeze

  def bool(v)
    return v if v == true || v == false
    case v.to_s
    when 'true' then true
    when 'false' then false
    else raise ArgumentError, "not a boolean: #{v.inspect}"
    end
  end

  def normalize_options(cfg)
    opts = {}
    (cfg || {}).each do |k, v|
      raise ArgumentError, "unknown option #{k.inspect}" unless KNOWN_OPTIONS.include?(k.to_s)
      key = k.to_sym
      opts[key] =
        case key
        when :format then v.to_s.to_sym
        when :attr_quote then v.to_s
        when :autoclose then Array(v).map(&:to_s)
        else bool(v)
        end
    end
    opts
  end

  # Returns [:ok, html] or [:error, {class:, message:, line:}]
  def render(source, cfg = nil, locals = {})
    opts = normalize_options(cfg)
    template = Haml::Template.new(opts) { source }
    locals = (locals || {}).map { |k, v| [k.to_sym, v] }.to_h
    [:ok, template.render(Object.new, locals)]
  rescue Haml::Error, Temple::FilterError, ::SyntaxError, StandardError => e
    [:error, error_info(e)]
  end

  def error_info(e)
    line =
      if e.respond_to?(:line) && e.line.is_a?(Integer)
        e.line + 1
      else
        frame = (e.backtrace || []).find { |f| f.start_with?('(__TEMPLATE__):') }
        frame ||= e.message[/\(__TEMPLATE__\):\d+/]
        frame && frame[/\(__TEMPLATE__\):(\d+)/, 1].to_i
      end
    { class: e.class.name, message: e.message.lines.first.to_s.chomp, line: line }
  end

  def error_text(info)
    "class: #{info[:class]}\nmessage: #{info[:message]}\nline: #{info[:line] || 'none'}\n"
  end

  # ---------------------------------------------------------------- render
  def cmd_render(file, opts_file = nil, locals_file = nil)
    cfg = opts_file ? JSON.parse(File.read(opts_file)) : nil
    status, out = render(File.read(file, encoding: 'UTF-8'), cfg, read_locals(locals_file))
    if status == :ok
      $stdout.write(out)
    else
      $stderr.write(error_text(out))
      exit 1
    end
  end

  # ---------------------------------------------------------------- corpus
  # Locals (NAME.locals.json) must be a JSON object whose values are strings,
  # integers, floats, booleans, or non-empty arrays of strings or of
  # integers: the types our Rust side can declare (&str, i64, f64, bool,
  # Vec<&str>, Vec<i64>). An empty array is rejected because its Rust
  # element type cannot be told from the JSON. A string the Ruby view
  # trusted (a helper's CSS, JavaScript or URL) is written
  # {"SafeCss": "..."}, {"SafeJs": "..."} or {"SafeUrl": "..."}: Ruby gets
  # the string, Rust the wrapper of that name.
  TRUSTED = %w[SafeCss SafeJs SafeUrl].freeze

  def read_locals(file)
    return {} unless file && File.exist?(file)
    locals = JSON.parse(File.read(file, encoding: 'UTF-8'))
    raise "#{file}: locals must be a JSON object" unless locals.is_a?(Hash)
    locals.to_h do |k, v|
      raise "#{file}: local #{k.inspect} is not an identifier" unless k =~ /\A[a-z_][a-z0-9_]*\z/
      if v.is_a?(Hash) && v.size == 1 && TRUSTED.include?(v.keys[0]) && v.values[0].is_a?(String)
        v = v.values[0]
      end
      ok =
        case v
        when String, Integer, Float, true, false then true
        when Array then !v.empty? && (v.all?(String) || v.all?(Integer)) # [] has no Rust element type
        else false
        end
      raise "#{file}: local #{k.inspect} has an unsupported type (#{v.inspect})" unless ok
      [k, v]
    end
  end

  def cmd_corpus(dir, force: false)
    counts = Hash.new(0)
    cases = Dir.glob(File.join(dir, '*.haml')).sort.reject { |p| p.end_with?('.ruby.haml') }
    %w[.escaped.ruby.haml .ruby.haml .locals.json].each do |ext|
      Dir.glob(File.join(dir, "*#{ext}")).each do |extra|
        next if ext == '.ruby.haml' && extra.end_with?('.escaped.ruby.haml')
        raise "#{extra}: no matching NAME.haml" unless File.exist?(extra.delete_suffix(ext) + '.haml')
      end
    end
    cases.each do |path|
      base = path.sub(/\.haml\z/, '')
      cfg = File.exist?("#{base}.json") ? JSON.parse(File.read("#{base}.json")) : nil
      locals = read_locals("#{base}.locals.json")
      source_path = File.exist?("#{base}.ruby.haml") ? "#{base}.ruby.haml" : path
      counts[:twin] += 1 if source_path != path
      expect_error = File.exist?("#{base}.error.txt")
      status, out = render(File.read(source_path, encoding: 'UTF-8'), cfg, locals)
      if status == :ok
        if expect_error && !force
          raise "#{path}: has NAME.error.txt but haml rendered it (use --force)"
        end
        File.delete("#{base}.error.txt") if expect_error
        File.write("#{base}.html", out)
        counts[:html] += 1
        if File.exist?("#{base}.escaped.ruby.haml")
          status, escaped = render(File.read("#{base}.escaped.ruby.haml", encoding: 'UTF-8'), cfg, locals)
          raise "#{base}.escaped.ruby.haml: haml raised #{escaped[:message]}" unless status == :ok
          File.write("#{base}.escaped.html", escaped)
          counts[:escaped] += 1
        end
      else
        if File.exist?("#{base}.html") && !force
          raise "#{path}: haml raised #{out[:class]}: #{out[:message]} (line #{out[:line]}) but NAME.html exists (use --force)"
        end
        File.delete("#{base}.html") if File.exist?("#{base}.html")
        File.write("#{base}.error.txt", error_text(out))
        counts[:error] += 1
      end
    end
    warn "#{dir}: wrote #{counts[:html]} .html and #{counts[:error]} .error.txt files " \
         "(#{counts[:twin]} rendered from NAME.ruby.haml), #{counts[:escaped]} .escaped.html"
  end

  # ---------------------------------------------------------------- spec
  # Decide whether a spec case can be expressed for a Rust compile-time
  # engine. Returns [bool, reason]. Rule of thumb: static HAML, config
  # options, plain string locals used as identifiers, Ruby-1.9 style
  # `key: 'literal'` hashes (the engine parses attribute hashes itself) are
  # fine; `:symbol =>` keys, single-quoted strings used as a `=` expression
  # (not a Rust string), method calls and blocks are Ruby-only.
  def classify(c)
    haml = c['haml']
    reasons = []
    ruby_only = []
    ruby_only << 'Ruby symbol keys with `=>` in an attribute hash' if haml =~ /[{,]\s*:\w+\s*=>/
    if haml.lines.any? { |l| script_expr(l).to_s.start_with?("'") }
      ruby_only << "the `=` expression is a single-quoted Ruby string ('...' is not a Rust string literal)"
    end
    ruby_only << 'Ruby block (`do |x|`)' if haml =~ /\bdo\s*\|/
    ruby_only << 'Ruby method call' if haml =~ /\w\.(each|map|join|upcase|downcase|to_s|times)\b/
    return [false, ruby_only.join('; ')] unless ruby_only.empty?

    reasons << "string local #{c['locals'].keys.map { |k| "`#{k}`" }.join(', ')} (bind as a Rust &str)" if c['locals']
    reasons << 'Ruby-1.9 `key: \'value\'` hash with literal values (engine parses the hash)' if haml =~ /\{\s*\w+:\s/
    reasons << 'double-quoted string literal with \\n escapes (same in Rust)' if haml =~ /^~ "/
    reasons << "format option #{c.dig('config', 'format')}" if c.dig('config', 'format')
    reasons << 'static HAML only' if reasons.empty? || reasons.all? { |r| r.start_with?('format option') }
    [true, reasons.join('; ')]
  end

  # The Ruby expression of a `=`/`!=`/`&=`/`~` line (bare or after a tag), or nil.
  def script_expr(line)
    l = line.strip
    return Regexp.last_match(1) if l =~ /\A[&!]?[=~]\s*(.*)\z/
    return nil unless l =~ /\A[%.#]/
    l = l.gsub(/\([^)]*\)|\{[^}]*\}/, '') # drop attribute groups
    l =~ /\A(?:%[\w:-]+)?(?:[.#][\w-]+)*[<>\/]*[&!]?[=~]\s*(.*)\z/ ? Regexp.last_match(1) : nil
  end

  # Explanations for the spec cases where haml 6.1.1 disagrees with the
  # spec (checked by hand against haml's source; see README.md).
  SPEC_DIFF_NOTES = {
    "a class with escaped unsupported characters like / and '\\'" =>
      'haml 6 reads `.h/` as a self-closing div, then rejects `c\\` as content of a self-closing tag',
    'HTML-style tag with an atomic attribute' =>
      "haml 6 renders a bare HTML-style attribute that is not in its boolean-attribute list as name='true'",
    'interpolation inside filtered content' =>
      'trailing whitespace only: :plain with #{} interpolation ends in an extra newline in haml 6 ' \
      '(the spec runner strips output, so it passes there)',
    "following the '~' operator" =>
      'haml 6 compiles `~` on a string literal like `=`: with escape_html on (the default) the value is escaped ' \
      'and no &#x000A; preservation happens',
  }.freeze

  # Compares haml output minus one final newline with the spec's html.
  def spec_diff_note(name, html, spec_html)
    got = html.chomp("\n")
    return nil if got == spec_html
    return SPEC_DIFF_NOTES[name] if SPEC_DIFF_NOTES.key?(name)
    return 'trailing whitespace only' if got.strip == spec_html.strip
    'output differs (see html vs spec_html)'
  end

  def cmd_spec(tests_json)
    data = JSON.parse(File.read(tests_json))
    data.each do |group, cases|
      cases.each do |name, c|
        status, out = render(c['haml'], c['config'], c['locals'])
        compat, why = classify(c)
        row = { group: group, name: name, haml: c['haml'] }
        if status == :ok
          row[:html] = out
        else
          row[:html] = nil
          row[:error] = "#{out[:class]}: #{out[:message]} (line #{out[:line] || 'none'})"
        end
        row[:config] = c['config'] || {}
        row[:locals] = c['locals'] if c['locals']
        row[:optional] = true if c['optional']
        row[:rust_compatible] = compat
        row[:why] = why
        if c.key?('html')
          if status != :ok
            row[:spec_html] = c['html']
            row[:spec_diff] = "haml 6.1.1 raises an error; the spec expects output. #{SPEC_DIFF_NOTES[name]}".strip
          elsif (note = spec_diff_note(name, out, c['html']))
            row[:spec_html] = c['html']
            row[:spec_diff] = note
          end
        end
        puts JSON.generate(row)
      end
    end
  end

  # ---------------------------------------------------------------- bench
  BENCH_TEMPLATE = <<~'HAML'
    !!! 5
    %html{lang: "en"}
      %head
        %meta{charset: "utf-8"}
        %title= title
        %link{rel: "stylesheet", href: "/style.css"}
        :css
          body { margin: 0; }
      %body
        #header.container
          %h1.title= title
          %p.lead Welcome to the #{site} report
          %nav
            %ul.menu
              %li
                %a{href: "/"} Home
              %li
                %a{href: "/about"} About
              %li.active
                %a{href: "/report"} Report
        #main.container
          %table.table{id: "rows"}
            %thead
              %tr
                %th #
                %th Name
                %th Score
                %th Status
            %tbody
              - rows.each do |row|
                %tr{class: row[:odd] ? "odd" : "even"}
                  %td= row[:id]
                  %td= row[:name]
                  %td.num= row[:score]
                  %td
                    - if row[:score] > 50
                      %span.ok pass
                    - else
                      %span.bad fail
          %p.summary
            Total rows: #{rows.size}
          / footer follows
        #footer.container
          %p
            &copy; 2024 Example &amp; Co.
          %p.small
            Rendered by haml
          %ul.links
            %li
              %a{href: "/terms"} Terms
            %li
              %a{href: "/privacy"} Privacy
  HAML

  def bench_rows
    (1..100).map { |i| { id: i, name: "item <#{i}> & co", score: (i * 37) % 101, odd: i.odd? } }
  end

  def cmd_bench(n = 10_000)
    require 'benchmark'
    rows = bench_rows
    locals = { title: 'Quarterly <report>', site: 'example.org', rows: rows }
    puts "template: #{BENCH_TEMPLATE.lines.size} lines, #{rows.size}-row loop, #{n} renders each"
    engines = { 'haml 6.1.1 (Haml::Template)' => -> { Haml::Template.new { BENCH_TEMPLATE } } }
    begin
      require 'hamlit'
      engines["hamlit #{Hamlit::VERSION} (Hamlit::Template)"] = -> { Hamlit::Template.new { BENCH_TEMPLATE } }
    rescue LoadError
      nil
    end
    outputs = {}
    engines.each do |label, make|
      tpl = make.call
      outputs[label] = tpl.render(Object.new, locals) # compile + warm up
      scope = Object.new
      200.times { tpl.render(scope, locals) }
      best = nil
      3.times do
        t = Benchmark.realtime { n.times { tpl.render(scope, locals) } }
        best = t if best.nil? || t < best
      end
      printf("%-36s best of 3: %.3f s for %d renders = %.0f renders/s (%.1f us/render), output %d bytes\n",
             label, best, n, n / best, best / n * 1e6, outputs[label].bytesize)
    end
    same = outputs.values.uniq.size == 1
    puts "outputs identical across engines: #{same}"
  end
end

if $PROGRAM_NAME == __FILE__
  cmd, *args = ARGV
  case cmd
  when 'render' then HamlReference.cmd_render(*args)
  when 'corpus'
    force = args.delete('--force')
    HamlReference.cmd_corpus(args.fetch(0), force: !force.nil?)
  when 'spec' then HamlReference.cmd_spec(args.fetch(0))
  when 'bench' then HamlReference.cmd_bench((args[0] || 10_000).to_i)
  else
    warn File.read(__FILE__)[/^# Usage:.*?^#\n/m]
    exit 2
  end
end
