import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePurge, parsePurgeArguments } from '../../../scripts/team/purgeCli';
import { purgeErasedRecords } from '../../../scripts/team/teamPurge';
import { erasureMarkerBody, erasureMarkerDocId } from '../../../shared/sync/erasureMarker';

// team:purge against a fake CouchDB that implements only what the script calls (the test
// server, pouchdb-server, has no _purge): it records each request and refuses bad passwords.

const ADMIN = { name: 'coordinator', password: 'a good password' };
const DATABASE = 'trama-demo';
const AT = '2026-12-01T10:00:00.000Z';

interface Leaf {
  rev: string;
  isDeleted: boolean;
  body: Record<string, unknown>;
  /** Its revision ids, newest first (its own only when not given). */
  path?: string[];
}

/** A leaf's `_revisions`, as CouchDB gives it with `revs=true`. */
function revisionsOf(leaf: Leaf) {
  const [generation, hash] = leaf.rev.split('-') as [string, string];
  return { start: Number(generation), ids: leaf.path ?? [hash] };
}

class FakeCouch {
  readonly docs = new Map<string, Leaf[]>();
  readonly requests: Array<{ method: string; path: string; body: unknown }> = [];
  hasPurge = true;
  private server: Server | null = null;

  put(docId: string, ...leaves: Leaf[]) {
    this.docs.set(docId, leaves);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.answer(request).then(({ status, body }) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    this.requests.push({ method, path: `${url.pathname}${url.search}`, body });
    const expected = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
    if (request.headers.authorization !== expected)
      return { status: 401, body: { error: 'unauthorized', reason: 'Name or password is incorrect.' } };
    const [, database, docId] = url.pathname.split('/').map(decodeURIComponent);
    if (database !== DATABASE) return { status: 404, body: { error: 'not_found', reason: 'Database does not exist.' } };
    if (docId === undefined) return { status: 200, body: { db_name: DATABASE } };
    if (docId === '_all_docs' && method === 'GET') return { status: 200, body: this.allDocs(url.searchParams) };
    if (docId === '_purge' && method === 'POST') {
      // What pouchdb-server answers: it reads POST _purge as a document.
      if (!this.hasPurge) return { status: 400, body: { error: 'bad_request', reason: 'only_multipart_accepted' } };
      return { status: 201, body: { purge_seq: null, purged: this.purge(body as Record<string, string[]>) } };
    }
    if (docId === '_compact' && method === 'POST') {
      if (request.headers['content-type'] !== 'application/json')
        return { status: 415, body: { error: 'bad_content_type' } };
      return { status: 202, body: { ok: true } };
    }
    if (method === 'GET' && url.searchParams.get('open_revs') === 'all') {
      const leaves = this.docs.get(docId);
      if (!leaves) return { status: 404, body: { error: 'not_found', reason: 'missing' } };
      return {
        status: 200,
        body: leaves.map((leaf) => ({
          ok: {
            _id: docId,
            _rev: leaf.rev,
            ...(leaf.isDeleted ? { _deleted: true } : leaf.body),
            ...(url.searchParams.get('revs') === 'true' ? { _revisions: revisionsOf(leaf) } : {}),
          },
        })),
      };
    }
    return { status: 400, body: { error: 'bad_request', reason: `not faked: ${method} ${url.pathname}` } };
  }

  private allDocs(query: URLSearchParams) {
    const start = JSON.parse(query.get('startkey') ?? '""') as string;
    const end = JSON.parse(query.get('endkey') ?? '"\\ufff0"') as string;
    const limit = Number(query.get('limit') ?? 1_000_000);
    const rows = [...this.docs]
      .filter(([docId, leaves]) => docId >= start && docId <= end && leaves.some((leaf) => !leaf.isDeleted))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([docId, leaves]) => {
        const winner = leaves.find((leaf) => !leaf.isDeleted)!;
        return {
          id: docId,
          key: docId,
          value: { rev: winner.rev },
          doc: { _id: docId, _rev: winner.rev, ...winner.body },
        };
      });
    return { total_rows: this.docs.size, offset: 0, rows };
  }

  private purge(request: Record<string, string[]>) {
    const purged: Record<string, string[]> = {};
    for (const [docId, revs] of Object.entries(request)) {
      const leaves = this.docs.get(docId) ?? [];
      purged[docId] = revs.filter((rev) => leaves.some((leaf) => leaf.rev === rev));
      const left = leaves.filter((leaf) => !revs.includes(leaf.rev));
      if (left.length === 0) this.docs.delete(docId);
      else this.docs.set(docId, left);
    }
    return purged;
  }
}

const live = (rev: string, body: Record<string, unknown>): Leaf => ({ rev, isDeleted: false, body });
const deleted = (rev: string): Leaf => ({ rev, isDeleted: true, body: {} });
const marker = (contactId: string) =>
  live('1-m', erasureMarkerBody(contactId, '3-aaa', [], 'anna', AT) as unknown as Record<string, unknown>);

let couch: FakeCouch;
let url: string;
beforeEach(async () => {
  couch = new FakeCouch();
  url = await couch.start();
});
afterEach(async () => {
  await couch.stop();
});

const writes = () =>
  couch.requests.filter((request) => request.method !== 'GET').map(({ method, path }) => `${method} ${path}`);

describe('team:purge', () => {
  it('purges every revision of each erased record, keeps the markers, compacts, and a second run purges nothing', async () => {
    couch.put(erasureMarkerDocId('c-1'), marker('c-1'));
    couch.put('contacts:c-1', deleted('3-aaa'), deleted('2-bbb'));
    couch.put(erasureMarkerDocId('c-2'), marker('c-2'));
    couch.put('contacts:c-2', deleted('3-ccc'), live('3-ddd', { table: 'contacts', record: { id: 'c-2' } }));
    couch.put(erasureMarkerDocId('c-3'), marker('c-3'));
    couch.put(erasureMarkerDocId('x'), live('1-x', { ...erasureMarkerBody('x', '2-a', [], 'eve', AT), name: 'Ada' }));
    couch.put('contacts:x', deleted('2-a'));
    couch.put('stakeholders:s-1', live('1-s', { table: 'stakeholders', record: { id: 's-1' } }));

    const report = await purgeErasedRecords({ url, team: 'demo', admin: ADMIN });
    expect(report.records).toEqual([
      { contactId: 'c-1', outcome: { kind: 'purged', revisions: 2 } },
      { contactId: 'c-2', outcome: { kind: 'live' } },
      { contactId: 'c-3', outcome: { kind: 'gone' } },
    ]);
    expect(report.invalidMarkers).toEqual([erasureMarkerDocId('x')]);
    expect(writes()).toEqual(['POST /trama-demo/_purge', 'POST /trama-demo/_compact']);
    expect(couch.requests.find((request) => request.path.endsWith('_purge'))?.body).toEqual({
      'contacts:c-1': ['3-aaa', '2-bbb'],
    });
    expect(couch.docs.has('contacts:c-1')).toBe(false);
    expect(couch.docs.has('contacts:c-2')).toBe(true);
    expect(couch.docs.has('contacts:x')).toBe(true);
    for (const id of ['c-1', 'c-2', 'c-3', 'x']) expect(couch.docs.has(erasureMarkerDocId(id))).toBe(true);
    const said = describePurge(report);
    expect(said).toContain('purged           contacts:c-1 (2 leaf revision(s)');
    expect(said).toContain('NOT purged       contacts:c-2');
    expect(said).toContain('already purged   contacts:c-3');
    expect(said).toContain(`ignored          ${erasureMarkerDocId('x')}`);
    expect(said).toContain('Not reached: copies outside the server');

    couch.requests.length = 0;
    const again = await purgeErasedRecords({ url, team: 'demo', admin: ADMIN });
    expect(again.records.map(({ contactId, outcome }) => [contactId, outcome.kind])).toEqual([
      ['c-1', 'gone'],
      ['c-2', 'live'],
      ['c-3', 'gone'],
    ]);
    expect(writes()).toEqual(['POST /trama-demo/_compact']);
    expect(describePurge(again)).toContain('Nothing new to purge.');
  });

  it('leaves a record whose erasure was taken back before it was deleted the ordinary way', async () => {
    // The marker names deletion 3-aaa; Undo made 4-bbb on top of it, an ordinary deletion 5-ccc.
    couch.put(erasureMarkerDocId('c-1'), marker('c-1'));
    couch.put('contacts:c-1', { ...deleted('5-ccc'), path: ['ccc', 'bbb', 'aaa', 'zzz'] });
    // A deletion made without seeing the erasure's (a teammate offline), beside the erasure's own: purged.
    couch.put(erasureMarkerDocId('c-2'), marker('c-2'));
    couch.put(
      'contacts:c-2',
      { ...deleted('3-aaa'), path: ['aaa', 'yyy'] },
      { ...deleted('4-ddd'), path: ['ddd', 'eee', 'yyy'] },
    );

    const report = await purgeErasedRecords({ url, team: 'demo', admin: ADMIN });
    expect(report.records).toEqual([
      { contactId: 'c-1', outcome: { kind: 'taken-back' } },
      { contactId: 'c-2', outcome: { kind: 'purged', revisions: 2 } },
    ]);
    expect(couch.docs.has('contacts:c-1')).toBe(true);
    expect(describePurge(report)).toContain('NOT purged       contacts:c-1: the erasure was taken back');
  });

  it('reads markers page after page', async () => {
    for (let index = 0; index < 1_203; index++) {
      const id = `c-${String(index).padStart(4, '0')}`;
      couch.put(erasureMarkerDocId(id), marker(id));
      couch.put(`contacts:${id}`, deleted('2-z'));
    }
    const report = await purgeErasedRecords({ url, team: 'demo', admin: ADMIN });
    expect(report.records.filter((record) => record.outcome.kind === 'purged')).toHaveLength(1_203);
    expect(couch.requests.filter((request) => request.path.includes('_all_docs'))).toHaveLength(3);
    expect(couch.requests.filter((request) => request.path.endsWith('_purge'))).toHaveLength(13);
    expect([...couch.docs.keys()].filter((docId) => docId.startsWith('contacts:'))).toEqual([]);
  });

  it('says so and purges nothing on a wrong password, a missing team or a server without _purge', async () => {
    couch.put(erasureMarkerDocId('c-1'), marker('c-1'));
    couch.put('contacts:c-1', deleted('2-a'));
    await expect(
      purgeErasedRecords({ url, team: 'demo', admin: { ...ADMIN, password: 'wrong password' } }),
    ).rejects.toThrow(/refused the name or password of coordinator/);
    await expect(purgeErasedRecords({ url, team: 'other', admin: ADMIN })).rejects.toThrow(
      'There is no team database trama-other',
    );
    couch.hasPurge = false;
    await expect(purgeErasedRecords({ url, team: 'demo', admin: ADMIN })).rejects.toThrow(/run this against CouchDB 3/);
    expect(couch.docs.has('contacts:c-1')).toBe(true);
    expect(writes()).toEqual(['POST /trama-demo/_purge']);
  });

  it('refuses arguments that would leak the password or cross the network in the clear', async () => {
    const base = ['--url', 'https://couch.example.org', '--team', 'demo', '--admin', 'coordinator'];
    expect(parsePurgeArguments(base)).toEqual({
      url: 'https://couch.example.org',
      team: 'demo',
      adminName: 'coordinator',
    });
    expect(parsePurgeArguments(['--help'])).toBe('help');
    expect(() => parsePurgeArguments([...base, '--admin-password=secret'])).toThrow('never given on the command line');
    expect(() => parsePurgeArguments(base.slice(2))).toThrow('--url is missing');
    expect(() => parsePurgeArguments([...base, '--team'])).toThrow('--team needs a value');
    expect(() => parsePurgeArguments([...base, '--force'])).toThrow('Unknown argument "--force"');
    await expect(purgeErasedRecords({ url: 'http://couch.example.org', team: 'demo', admin: ADMIN })).rejects.toThrow(
      'Refusing plain http://',
    );
    await expect(purgeErasedRecords({ url, team: '../_users', admin: ADMIN })).rejects.toThrow('is not allowed');
    expect(couch.requests).toEqual([]);
  });
});
