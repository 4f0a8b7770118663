import { describe, expect, it } from 'vitest';
import { ApiError, parseProblem, toApiError, violationsByField } from './problem';

describe('parseProblem', () => {
  it('reads a problem+json body', () => {
    const problem = parseProblem(
      {
        type: 'https://bta.kommune.no/problems/validation',
        title: 'Ugyldige felt',
        status: 422,
        violations: [{ field: 'houseRules', message: 'må ha minst én regel' }, { nonsense: true }],
      },
      422,
    );
    expect(problem).toMatchObject({
      type: 'https://bta.kommune.no/problems/validation',
      title: 'Ugyldige felt',
      status: 422,
      violations: [{ field: 'houseRules', message: 'må ha minst én regel' }],
    });
  });

  it('gives a Norwegian title when the body is not a problem', () => {
    expect(parseProblem(undefined, 503)).toMatchObject({ title: 'Tjenesten er midlertidig utilgjengelig', status: 503 });
    expect(parseProblem('Bad Gateway', 502)).toMatchObject({ status: 502, detail: 'Bad Gateway' });
    expect(parseProblem(null, 418).title).toContain('418');
  });
});

describe('ApiError', () => {
  it('names the problem by the last part of its type', () => {
    const error = new ApiError(parseProblem({ type: 'https://bta.kommune.no/problems/stale-version', title: 'Endret', status: 409 }, 409));
    expect(error.problemName).toBe('stale-version');
    expect(error.status).toBe(409);
  });

  it('wraps network failures', () => {
    const error = toApiError(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.problem.title).toBe('Klarte ikke å kontakte tjenesten');
  });
});

describe('violationsByField', () => {
  it('maps nested field paths to their form field and keeps the rest apart', () => {
    const result = violationsByField(
      [
        { field: 'houseRules[1].text', message: 'for lang' },
        { field: 'validFrom', message: 'må være en dato' },
        { field: 'basedOnVersion', message: 'mangler' },
      ],
      ['validFrom', 'houseRules'] as const,
    );
    expect(result).toEqual({ houseRules: ['for lang'], validFrom: ['må være en dato'], '': ['mangler'] });
  });
});
