/** The bench's baseline: a bare node:http handler inserting into the collector's SQLite schema. */
import { createServer } from 'node:http';
import BetterSqlite3 from 'better-sqlite3';
import { SQLITE_SCHEMA } from '../src/db/sqlite.js';

const db = new BetterSqlite3(process.argv[2]!);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(SQLITE_SCHEMA);
const insert = db.prepare(
  'INSERT INTO responses (id, session_id, payload, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; sessionId: string };
    const receivedAt = new Date().toISOString();
    insert.run(body.id, body.sessionId, JSON.stringify(body), receivedAt);
    const text = JSON.stringify({ id: body.id, state: 'sent', receivedAt });
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(
    JSON.stringify({ msg: 'listening', port: typeof address === 'object' && address ? address.port : 0 }),
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
