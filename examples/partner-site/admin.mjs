#!/usr/bin/env node
// The facilitator's admin command for the running example (the same calls the collector's
// /admin page makes):
//   npm run admin -- list [--status pending|visible|hidden]
//   npm run admin -- approve <commitment-id> | --text "words from the post"
//   npm run admin -- hide <commitment-id> | --text "words from the post"
// Reads the endpoint and token that `npm start` used (.netweave/admin-token), or
// NETWEAVE_ENDPOINT / NETWEAVE_ADMIN_TOKEN / NETWEAVE_SESSION.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const STATUS = { approve: 'visible', hide: 'hidden' };

export async function adminCommand(argv, { endpoint, token, session }) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { text: { type: 'string' }, status: { type: 'string' } },
  });
  const [command, id] = positionals;
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const base = `${endpoint}/v1/admin/sessions/${encodeURIComponent(session)}`;
  const all = async () => {
    const items = [];
    let cursor = null;
    do {
      const res = await fetch(
        `${base}/commitments?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { headers: auth },
      );
      if (!res.ok) throw new Error(`Listing commitments failed: ${res.status} ${await res.text()}`);
      const page = await res.json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  if (command === 'list') {
    const items = await all();
    return values.status ? items.filter((c) => c.status === values.status) : items;
  }
  if (!(command in STATUS))
    throw new Error('Usage: admin list | approve <id> | hide <id> (or --text "…" instead of the id)');
  let target = id;
  if (!target && values.text) {
    const matches = (await all()).filter((c) => c.text.includes(values.text));
    if (matches.length !== 1)
      throw new Error(`${matches.length} commitments contain that text; give the id instead.`);
    target = matches[0].id;
  }
  if (!target) throw new Error(`Which commitment? Give its id or --text "…".`);
  const res = await fetch(`${base}/commitments/${encodeURIComponent(target)}/moderation`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ status: STATUS[command] }),
  });
  if (!res.ok) throw new Error(`${command} failed: ${res.status} ${await res.text()}`);
  return res.json();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tokenFile = resolve(import.meta.dirname, '../../.netweave/admin-token');
  const token =
    process.env.NETWEAVE_ADMIN_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '');
  if (!token) {
    console.error('No admin token: start the example with npm start first, or set NETWEAVE_ADMIN_TOKEN.');
    process.exit(2);
  }
  try {
    const result = await adminCommand(process.argv.slice(2), {
      endpoint: process.env.NETWEAVE_ENDPOINT ?? 'http://127.0.0.1:8787',
      token,
      session: process.env.NETWEAVE_SESSION ?? 'riverside-2026-11',
    });
    if (Array.isArray(result))
      for (const c of result) console.log(`${c.id}  ${c.status.padEnd(8)}  ${c.text}`);
    else console.log(`${result.id}: now ${result.status}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
