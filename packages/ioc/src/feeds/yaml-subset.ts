/**
 * A strict parser for the small YAML subset the Echap feeds are written in: block sequences,
 * block mappings, plain and simply-quoted scalars, comments. All scalars are strings, exactly as
 * the `yaml` library's failsafe schema returns them.
 *
 * Why it exists: the general `yaml` library needs ≈ 240 ms to parse ioc.yaml in a fresh
 * process, most of the 300 ms feed-load budget (see docs/decisions/0010). This parser reads
 * the same file in a few milliseconds. It never guesses: on anything outside the subset
 * (flow collections, anchors, block scalars, multi-line plain scalars, odd indentation,
 * duplicate keys, …) it throws `UnsupportedYaml` and the caller falls back to the `yaml`
 * library, which is then the authority for both the value and any error message.
 */

export class UnsupportedYaml extends Error {
  constructor(readonly line: number, reason: string) {
    super(`line ${line}: ${reason}`);
  }
}

export interface ParsedYaml {
  value: unknown;
  /** 1-based line of each item when the root is a sequence. */
  itemLines: number[];
}

interface Line {
  indent: number;
  content: string;
  no: number;
}

const INDICATOR_START = /^[[\]{}&*!|>%@`,]|^[?:-](\s|$)/;

function tokenize(text: string): Line[] {
  const lines: Line[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i] as string;
    if (s.endsWith('\r')) s = s.slice(0, -1);
    let indent = 0;
    while (indent < s.length && s.charCodeAt(indent) === 32) indent++;
    if (indent === s.length || s.charCodeAt(indent) === 35) continue; // blank or comment
    if (s.charCodeAt(indent) === 9) {
      if (s.trim() === '') continue;
      throw new UnsupportedYaml(i + 1, 'tab indentation');
    }
    const rest = indent === 0 ? s : s.slice(indent);
    if (indent === 0 && (rest.startsWith('---') || rest.startsWith('...') || rest.startsWith('%'))) {
      throw new UnsupportedYaml(i + 1, 'document markers or directives');
    }
    const content = rest.trimEnd();
    if (content.length === 0) continue; // only trailing whitespace after the indentation
    lines.push({ indent, content, no: i + 1 });
  }
  return lines;
}

function isSeqItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** Index of the `:` that ends a mapping key, or -1 when the content is not `key: …`. */
function keyColon(content: string): number {
  const c = content.charCodeAt(0);
  if (c === 39 || c === 34) return -1; // quoted keys are outside the subset
  for (let i = 0; i < content.length; i++) {
    const ch = content.charCodeAt(i);
    if (ch === 35 && i > 0 && content.charCodeAt(i - 1) === 32) return -1; // a comment starts
    if (ch === 58 && (i + 1 === content.length || content.charCodeAt(i + 1) === 32)) return i;
  }
  return -1;
}

function scalar(raw: string, no: number): string {
  const text = raw.trim();
  const first = text.charCodeAt(0);
  if (first === 39) return quoted(text, "'", no);
  if (first === 34) return quoted(text, '"', no);
  if (INDICATOR_START.test(text)) throw new UnsupportedYaml(no, 'scalar starts with an indicator');
  const hash = text.includes('#') ? text.search(/\s#/) : -1;
  const value = hash === -1 ? text : text.slice(0, hash).trimEnd();
  if (value.includes(': ') || value.endsWith(':')) throw new UnsupportedYaml(no, 'nested mapping in a scalar');
  return value;
}

function quoted(text: string, q: string, no: number): string {
  let out = '';
  let i = 1;
  for (;;) {
    if (i >= text.length) throw new UnsupportedYaml(no, 'unterminated or multi-line quoted scalar');
    const ch = text[i] as string;
    if (q === "'" && ch === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      break;
    }
    if (q === '"' && ch === '"') break;
    if (q === '"' && ch === '\\') {
      const esc = text[i + 1];
      const map: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };
      if (esc === undefined || map[esc] === undefined) throw new UnsupportedYaml(no, 'escape sequence');
      out += map[esc];
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  const rest = text.slice(i + 1);
  if (rest.length > 0 && !/^\s+#/.test(rest)) throw new UnsupportedYaml(no, 'text after a quoted scalar');
  return out;
}

class SubsetParser {
  private pos = 0;
  readonly itemLines: number[] = [];

  constructor(private readonly lines: Line[]) {}

  parseDocument(): unknown {
    if (this.lines.length === 0) return '';
    const first = this.lines[0] as Line;
    const value = this.node(first.indent, true);
    if (this.pos < this.lines.length) throw new UnsupportedYaml(this.current().no, 'content after the root node');
    return value;
  }

  private current(): Line {
    return this.lines[this.pos] as Line;
  }

  private node(minIndent: number, root = false): unknown {
    const line = this.current();
    if (line.indent < minIndent) throw new UnsupportedYaml(line.no, 'indentation');
    if (isSeqItem(line.content)) return this.sequence(line.indent, root);
    if (keyColon(line.content) !== -1) return this.mapping(line.indent);
    this.pos++;
    const value = scalar(line.content, line.no);
    this.expectNotDeeper(line.indent, line.no);
    return value;
  }

  /** After a scalar, a deeper line would be a multi-line scalar: outside the subset. */
  private expectNotDeeper(indent: number, no: number): void {
    if (this.pos < this.lines.length && this.current().indent > indent) throw new UnsupportedYaml(no, 'multi-line scalar');
  }

  private sequence(indent: number, root: boolean): unknown[] {
    const items: unknown[] = [];
    while (this.pos < this.lines.length) {
      const line = this.current();
      if (line.indent !== indent || !isSeqItem(line.content)) break;
      if (root) this.itemLines.push(line.no);
      let start = 1;
      while (line.content.charCodeAt(start) === 32) start++;
      const rest = line.content.slice(start);
      if (rest === '') {
        this.pos++;
        if (this.pos < this.lines.length && this.current().indent > indent) items.push(this.node(indent + 1));
        else items.push('');
        continue;
      }
      if (isSeqItem(rest)) throw new UnsupportedYaml(line.no, 'compact nested sequence');
      if (keyColon(rest) !== -1) {
        // "- key: value" opens a mapping whose keys sit at the column of "key".
        const column = indent + (line.content.length - rest.length);
        this.lines[this.pos] = { indent: column, content: rest, no: line.no };
        items.push(this.mapping(column));
        continue;
      }
      this.pos++;
      items.push(scalar(rest, line.no));
      this.expectNotDeeper(indent, line.no);
    }
    if (this.pos < this.lines.length && this.current().indent > indent) throw new UnsupportedYaml(this.current().no, 'indentation');
    return items;
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.pos < this.lines.length) {
      const line = this.current();
      if (line.indent !== indent || isSeqItem(line.content)) break;
      const colon = keyColon(line.content);
      if (colon === -1) throw new UnsupportedYaml(line.no, 'expected a key');
      const key = line.content.slice(0, colon).trimEnd();
      if (key === '' || INDICATOR_START.test(key) || key === '__proto__') throw new UnsupportedYaml(line.no, 'key');
      if (Object.hasOwn(map, key)) throw new UnsupportedYaml(line.no, 'duplicate key');
      let rest = line.content.slice(colon + 1).trim();
      if (rest.startsWith('#')) rest = '';
      this.pos++;
      if (rest !== '') {
        map[key] = scalar(rest, line.no);
        this.expectNotDeeper(indent, line.no);
        continue;
      }
      if (this.pos >= this.lines.length) {
        map[key] = '';
        continue;
      }
      const next = this.current();
      if (next.indent > indent) map[key] = this.node(indent + 1);
      else if (next.indent === indent && isSeqItem(next.content)) map[key] = this.sequence(indent, false);
      else map[key] = '';
    }
    if (this.pos < this.lines.length && this.current().indent > indent) throw new UnsupportedYaml(this.current().no, 'indentation');
    return map;
  }
}

/** Parses `text` if it is inside the subset; throws `UnsupportedYaml` otherwise. */
export function parseYamlSubset(text: string): ParsedYaml {
  const parser = new SubsetParser(tokenize(text));
  const value = parser.parseDocument();
  return { value, itemLines: Array.isArray(value) ? parser.itemLines : [] };
}
