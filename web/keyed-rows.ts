// Lists that are updated up to 10 times a second (queue, pending) keep one DOM row per job id:
// rows of jobs that left are removed, new ones are created, and every row is moved only when
// it is out of place, so focus, hover and text selection survive an update.

export interface KeyedRow {
  item: HTMLElement;
}

/**
 * Makes `list` show one row per item, in order. `keep` is a node (e.g. a "… and N more" tail)
 * that is never removed; anything else left over in the list goes.
 */
export function renderKeyedRows<T extends { id: string }, R extends KeyedRow>(
  list: HTMLElement,
  rows: Map<string, R>,
  items: readonly T[],
  create: (id: string) => R,
  update: (row: R, item: T) => void,
  keep: Node | null = null,
): void {
  const ids = new Set(items.map((item) => item.id));
  for (const [id, row] of rows) {
    if (ids.has(id)) continue;
    row.item.remove();
    rows.delete(id);
  }
  let cursor: ChildNode | null = list.firstChild;
  for (const item of items) {
    let row = rows.get(item.id);
    if (!row) {
      row = create(item.id);
      rows.set(item.id, row);
    }
    update(row, item);
    if (row.item === cursor) cursor = cursor.nextSibling;
    else list.insertBefore(row.item, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    if (cursor !== keep) cursor.remove();
    cursor = next;
  }
}
