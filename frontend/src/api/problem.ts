import type { components } from './schema.gen';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

/** An API call that ended in an error status, with the problem+json body when there was one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }

  /** The last path segment of the problem type, e.g. `stale-version`. */
  get problemName(): string {
    return this.problem.type.split('/').pop() ?? '';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseViolations(value: unknown): Violation[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(isObject)
    .filter((v) => typeof v.field === 'string' && typeof v.message === 'string')
    .map((v) => ({ field: v.field as string, message: v.message as string }));
}

const statusTitles: Record<number, string> = {
  400: 'Ugyldig forespørsel',
  401: 'Du er ikke innlogget',
  403: 'Du har ikke tilgang',
  404: 'Fant ikke det du ba om',
  409: 'Konflikt med lagrede data',
  422: 'Ugyldige felt',
  500: 'Noe gikk galt på serveren',
  502: 'Tjenesten svarer ikke',
  503: 'Tjenesten er midlertidig utilgjengelig',
};

/**
 * Turns an error body (problem+json, other JSON, text or nothing) and the HTTP status into a
 * Problem. Never throws: an odd body still gives a readable problem.
 */
export function parseProblem(body: unknown, status: number): Problem {
  const fallbackTitle = statusTitles[status] ?? `Uventet svar fra tjenesten (${status})`;
  if (isObject(body)) {
    return {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: typeof body.title === 'string' && body.title ? body.title : fallbackTitle,
      status: typeof body.status === 'number' ? body.status : status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      instance: typeof body.instance === 'string' ? body.instance : undefined,
      rule: typeof body.rule === 'string' ? body.rule : undefined,
      violations: parseViolations(body.violations),
    };
  }
  return {
    type: 'about:blank',
    title: fallbackTitle,
    status,
    detail: typeof body === 'string' && body.trim() && body.length < 500 ? body : undefined,
  };
}

/** Any thrown value as an ApiError, so the UI has one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    type: 'about:blank',
    title: 'Klarte ikke å kontakte tjenesten',
    status: 0,
    detail: error instanceof Error ? error.message : undefined,
  });
}

/**
 * Maps violations to form fields. A violation on `houseRules[2].text` belongs to the field
 * `houseRules`. Violations whose field is not in `knownFields` are returned under `''`.
 */
export function violationsByField<F extends string>(violations: Violation[], knownFields: readonly F[]): Partial<Record<F | '', string[]>> {
  const result: Partial<Record<F | '', string[]>> = {};
  for (const violation of violations) {
    const root = violation.field.split(/[.[]/)[0] as F;
    const key: F | '' = knownFields.includes(root) ? root : '';
    (result[key] ??= []).push(violation.message);
  }
  return result;
}
