// `npm run office:setup -- --url https://couch.example.gov.pl --admin admin [--user anna:office,youth[:password]]…`:
// creates the office's CouchDB databases, their security objects and validation functions, and the first
// users. Safe to run again: what exists and matches is left as it is. `--print` shows the documents only.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

// Keep in step with shared/sync/tables.ts (a unit test compares them).
const YOUTH_TABLES = ['participants', 'rooms'];
const OFFICE_TABLES = [
  'partners',
  'contacts',
  'agreements',
  'attachments',
  'events',
  'visits',
  'gifts',
  'tasks',
  'settings',
  'anonymisations',
];
const ROLES = { office: ['office', 'youth'], youth: ['youth'] };

/** The validation function: logged-in members only, known tables only, the author is the login. ES5 for CouchDB's engine. */
function validation(tables, roles) {
  return [
    'function (newDoc, oldDoc, userCtx) {',
    "  if (userCtx.roles.indexOf('_admin') !== -1) return;",
    "  if (!userCtx.name) throw({ unauthorized: 'Log in to write.' });",
    `  var roles = ${JSON.stringify(roles)};`,
    '  var member = false;',
    '  for (var i = 0; i < roles.length; i++) if (userCtx.roles.indexOf(roles[i]) !== -1) member = true;',
    "  if (!member) throw({ forbidden: 'Your role may not write here.' });",
    '  if (newDoc._deleted) return;',
    `  var tables = ${JSON.stringify(tables)};`,
    "  if (tables.indexOf(newDoc.table) === -1) throw({ forbidden: 'Unknown table: ' + newDoc.table });",
    "  if (typeof newDoc.record !== 'object' || newDoc.record === null) throw({ forbidden: 'A record is required.' });",
    "  if (newDoc.changedBy !== userCtx.name) throw({ forbidden: 'changedBy must be the login.' });",
    '}',
  ].join('\n');
}

/** Every document the office needs, by database. */
export function officeDocuments(prefix) {
  const database = (kind, tables) => ({
    name: `${prefix}${kind}`,
    // The roles of a database administer it: only an admin may compact it, and compaction is what removes the old
    // bodies of an erased or anonymised person's record (a minor, a contact, a delegation member) from the server.
    security: {
      admins: { names: [], roles: ROLES[kind] },
      members: { names: [], roles: ROLES[kind] },
    },
    design: { _id: '_design/twinning', validate_doc_update: validation(tables, ROLES[kind]) },
  });
  return { databases: [database('office', OFFICE_TABLES), database('youth', YOUTH_TABLES)] };
}

function parseUser(spec) {
  const [name, roles, password] = spec.split(':');
  const list = (roles ?? '').split(',').filter(Boolean);
  if (!name || !/^[a-z0-9._-]{1,60}$/i.test(name)) throw new Error(`Bad user name in --user ${spec}`);
  if (list.length === 0 || list.some((r) => !['office', 'youth'].includes(r)))
    throw new Error(`--user ${name}: roles are office and/or youth`);
  return { name, roles: list, password: password || undefined };
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      admin: { type: 'string' },
      user: { type: 'string', multiple: true, default: [] },
      prefix: { type: 'string', default: 'twinning-' },
      print: { type: 'boolean', default: false },
    },
  });
  const docs = officeDocuments(values.prefix);
  const users = values.user.map(parseUser);
  if (values.print) {
    console.log(JSON.stringify({ ...docs, users: users.map(({ name, roles }) => ({ name, roles })) }, null, 2));
    return;
  }
  if (!values.url || !values.admin)
    throw new Error('Usage: npm run office:setup -- --url <server> --admin <name[:password]>');
  const [adminName, adminPassword = process.env.COUCHDB_ADMIN_PASSWORD] = values.admin.split(/:(.*)/s);
  if (!adminPassword) throw new Error('Give the admin password as --admin name:password or in COUCHDB_ADMIN_PASSWORD.');
  const base = values.url.replace(/\/+$/, '');
  const auth = `Basic ${Buffer.from(`${adminName}:${adminPassword}`).toString('base64')}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}/${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    return { status: response.status, json };
  };
  const must = (result, what) => {
    if (result.status >= 400) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.json)}`);
    return result;
  };
  const report = (what, state) => console.log(`${state.padEnd(9)} ${what}`);

  must(await call('GET', ''), 'Server');
  for (const system of ['_users']) {
    const r = await call('PUT', system);
    if (r.status !== 412) must(r, `Database ${system}`);
  }
  for (const db of docs.databases) {
    const created = await call('PUT', encodeURIComponent(db.name));
    if (created.status !== 412) must(created, `Database ${db.name}`);
    report(`database ${db.name}`, created.status === 412 ? 'unchanged' : 'created');
    const security = must(await call('GET', `${encodeURIComponent(db.name)}/_security`), 'Security').json;
    const same = JSON.stringify(security) === JSON.stringify(db.security);
    if (!same)
      must(await call('PUT', `${encodeURIComponent(db.name)}/_security`, db.security), `Security of ${db.name}`);
    report(`security of ${db.name} (roles ${db.security.members.roles.join(', ')})`, same ? 'unchanged' : 'set');
    const path = `${encodeURIComponent(db.name)}/_design/twinning`;
    const current = await call('GET', path);
    const unchanged = current.status === 200 && current.json.validate_doc_update === db.design.validate_doc_update;
    if (!unchanged) {
      const rev = current.status === 200 ? { _rev: current.json._rev } : {};
      must(await call('PUT', path, { ...db.design, ...rev }), `Validation of ${db.name}`);
    }
    report(`validation of ${db.name}`, unchanged ? 'unchanged' : 'set');
  }
  for (const user of users) {
    const path = `_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
    const current = await call('GET', path);
    if (current.status === 200) {
      const same = JSON.stringify([...current.json.roles].sort()) === JSON.stringify([...user.roles].sort());
      if (!same) must(await call('PUT', path, { ...current.json, roles: user.roles }), `User ${user.name}`);
      report(`user ${user.name} (${user.roles.join(', ')}), password kept`, same ? 'unchanged' : 'updated');
      continue;
    }
    const password = user.password ?? randomBytes(12).toString('base64url');
    must(
      await call('PUT', path, {
        _id: `org.couchdb.user:${user.name}`,
        name: user.name,
        type: 'user',
        roles: user.roles,
        password,
      }),
      `User ${user.name}`,
    );
    report(`user ${user.name} (${user.roles.join(', ')})${user.password ? '' : `, password: ${password}`}`, 'created');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
