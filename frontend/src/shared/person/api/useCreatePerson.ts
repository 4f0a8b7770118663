import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type NewPerson = components['schemas']['NewPerson'];

/** POST /api/persons (createPerson). */
export function useCreatePerson() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPerson) => unwrap(client.POST('/api/persons', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.persons.all }),
  });
}
