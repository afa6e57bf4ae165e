/**
 * JSON parsing with an error that names the line, for feeds and androidqf files.
 *
 * V8's messages only sometimes carry a position, so on failure the text is re-scanned by a
 * small validating scanner that finds the offset of the first syntax error. It is iterative
 * (an explicit stack), so deeply nested hostile input cannot overflow the call stack.
 */
import { IocInputError, type IocErrorCode } from '../errors.ts';

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: number[] = []; // 1 = in array, 2 = in object
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) return i++ >= 0;
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1] ?? '';
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e) || e === '') return false;
        i += e === 'u' ? 5 : 1;
      }
    }
    return false;
  };
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return (i += word.length) > 0;
    NUMBER_RE.lastIndex = i;
    const match = NUMBER_RE.exec(text);
    if (match === null) return false;
    i += match[0].length;
    return true;
  };
  // Each loop iteration reads one value, then the separators that follow it.
  for (;;) {
    ws();
    const c = text[i];
    if (c === '[' || c === '{') {
      stack.push(c === '[' ? 1 : 2);
      i++;
      ws();
      if (text[i] === (c === '[' ? ']' : '}')) {
        stack.pop();
        i++;
      } else {
        if (c === '{' && !(string() && (ws(), text[i] === ':') && ++i)) return i;
        continue;
      }
    } else if (!scalar()) return i;
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (text[i] === ',') {
        i++;
        ws();
        if (top === 2 && !(string() && (ws(), text[i] === ':') && ++i)) return i;
        break;
      }
      if (text[i] === (top === 1 ? ']' : '}')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}

export function parseJsonText(text: string, code: IocErrorCode, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const line = lineOfOffset(text, offset === -1 ? 0 : offset);
    throw new IocInputError(code, `Invalid JSON: ${(error as Error).message}`, { file, line }, { cause: error });
  }
}
