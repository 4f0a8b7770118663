import { useCallback, useState } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ApiError, toApiError, violationsByField } from '../api/problem';
import type { SummaryError } from './FormErrorSummary';

type SetFieldError<F extends string> = (field: F, error: { type: string; message: string }) => void;

/**
 * What a form does with a failed save: field violations (400/422) go next to their fields and
 * into the error summary; violations on other fields are listed in the summary as text; any
 * other problem (a domain rule, a conflict) is kept as `failure` for the form to show with its
 * `detail`.
 */
export function useServerProblem<F extends string>(fields: readonly F[], setError: SetFieldError<F>) {
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const reset = useCallback(() => {
    setGeneralErrors([]);
    setFailure(null);
  }, []);

  const handle = useCallback(
    (error: unknown): ApiError => {
      const apiError = toApiError(error);
      const violations = apiError.violations;
      if ((apiError.status === 400 || apiError.status === 422) && violations.length > 0) {
        const byField = violationsByField(violations, fields);
        for (const field of fields) {
          const messages = byField[field];
          if (messages) setError(field, { type: 'server', message: messages.join('. ') });
        }
        const rest = byField[''] ?? [];
        setGeneralErrors(rest);
        // A rule problem whose violations all name unknown fields still needs its explanation.
        if (rest.length === violations.length) setFailure(apiError);
      } else {
        setFailure(apiError);
      }
      return apiError;
    },
    [fields, setError],
  );

  return { generalErrors, failure, setFailure, reset, handle };
}

/** The error summary's entries: each field error with a link to its input, then the rest. */
export function summaryErrors<T extends FieldValues, F extends string & keyof T>(
  fields: readonly F[],
  errors: FieldErrors<T>,
  fieldId: (field: F) => string,
  generalErrors: string[] = [],
): SummaryError[] {
  return [
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return typeof message === 'string' && message ? [{ fieldId: fieldId(field), message }] : [];
    }),
    ...generalErrors.map((message) => ({ message })),
  ];
}
