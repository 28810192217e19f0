// A gettext .po → .mo compiler (the subset WordPress translations use: msgctxt, msgid,
// msgid_plural, msgstr[n], multi-line strings, the usual escapes; fuzzy entries are left out, as
// msgfmt does), so the build needs no gettext on the machine.
const UNESCAPE = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

function unquote(text, where) {
  const m = /^"(.*)"$/.exec(text.trim());
  if (!m) throw new Error(`${where}: expected a quoted string, got ${text}`);
  return m[1].replace(/\\(.)/g, (_, c) => {
    if (!(c in UNESCAPE)) throw new Error(`${where}: unknown escape \\${c}`);
    return UNESCAPE[c];
  });
}

/** The entries of a .po file: `{ context, id, plural, strings, fuzzy }`. */
export function parsePo(text, file = 'po') {
  const entries = [];
  let entry = null;
  let field = null;
  let fuzzy = false;
  const finish = () => {
    if (entry && entry.id !== undefined) entries.push({ ...entry, fuzzy });
    entry = null;
    field = null;
    fuzzy = false;
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.trim();
    if (line === '') return finish();
    if (line.startsWith('#,')) {
      if (entry && entry.id !== undefined && field !== 'context') finish();
      if (/\bfuzzy\b/.test(line)) fuzzy = true;
      return;
    }
    if (line.startsWith('#')) return;
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      const [, key, index, value] = m;
      if (key === 'msgctxt' || (key === 'msgid' && entry?.strings?.length)) {
        const keepFuzzy = fuzzy;
        finish();
        fuzzy = keepFuzzy;
      }
      entry ??= { strings: [] };
      const s = unquote(value, where);
      if (key === 'msgctxt') ((entry.context = s), (field = 'context'));
      else if (key === 'msgid') ((entry.id = s), (field = 'id'));
      else if (key === 'msgid_plural') ((entry.plural = s), (field = 'plural'));
      else {
        const n = index === undefined ? 0 : Number(index);
        entry.strings[n] = s;
        field = n;
      }
      return;
    }
    if (line.startsWith('"') && entry && field !== null) {
      const s = unquote(line, where);
      if (field === 'context') entry.context += s;
      else if (field === 'id') entry.id += s;
      else if (field === 'plural') entry.plural += s;
      else entry.strings[field] += s;
      return;
    }
    throw new Error(`${where}: cannot read ${JSON.stringify(raw)}`);
  });
  finish();
  return entries;
}

/** The .mo file (little-endian) for a .po file's text. */
export function compileMo(poText, file) {
  const pairs = parsePo(poText, file)
    // Untranslated entries are left out (WordPress then shows the English), as msgfmt does.
    .filter((e) => !e.fuzzy && e.strings.some((s) => s !== ''))
    .map((e) => {
      const key =
        (e.context !== undefined ? `${e.context}\x04` : '') +
        e.id +
        (e.plural !== undefined ? `\0${e.plural}` : '');
      return [Buffer.from(key, 'utf8'), Buffer.from(e.strings.join('\0'), 'utf8')];
    })
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const header = 28;
  const tables = header + n * 16;
  let offset = tables;
  const out = [];
  const origTable = Buffer.alloc(n * 8);
  const transTable = Buffer.alloc(n * 8);
  pairs.forEach(([key], i) => {
    origTable.writeUInt32LE(key.length, i * 8);
    origTable.writeUInt32LE(offset, i * 8 + 4);
    out.push(key, Buffer.from([0]));
    offset += key.length + 1;
  });
  pairs.forEach(([, value], i) => {
    transTable.writeUInt32LE(value.length, i * 8);
    transTable.writeUInt32LE(offset, i * 8 + 4);
    out.push(value, Buffer.from([0]));
    offset += value.length + 1;
  });
  const head = Buffer.alloc(header);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(header, 12);
  head.writeUInt32LE(header + n * 8, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(tables, 24);
  return Buffer.concat([head, origTable, transTable, ...out]);
}

/** Reads a .mo file back (for tests): Map of key → translation. */
export function readMo(buffer) {
  if (buffer.readUInt32LE(0) !== 0x950412de) throw new Error('not a little-endian .mo file');
  const n = buffer.readUInt32LE(8);
  const orig = buffer.readUInt32LE(12);
  const trans = buffer.readUInt32LE(16);
  const map = new Map();
  for (let i = 0; i < n; i++) {
    const at = (table) => {
      const length = buffer.readUInt32LE(table + i * 8);
      const start = buffer.readUInt32LE(table + i * 8 + 4);
      return buffer.subarray(start, start + length).toString('utf8');
    };
    map.set(at(orig), at(trans));
  }
  return map;
}
