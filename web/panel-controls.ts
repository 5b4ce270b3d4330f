// The operator's controls (Skip, Clear, Pause, Resume), the test-donation form, the panel
// token field, and the table of overlay URLs to paste into OBS. Wired once at start; each
// answer is one sentence under the buttons.
import { byId, describeError, el, post, saveToken, token, type PanelConfig } from './panel-kit.js';
import { setText } from './text.js';

export function wireControls(config: PanelConfig): void {
  const result = byId('action-result');
  const action = (id: string, path: string, describe: (data: Record<string, unknown>) => string): void => {
    byId<HTMLButtonElement>(id).addEventListener('click', async () => {
      const answer = await post(path);
      setText(result, answer.ok ? describe(answer.data) : describeError(answer));
    });
  };
  action('btn-skip', '/api/skip', (d) => (d.skipped ? 'Skipped.' : 'Nothing to skip.'));
  action('btn-clear', '/api/clear', (d) => `Cleared ${Number(d.cleared ?? 0)} waiting.`);
  action('btn-pause', '/api/pause', () => 'Paused.');
  action('btn-resume', '/api/resume', () => 'Resumed.');

  const form = byId<HTMLFormElement>('donation-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      source: 'panel',
      donor: String(data.get('donor') ?? ''),
      message: String(data.get('message') ?? ''),
      amount: Number(data.get('amount')),
      currency: String(data.get('currency') ?? '').toUpperCase(),
    };
    const answer = await post('/api/donations', body);
    setText(
      byId('donation-result'),
      answer.ok ? `Queued as ${String(answer.data.id)} (${String(answer.data.status ?? 'queued')}).` : describeError(answer),
    );
  });

  const input = byId<HTMLInputElement>('token');
  input.value = token();
  byId('token-save').addEventListener('click', () => {
    try {
      saveToken(input.value);
      setText(byId('action-result'), 'Token saved in this browser.');
    } catch {
      setText(byId('action-result'), 'This browser does not allow saving the token.');
    }
  });
  if (config.tokenRequired && !token()) setText(result, 'This service needs the panel token: paste it below.');
}

/** The overlay URLs for each layout, with the Browser Source size each is designed for. */
export function renderOverlayUrls(config: PanelConfig): void {
  const origin = location.origin;
  const rows: Array<[string, string, { width: number; height: number }]> = [
    ['Landscape', `${origin}/overlay`, config.layouts.landscape],
    ['Landscape, transparent', `${origin}/overlay?transparent=1`, config.layouts.landscape],
    ['Portrait (TikTok 9:16)', `${origin}/overlay?layout=portrait`, config.layouts.portrait],
    ['Portrait, transparent', `${origin}/overlay?layout=portrait&transparent=1`, config.layouts.portrait],
  ];
  const table = byId('overlay-urls');
  const header = el('tr');
  header.append(el('th', undefined, 'Layout'), el('th', undefined, 'URL'), el('th', undefined, 'Width × Height'));
  table.replaceChildren(
    header,
    ...rows.map(([name, url, size]) => {
      const row = el('tr');
      const link = el('code', undefined, url);
      row.append(el('td', undefined, name), el('td'), el('td', undefined, `${size.width} × ${size.height}`));
      row.children[1].append(link);
      return row;
    }),
  );
}
