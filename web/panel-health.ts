// The health card: /health every 5 s (component states, the Donation Alerts line, the link to
// the latest model-check report). The next poll is set only after this one ends, so a slow
// service never piles up requests.
import { byId, el } from './panel-kit.js';
import { setText } from './text.js';

const HEALTH_EVERY_MS = 5000;

export class HealthCard {
  /** `daConnect`: the server can connect Donation Alerts (shows the Connect button). */
  constructor(private readonly daConnect: boolean) {}

  async refresh(): Promise<void> {
    try {
      const response = await fetch('/health', { cache: 'no-store' });
      const body = (await response.json()) as {
        status?: string;
        components?: Record<string, Record<string, unknown>>;
        queueLength?: number;
      };
      const status = byId('health-status');
      setText(status, String(body.status ?? 'unknown'));
      status.className = `pill ${body.status === 'ok' ? 'ok' : 'warn'}`;
      const items = Object.entries(body.components ?? {}).map(([name, component]) => {
        const item = el('li');
        const state = String(component.state ?? 'unknown');
        item.append(
          el('span', 'component', name),
          ' ',
          el('span', `pill state-${state}`, state),
          ' ',
          el('span', 'muted', String(component.detail ?? '')),
        );
        return item;
      });
      byId('health-list').replaceChildren(...items);
      const da = Object.entries(body.components ?? {}).find(([name]) => /donation/i.test(name))?.[1];
      setText(byId('da-state'), da ? `${String(da.state ?? '')}: ${String(da.detail ?? '')}` : '');
      byId('da-connect').hidden = !this.daConnect;
      void this.showModelCheckLink();
    } catch {
      setText(byId('health-status'), 'unreachable');
      byId('health-status').className = 'pill bad';
    } finally {
      setTimeout(() => void this.refresh(), HEALTH_EVERY_MS);
    }
  }

  /** A link to the latest `drawstream model-check` report under the health list, when there is one. */
  private async showModelCheckLink(): Promise<void> {
    const response = await fetch('/api/model-check/latest', { cache: 'no-store' }).catch(() => null);
    const latest = response?.ok ? ((await response.json()) as { name?: string; report?: string }) : null;
    let link = document.getElementById('model-check-link') as HTMLAnchorElement | null;
    if (!latest?.report) return link?.remove();
    if (!link) {
      link = el('a') as HTMLAnchorElement;
      link.id = 'model-check-link';
      link.target = '_blank';
      link.rel = 'noopener';
      byId('health-list').after(link);
    }
    link.href = latest.report;
    setText(link, `Latest model check (${String(latest.name ?? '')})`);
  }
}
