#!/usr/bin/env python3
"""Random HAML templates for hunting minifier bugs in a real browser.

Writes COUNT random templates (block and inline elements, text, whitespace
removal `<` `>`, pre/textarea, tables, lists, selects, comments, filters,
`- if`/`- for` blocks, values) into tests/corpus/ as
`zz_random_SEED_I.haml`, each with haml 6.1.1's output from reference.rb
(templates haml rejects are dropped). Then the usual checks run on them:

    python3 tests/tools/random_templates.py --seed 7 --count 300
    cargo test -p tests --test conformance        # haml output, byte for byte
    rm -rf target/browser-cases && HAML_BROWSER_CASES="$PWD/target/browser-cases" \\
        cargo test -q -p tests --test conformance write_browser_cases -- --ignored
    node tests/browser/compare.mjs target/browser-cases   # minified, in Chromium
    python3 tests/tools/random_templates.py --clean

A case that finds a bug is kept under a real name (tests/corpus/fuzz_minify_NN).
`--raw-markup` mixes `x<y` into text: raw markup that never closes, which the
minifier must leave alone. `--hostile` gives each template a variable `v`
holding a script-running payload (NAME.locals.json) and puts it in random
places: text, outputs, attributes (plain, URL, style), filters, scripts,
styles, textareas, SVG; then the minified pages must run nothing in
Chromium (haml's run some), besides looking like haml's:

    python3 tests/tools/random_templates.py --seed 9 --count 300 --hostile
    (write the browser cases as above, then)
    node tests/browser/xss.mjs --pairs target/browser-cases

Needs Ruby and ruby-haml, like regenerate.sh.
"""
import json
import re
import argparse
import glob
import os
import random
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, 'tests', 'corpus')
BLOCK = ['div', 'p', 'section', 'ul', 'ol', 'li', 'h1', 'h2', 'blockquote', 'article', 'nav',
         'header', 'footer', 'table', 'form', 'fieldset', 'dl', 'dt', 'dd', 'details', 'summary',
         'figure', 'main', 'aside', 'hr']
INLINE = ['span', 'a', 'b', 'em', 'strong', 'code', 'small', 'i', 'u', 'label', 'button', 'abbr',
          'q', 'sub', 'sup', 'kbd', 'mark', 's', 'time', 'img', 'input', 'br', 'select',
          'textarea', 'wbr']
VOID = {'img', 'input', 'br', 'hr', 'wbr'}
WORDS = ['alpha', 'beta & co', '"quoted"', "it's", 'a  b', 'gamma', '1 > 0', '&amp;',
         '&copy; 2024', '\u00e9t\u00e9', '#hash', 'x', '&nbsp;', '&lt;b&gt;', 'a&nbsp;b',
         '&#169;', '<br>', '<em>raw</em>', '\u4e2d\u6587', '\u65e5\u672c\u8a9e',
         'tab\tsep', 'x   y', 'a <!-- raw --> b']

# Hostile values for `--hostile`: each runs `alert(31337)` wherever a place
# writes it as it is.
PAYLOADS = [
    '<script>alert(31337)</script>',
    '"><img src=x onerror=alert(31337)>',
    "'><svg onload=alert(31337)>",
    'javascript:alert(31337)',
    '";alert(31337);//',
    "';alert(31337);//",
    '</script><script>alert(31337)</script>',
    '</style><script>alert(31337)</script>',
    '</textarea><script>alert(31337)</script>',
    '</title><script>alert(31337)</script>',
    '--><script>alert(31337)</script>',
    '${alert(31337)}`;alert(31337);//',
    'x" autofocus onfocus="alert(31337)',
    '<iframe srcdoc="<script>parent.alert(31337)</script>">',
    '</svg><img src=x onerror=alert(31337)>',
]


class Generator:
    def __init__(self, rng, raw_markup, hostile=False):
        self.r = rng
        self.hostile = hostile
        self.words = WORDS + (['x<y'] if raw_markup else [])

    def v(self, p=0.5):
        """Whether this place holds the hostile value (`--hostile`)."""
        return self.hostile and self.r.random() < p

    def text(self):
        return ' '.join(self.r.choice(self.words) for _ in range(self.r.randint(1, 3)))

    def plain_text(self):
        return self.text().replace('#', '')

    def attrs(self, tag):
        r = self.r
        out = ''
        if r.random() < 0.3:
            out += '.' + r.choice(['a', 'b', 'c-d', 'wide'])
        if r.random() < 0.15:
            out += '#' + r.choice(['main', 'x1', 'y'])
        h = []
        if self.v(0.2):
            h.append(r.choice(['title: v', 'title: "t #{v}"', 'style: "color: #{v}"',
                               'data: {x: v}', 'class: v']))
        if tag == 'a' and self.v(0.5):
            h.append(r.choice(['href: v', 'href: "/s?q=#{v}"', 'href: "#{v}"']))
        elif tag == 'a' and r.random() < 0.7:
            h.append('href: "%s"' % r.choice(['/x', '#top', '/q?a=1&b=2', 'https://e.com/p q']))
        if tag == 'img':
            h += ['src: "/i.png"', 'alt: "%s"' % r.choice(['pic', 'a \\"b\\"', ''])]
        if tag == 'input':
            h.append('type: "%s"' % r.choice(['text', 'checkbox', 'submit', 'hidden']))
            if r.random() < 0.5:
                h.append('value: "%s"' % r.choice(['v', 'a b', 'x\\"y', '']))
        if tag in ('input', 'button', 'select', 'textarea') and r.random() < 0.3:
            h.append(r.choice(['disabled: true', 'required: true', 'checked: true',
                               'disabled: false']))
        if r.random() < 0.15:
            h.append('title: "%s"' % r.choice(['t', 'a b', 'x&y', 'q\\"']))
        if r.random() < 0.1:
            h.append('data: {id: "%s"}' % r.choice(['1', 'two']))
        return out + ('{' + ', '.join(h) + '}' if h else '')

    def children(self, depth, ind, out, parent):
        r = self.r
        pad = '  ' * ind
        for _ in range(r.randint(1, 4 if depth < 3 else 2)):
            k = r.random()
            if k < 0.25 and depth > 0:
                t = self.text() + (' #{v}' if self.v(0.3) else '')
                out.append(pad + ('w ' + t if t[0] in '#&=-/.%!~:\\' else t))
            elif k < 0.3 and depth > 0:
                if self.v():
                    out.append(pad + r.choice(['= v', '&= v', '~ v', '== a #{v}']))
                else:
                    out.append(pad + '= "%s"' % r.choice(['out <b>', 'x & y', 'plain']))
            elif k < 0.33 and depth > 0:
                out.append(pad + '/ ' + r.choice(['comment a', 'comment b', 'ko if: x', '/ko',
                                                  '#include virtual="/x"']))
            elif k < 0.36 and depth > 0 and parent not in ('pre', 'textarea'):
                if self.v():
                    out += [pad + r.choice([':plain', ':preserve', ':escaped', ':cdata']),
                            pad + '  plain #{v} ' + self.plain_text()]
                elif r.random() < 0.5:
                    out += [pad + ':plain', pad + '  plain ' + self.plain_text()]
                else:
                    # Several lines, indented: whitespace runs inside text.
                    out += [pad + r.choice([':plain', ':preserve']),
                            pad + '    ' + self.plain_text(), pad + '  ' + self.plain_text(),
                            pad + '      ' + self.plain_text()]
            elif k < 0.42 and depth > 0:
                head = r.choice(['- if true', '- for n in [1, 2]', '- if false'])
                out.append(pad + head)
                if r.random() < 0.5:
                    out.append(pad + ('  = n' if 'for' in head else '  %b yes'))
                else:
                    self.children(depth + 1, ind + 1, out, parent)
            elif k < 0.45 and depth > 0:
                out.append(pad + r.choice(['- if false', '- if true']))
                out.append(pad + '  %i a')
                out.append(pad + '- else')
                out.append(pad + '  %b b')
            elif k < 0.47 and depth > 0:
                choice = r.random()
                if choice < 0.3:
                    out += [pad + ':javascript',
                            pad + ('  var a = "#{v}", c = `#{v}`;' if self.v() else '  var a = "x";')]
                elif choice < 0.5:
                    out += [pad + ':css',
                            pad + ('  p { content: "#{v}" }' if self.v() else '  p { margin: 0 }')]
                elif choice < 0.7:
                    out.append(pad + ('%script var b = #{v};' if self.v() else '%script var b = 1;'))
                else:
                    out.append(pad + '%%span{style: "%s"} s' % r.choice(
                        ['color: red', 'display: inline-block', 'white-space: pre']))
            elif k < 0.49 and depth > 0:
                if r.random() < 0.5:
                    out.append(pad + r.choice(['!= "<i>raw</i>"', 'text #{"interp <x>"} more',
                                               '%em= "ab"']))
                else:
                    # An inline SVG icon: shapes, a title, text.
                    out.append(pad + '%svg{viewBox: "0 0 20 20", width: "20", height: "20"}')
                    out.append(pad + '  %g{fill: "red"}')
                    out.append(pad + '    %rect{width: "5", height: "5"}')
                    if self.v(0.3):
                        out.append(pad + r.choice(['  %title= v', '  %style a{b:"#{v}"}',
                                                   '  %desc #{v}']))
                    elif r.random() < 0.5:
                        out.append(pad + '  %title ' + self.plain_text())
                    if r.random() < 0.5:
                        out += [pad + '  %text{x: "1", y: "15"}', pad + '    ' + self.plain_text(),
                                pad + '    %tspan ' + self.plain_text()]
            elif k < 0.52:
                tag = r.choice(['pre', 'textarea'])
                if self.v(0.4):
                    out.append(pad + '%' + tag + ' a #{v}')
                elif r.random() < 0.5:
                    out.append(pad + '%' + tag + ' ' + self.plain_text())
                else:
                    out += [pad + '%' + tag, pad + '  line one', pad + '  line two']
            else:
                self.element(depth, ind, out, parent)

    def element(self, depth, ind, out, parent):
        r = self.r
        pad = '  ' * ind
        tag = r.choice(INLINE if r.random() < 0.5 else BLOCK)
        if tag == 'li' and parent not in ('ul', 'ol'):
            tag = 'div'
        if tag in ('dt', 'dd') and parent != 'dl':
            tag = 'p'
        if tag in ('ul', 'ol', 'dl') and r.random() < 0.6:
            out.append(pad + '%' + tag + self.attrs(tag) + r.choice(['', '', '<', '>']))
            for _ in range(r.randint(1, 3)):
                kid = 'li' if tag != 'dl' else r.choice(['dt', 'dd'])
                ws = r.choice(['', '', '', '<', '>'])
                if r.random() < 0.5:
                    out.append(pad + '  %' + kid + ws + ' ' + self.plain_text())
                else:
                    out.append(pad + '  %' + kid + ws)
                    self.children(depth + 2, ind + 2, out, kid)
                if r.random() < 0.2:
                    out.append(pad + '  / c')
            return
        if tag == 'table':
            out.append(pad + '%table' + self.attrs(tag))
            if r.random() < 0.4:
                out.append(pad + '  %caption cap')
            sections = r.sample(['thead', 'tbody', 'tfoot'], r.randint(1, 3))
            for section in sections if r.random() < 0.5 else [None]:
                row_pad = pad + ('    ' if section else '  ')
                if section:
                    out.append(pad + '  %' + section)
                for _ in range(r.randint(1, 2)):
                    out.append(row_pad + '%tr')
                    for _ in range(r.randint(1, 3)):
                        out.append(row_pad + '  %' + r.choice(['td', 'th']) +
                                   r.choice(['', ' x', ' ' + self.plain_text()]))
            return
        if tag == 'select':
            out.append(pad + '%select' + self.attrs(tag))
            if r.random() < 0.4:
                out += [pad + '  %optgroup{label: "g"}', pad + '    %option a']
            for i in range(r.randint(1, 3)):
                out.append(pad + '  %option' +
                           r.choice(['{selected: true}', '', '{value: "v"}']) + ' opt %d' % i)
            return
        if tag == 'textarea':
            out.append(pad + '%textarea' + self.attrs(tag) + ' ' + self.plain_text())
            return
        ws = r.choice(['', '>']) if tag in VOID else r.choice(['', '', '', '', '<', '>', '<>'])
        line = pad + '%' + tag + self.attrs(tag) + ws
        c = r.random()
        if tag in VOID or c < 0.15:
            out.append(line)
        elif c < 0.55:
            out.append(line + ' ' + self.plain_text())
        elif c < 0.65:
            out.append(line + ('= v' if self.v() else '= "%s"' % r.choice(['v <i>', 'w', 'a & b'])))
        else:
            out.append(line)
            self.children(depth + 1, ind + 1, out, tag)

    def document(self):
        r = self.r
        out = []
        if r.random() < 0.5:
            out += ['!!! 5', '%html' + r.choice(['', '{lang: "en"}'])]
            if r.random() < 0.5:
                title = '#{v}' if self.v(0.3) else self.plain_text()
                out += ['  %head', '    %title ' + title, '    %meta{charset: "utf-8"}']
            if r.random() < 0.2:
                out.append('  / between')
            out.append('  %body' + r.choice(['', '.page', '<', '>']))
            self.children(1, 2, out, 'body')
        else:
            self.children(0, 0, out, '')
        return '\n'.join(out) + '\n'


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--count', type=int, default=200)
    p.add_argument('--raw-markup', action='store_true')
    p.add_argument('--hostile', action='store_true',
                   help='a hostile value `v` in random places (NAME.locals.json)')
    p.add_argument('--options', action='store_true',
                   help='give some cases engine options (NAME.json): html4, xhtml, ...')
    p.add_argument('--clean', action='store_true', help='remove the generated cases')
    a = p.parse_args()
    if a.clean:
        for f in glob.glob(os.path.join(CORPUS, 'zz_random_*')):  # all of a case's files
            os.remove(f)
        return
    kept = 0
    reference = os.path.join(ROOT, 'tests', 'tools', 'reference.rb')
    for i in range(a.count):
        rng = random.Random(a.seed * 100000 + i)
        generator = Generator(rng, a.raw_markup, a.hostile)
        source = generator.document()
        base = os.path.join(CORPUS, 'zz_random_%d_%d' % (a.seed, i))
        with open(base + '.haml', 'w') as f:
            f.write(source)
        command = ['ruby', reference, 'render', base + '.haml']
        locals_file = None
        if a.hostile and re.search(r'#\{v\}|[=~] v$|: v\b', source, re.M):
            locals_file = base + '.locals.json'
            with open(locals_file, 'w') as f:
                json.dump({'v': rng.choice(PAYLOADS)}, f)
        if a.options and rng.random() < 0.6:
            options = rng.choice([
                '{"format": "html4"}', '{"format": "xhtml"}', '{"attr_quote": "\\""}',
                '{"remove_whitespace": true}', '{"escape_html": false}',
                '{"format": "xhtml", "remove_whitespace": true}'])
            with open(base + '.json', 'w') as f:
                f.write(options + '\n')
            command.append(base + '.json')
        if locals_file:
            if len(command) == 4:
                # No options: reference.rb takes the locals third.
                with open('/tmp/random_templates_no_options.json', 'w') as f:
                    f.write('{}')
                command.append('/tmp/random_templates_no_options.json')
            command.append(locals_file)
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            for ext in ('.haml', '.json', '.locals.json'):
                if os.path.exists(base + ext):
                    os.remove(base + ext)
            continue
        with open(base + '.html', 'w') as f:
            f.write(done.stdout)
        kept += 1
    print('wrote %d cases (of %d) to tests/corpus/zz_random_%d_*' % (kept, a.count, a.seed))


if __name__ == '__main__':
    main()
