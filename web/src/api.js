// The page's only door to hoigraph: GraphQL over HTTP POST, with the
// editor's Bearer token when one is signed in.

const TOKEN_KEY = 'hoigraph.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(t) {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

// GraphQLError carries the first error's message and extensions.code.
export class GraphQLError extends Error {
  constructor(message, code, data) {
    super(message);
    this.code = code || '';
    this.data = data;
  }
}

export async function gql(query, variables = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const t = token();
  if (t) headers.authorization = 'Bearer ' + t;
  let res;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new GraphQLError(String(e.message || e), 'NETWORK');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLError('HTTP ' + res.status, 'HTTP');
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw new GraphQLError(e.message, e.extensions && e.extensions.code, body.data);
  }
  return body.data;
}

// schemaFields tells which fields a type has, so the page can use fields that
// other parts of hoigraph add (Area successors, the review mutations) when
// the server has them and leave them out when it does not.
const typeCache = new Map();
export async function typeFields(name) {
  if (!typeCache.has(name)) {
    typeCache.set(name, gql(`query($n: String!) { __type(name: $n) { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`, { n: name })
      .then((d) => {
        const m = new Map();
        for (const f of (d.__type && d.__type.fields) || []) m.set(f.name, f);
        return m;
      })
      .catch(() => new Map()));
  }
  return typeCache.get(name);
}

// baseType is the named type under NON_NULL and LIST wrappers.
export function baseType(t) {
  while (t && !t.name && t.ofType) t = t.ofType;
  return t ? t.name : '';
}
