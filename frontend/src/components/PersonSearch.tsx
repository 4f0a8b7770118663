import { useState } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';

export const personSok = {
  navnEllerNummer: 'Søk på navn eller fødselsnummer',
  navn: 'Søk på navn',
  hjelp: 'Del av navnet, fødselsdatoen (ddmmåå) eller hele fødselsnummeret (11 sifre)',
  knapp: 'Søk',
};

interface FieldProps {
  id: string;
  /** false where the reader sees no numbers (ESIKT): the field asks for a name only. */
  byNumber?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The search text of a list whose filters and page are in the URL, and the way to submit a new text along with a new
 * URL (`nextParams`, as `URLSearchParams.toString()` gives it). The router updates the URL a moment after the
 * search is submitted; the new text takes effect in the same render as the new URL, so the list is fetched once, for
 * both, and not first with the new text on the old page. `currentParams` is the URL's search params now.
 */
export function useSearchText(currentParams: string): [string, (text: string, nextParams: string) => void] {
  const [state, setState] = useState<{ text: string; previous: string; waitFor: string | null }>({
    text: '',
    previous: '',
    waitFor: null,
  });
  if (state.waitFor !== null && state.waitFor === currentParams) {
    // The URL has arrived: from now on the text applies whatever the URL does.
    setState({ ...state, waitFor: null });
  }
  const text = state.waitFor === null || state.waitFor === currentParams ? state.text : state.previous;
  const submit = (next: string, nextParams: string) =>
    setState({ text: next, previous: text, waitFor: nextParams === currentParams ? null : nextParams });
  return [text, submit];
}

/**
 * The text field for finding a person in a list by part of the name or the first digits of the number. It has no
 * `name`, and the text goes to the API in a request body (a `search…` operation), never into a URL.
 */
export function PersonSearchField({ id, byNumber = true, value, onChange }: FieldProps) {
  return (
    <Textfield
      id={id}
      type="search"
      label={byNumber ? personSok.navnEllerNummer : personSok.navn}
      description={byNumber ? personSok.hjelp : undefined}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

interface FormProps {
  id: string;
  /** The search landmark's name, e.g. "Søk i ventelisten". */
  label: string;
  byNumber?: boolean;
  /** The trimmed text, '' for the whole list again; called on Enter or the button. */
  onSearch: (text: string) => void;
}

/** A search landmark with a person search field and a button, for a list without a filter form of its own. */
export function PersonSearchForm({ id, label, byNumber = true, onSearch }: FormProps) {
  const [text, setText] = useState('');
  return (
    <form
      role="search"
      aria-label={label}
      className="bta-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <PersonSearchField id={id} byNumber={byNumber} value={text} onChange={setText} />
      <div>
        <Button type="submit" variant="secondary">
          {personSok.knapp}
        </Button>
      </div>
    </form>
  );
}
