// The panel's queue: the head of the queue the snapshot carries, plus "… and N more".
// Updates arrive up to 10 times a second during a raid, so rows are kept by job id and
// changed field by field (moved, added, removed), never rebuilt; donor texts are set with
// textContent only.
import type { JobView } from '../src/core/index.js';
import { renderKeyedRows } from './keyed-rows.js';
import { formatAmount, setText, truncate } from './text.js';

/** 1980 → "1 980": long queue counts read at a glance. */
export function groupDigits(n: number): string {
  return String(Math.max(0, Math.floor(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** One waiting job's row, kept across updates. */
interface QueueRow {
  item: HTMLLIElement;
  donor: HTMLElement;
  amount: HTMLElement;
  state: HTMLElement;
  message: HTMLElement;
}

function span(tag: 'span' | 'div', className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}

export class QueueList {
  private readonly rows = new Map<string, QueueRow>();
  /** The list's last line: "empty" or "… and N more". */
  private readonly tail = document.createElement('li');

  constructor(
    private readonly list: HTMLElement,
    private readonly count: HTMLElement,
    /** When given, every row gets a Remove button calling it with the job id. */
    private readonly onRemove?: (id: string) => void,
  ) {
    this.tail.className = 'muted queue-tail';
  }

  /** `queue`: the first waiting jobs in order; `total`: how many wait in all. */
  render(queue: JobView[], total: number): void {
    setText(this.count, `(${groupDigits(total)})`);
    renderKeyedRows(
      this.list,
      this.rows,
      queue,
      (id) => this.row(id),
      (row, job) => {
        setText(row.donor, truncate(job.donor, 40));
        setText(row.amount, formatAmount(job.amount, job.currency));
        setText(row.state, job.planned ? `${job.phase}, planned` : job.phase);
        setText(row.message, truncate(job.message, 200));
      },
      this.tail,
    );
    const tail = queue.length === 0 ? 'empty' : total > queue.length ? `… and ${groupDigits(total - queue.length)} more` : '';
    if (tail === '') {
      this.tail.remove();
    } else {
      setText(this.tail, tail);
      if (this.list.lastChild !== this.tail) this.list.append(this.tail);
    }
  }

  private row(id: string): QueueRow {
    const item = document.createElement('li');
    item.dataset.id = id;
    const row: QueueRow = {
      item,
      donor: span('span', 'donor'),
      amount: span('span', 'amount'),
      state: span('span', 'muted'),
      message: span('div', 'message'),
    };
    item.append(row.donor, ' ', row.amount, ' ', row.state, row.message);
    if (this.onRemove) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'queue-remove';
      remove.textContent = 'Remove';
      remove.title = 'Take this job out of the queue';
      remove.addEventListener('click', () => this.onRemove?.(id));
      item.append(remove);
    }
    return row;
  }
}
