import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { felles } from './tekster';

interface Props {
  /** Current page, counted from 0 as in the API. */
  page: number;
  size: number;
  totalItems: number;
  onChange: (page: number) => void;
  label: string;
}

/** Page navigation for paginated API lists; renders nothing when everything fits on one page. */
export function Pager({ page, size, totalItems, onChange, label }: Props) {
  const totalPages = Math.max(1, Math.ceil(totalItems / size));
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: page + 1,
    totalPages,
    showPages: 7,
    setCurrentPage: (next) => onChange(next - 1),
  });
  if (totalItems <= size) return null;
  return (
    <Pagination aria-label={label}>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} aria-label={felles.sider.forrigeSide}>
            {felles.sider.forrige}
          </Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page: p, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof p === 'number' && buttonProps ? (
              <Pagination.Button {...buttonProps} aria-label={felles.sider.side(p)}>
                {p}
              </Pagination.Button>
            ) : (
              p
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} aria-label={felles.sider.nesteSide}>
            {felles.sider.neste}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
