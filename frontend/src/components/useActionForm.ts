import { useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { ApiError } from '../api/problem';
import type { ActionFormFrame } from './ActionForm';
import type { SummaryError } from './FormErrorSummary';
import { summaryErrors, useServerProblem } from './useServerProblem';

interface Options<T extends FieldValues, F extends string & keyof T, R> {
  /** The form's id; fields get the ids `${id}-${field}`. */
  id: string;
  schema: z.ZodType<T, T>;
  /** The top-level fields, in the order the error summary lists them. */
  fields: readonly F[];
  defaultValues: NoInfer<DefaultValues<T>>;
  save: (values: NoInfer<T>) => Promise<R>;
  onSaved: (result: R) => void;
  /** After the usual handling of a failed save: put a rule's explanation where it belongs. */
  onProblem?: (error: ApiError, form: UseFormReturn<T, unknown, T>) => void;
  /** Summary entries for nested fields (lists of rows) that `fields` cannot name. */
  nestedSummary?: (errors: FieldErrors<T>, fieldId: (field: string) => string) => SummaryError[];
}

/**
 * What every step form does: react-hook-form with the zod schema, the server's problem shown in
 * the form (field violations next to the fields and in the summary, otherwise the `detail`), the
 * error summary after the first submit, and a pending state. Returns the form and the props for
 * `ActionForm`.
 */
export function useActionForm<T extends FieldValues, F extends string & keyof T, R>(options: Options<T, F, R>) {
  const { id, schema, fields, defaultValues, save, onSaved, onProblem, nestedSummary } = options;
  const form = useForm<T, unknown, T>({ resolver: zodResolver(schema), defaultValues });
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  // Each attempt (client-side check, then the server's answer) moves focus to the summary once.
  const [attempt, setAttempt] = useState(0);
  const fieldId = (field: string) => `${id}-${field}`;
  const server = useServerProblem(fields, (field, error) => form.setError(field as unknown as Path<T>, error));
  const { errors } = form.formState;

  const onValid = async (values: T) => {
    server.reset();
    setPending(true);
    try {
      const result = await save(values);
      onSaved(result);
    } catch (error) {
      const apiError = server.handle(error);
      onProblem?.(apiError, form);
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  const summary = [
    ...summaryErrors(fields, errors, fieldId, []),
    ...(nestedSummary?.(errors, fieldId) ?? []),
    ...server.generalErrors.map((message) => ({ message })),
  ];

  const frame: ActionFormFrame = {
    id,
    failure: server.failure,
    summary,
    showSummary: submitted,
    pending,
    focusKey: attempt,
    onSubmit: (event) => {
      setSubmitted(true);
      setAttempt((n) => n + 1);
      void form.handleSubmit(onValid)(event);
    },
  };
  return { form, errors, fieldId, frame, server };
}
