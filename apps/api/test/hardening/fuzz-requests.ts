import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  nullable?: boolean;
  oneOf?: OpenApiSchema[];
  allOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
}
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}
export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: OpenApiSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

export interface Operation {
  method: string;
  path: string;
  op: OpenApiOperation;
}

export interface FuzzRequest {
  method: string;
  url: string;
  contentType?: string;
  body?: string;
  /** What was broken on purpose, for the failure message. */
  note: string;
}

export function operations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}

/** Values no field of the API may accept as they are (PostgreSQL refuses or the DTOs must). */
const POISON_STRINGS = ['a\u0000b', '\u0000', '0000-01-01', '2020-02-30', '9999999999999999999999', '-1', 'x'.repeat(20_000), '{}', '../../etc/passwd', '%00', '\ud800', '1e309', 'NaN', 'null', ' '];
const POISON_NUMBERS = [2147483648, -2147483649, 1e20, -1e20, 1.5, -1, 0, Number.MAX_SAFE_INTEGER];
const poisonValue = fc.oneof(
  fc.constantFrom<unknown>(...POISON_STRINGS),
  fc.constantFrom<unknown>(...POISON_NUMBERS),
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], [[[]]], { a: { b: { c: 'd\u0000' } } }),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
);

export function resolveRef(doc: OpenApiDocument, schema: OpenApiSchema | undefined): OpenApiSchema | undefined {
  let s = schema;
  for (let i = 0; s?.$ref && i < 10; i++) s = doc.components?.schemas?.[s.$ref.split('/').pop() as string];
  return s;
}

/** A value that roughly fits the schema (the base that mutations then break). */
export function plausible(doc: OpenApiDocument, schema: OpenApiSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(doc, schema);
  if (!s || depth > 6) return fc.constant(null);
  const variants = s.oneOf ?? s.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => plausible(doc, v, depth + 1)));
  if (s.allOf?.length) return plausible(doc, s.allOf[0], depth + 1);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type[0] : s.type ?? (s.properties ? 'object' : 'string');
  switch (type) {
    case 'integer':
      return fc.integer({ min: 0, max: 3000 });
    case 'number':
      return fc.double({ min: 0, max: 10_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plausible(doc, s.items, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      return fc.record(Object.fromEntries(props.map(([k, v]) => [k, plausible(doc, v, depth + 1)])), { requiredKeys: props.map(([k]) => k).filter((k) => s.required?.includes(k)) });
    }
    default:
      if (s.format === 'uuid') return fc.uuid();
      if (s.format === 'date') return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: 30 });
  }
}

type Mutation = (value: unknown) => unknown;

/** Breaks one field of an object (or the value itself) with a poison value. */
const mutation: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), poisonValue, fc.constantFrom('replace', 'drop', 'add')).map(([pick, poison, how]) => (value: unknown) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return how === 'add' ? [value, poison] : poison;
  const obj = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(obj);
  if (how === 'add' || keys.length === 0) obj[`unexpected_${pick % 5}`] = poison;
  else if (how === 'drop') delete obj[keys[pick % keys.length]];
  else obj[keys[pick % keys.length]] = poison;
  return obj;
});

/**
 * Something every body-taking handler refuses whatever its DTO: a prototype key or a NUL
 * character (the API-wide sanity pipe), so a generated mutating request can never be valid.
 */
const guaranteedInvalid = fc.constantFrom('proto', 'constructor', 'nul');

function withPoison(value: unknown, kind: string): string {
  if (kind === 'nul') {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return JSON.stringify({ ...(value as object), note: 'x\u0000y' });
    return JSON.stringify({ value, note: '\u0000' });
  }
  const key = kind === 'proto' ? '__proto__' : 'constructor';
  const rest = typeof value === 'object' && value !== null && !Array.isArray(value) ? JSON.stringify(value).slice(1) : '}';
  return `{"${key}":{"isAdmin":true}${rest === '}' ? '}' : `,${rest}`}`;
}

function pathValue(ids: string[], mutating: boolean): fc.Arbitrary<string> {
  const garbage = fc.oneof(fc.constantFrom('x', '0', '-1', '2147483648', '%00', 'null', '..', '%E0%A4%A', 'a'.repeat(500), "1'OR'1'='1"), fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent));
  // A mutating request never gets a real id, so the database cannot legitimately change.
  if (mutating || ids.length === 0) return fc.oneof(fc.uuid(), garbage);
  return fc.oneof(fc.constantFrom(...ids), fc.uuid(), garbage);
}

function queryValue(doc: OpenApiDocument, p: OpenApiParameter, ids: string[]): fc.Arbitrary<string | undefined> {
  const base = plausible(doc, p.schema).map((v) => (v === null || v === undefined ? undefined : String(v)));
  const real = ids.length ? fc.constantFrom(...ids) : fc.uuid();
  return fc.oneof(base, real, fc.constantFrom<string | undefined>(undefined, ...POISON_STRINGS.filter((s) => s.length < 100)), fc.string({ maxLength: 20 }));
}

/** One generated request for an operation: invalid in at least one place when it could change data. */
export function requestFor(doc: OpenApiDocument, operation: Operation, ids: string[]): fc.Arbitrary<FuzzRequest> {
  const mutating = operation.method !== 'GET';
  const params = operation.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const content = operation.op.requestBody?.content ?? {};
  const contentType = Object.keys(content)[0];
  const bodySchema = contentType ? content[contentType].schema : undefined;
  const bodyArb: fc.Arbitrary<{ body?: string; contentType?: string; note: string }> = !contentType
    ? mutating && pathParams.length === 0
      ? fc.constant({ body: withPoison({}, 'proto'), contentType: 'application/json', note: 'no-body op, prototype key' })
      : fc.constant({ note: 'no body' })
    : contentType.startsWith('text/')
      ? fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom('\u0000', '\u0000\u0001PK\u0003\u0004')).map(([text, bad]) => ({ body: text + bad, contentType, note: 'text body with control characters' }))
      : fc
          .tuple(fc.oneof({ weight: 4, arbitrary: plausible(doc, bodySchema) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) }), fc.array(mutation, { minLength: 1, maxLength: 3 }), guaranteedInvalid, fc.boolean())
          .map(([base, mutations, poison, deep]) => {
            let value = mutations.reduce((v, m) => m(v), base);
            if (deep) value = { wrapper: JSON.parse('['.repeat(40) + ']'.repeat(40)), value };
            return { body: withPoison(value, poison), contentType: 'application/json', note: `body: ${mutations.length} mutation(s), ${poison}${deep ? ', 40 levels deep' : ''}` };
          });
  return fc
    .tuple(
      fc.tuple(...pathParams.map(() => pathValue(ids, mutating))),
      fc.tuple(...queryParams.map((p) => queryValue(doc, p, ids))),
      bodyArb,
      fc.option(fc.constantFrom('%00', 'x', '99999999999999999999', '0000-01-01'), { nil: undefined }),
    )
    .map(([pathValues, queryValues, body, extraQuery]) => {
      let path = operation.path;
      pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, pathValues[i])));
      const query = new URLSearchParams();
      queryParams.forEach((p, i) => queryValues[i] !== undefined && query.set(p.name, queryValues[i] as string));
      let qs = query.toString();
      if (extraQuery !== undefined && queryParams.length) qs += `${qs ? '&' : ''}${encodeURIComponent(queryParams[0].name)}=${extraQuery}`;
      return { method: operation.method, url: qs ? `${path}?${qs}` : path, ...body };
    });
}
