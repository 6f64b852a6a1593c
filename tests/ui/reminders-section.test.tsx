// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RemindersSection } from '../../entrypoints/options/reminders-section.tsx';
import type { PageStorage } from '../../lib/ui/panel-deps.ts';

afterEach(cleanup);

function storage(initial: Record<string, unknown> = {}): PageStorage & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = data.get(k);
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  };
}

describe('RemindersSection (options)', () => {
  it('lists audited sites, adds a typed one, refuses a bad day, saves sites and day', async () => {
    const s = storage();
    const reports = { sites: vi.fn(async () => ['https://a.go.th']), trimAll: vi.fn(async () => undefined) };
    const { container } = render(<RemindersSection deps={{ storage: s, reports }} />);
    await waitFor(() => expect(container.querySelector('[data-watch-site="https://a.go.th"]')).toBeTruthy());
    expect((container.querySelector('#reminder-day') as HTMLInputElement).value).toBe('25');
    fireEvent.click(container.querySelector('[data-watch-site="https://a.go.th"]') as HTMLElement);
    fireEvent.input(container.querySelector('#reminder-add-url') as HTMLInputElement, { target: { value: 'www.b.go.th' } });
    fireEvent.click(container.querySelector('#reminder-add') as HTMLElement);
    expect((container.querySelector('[data-watch-site="https://www.b.go.th"]') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(container.querySelector('#reminder-day') as HTMLInputElement, { target: { value: '40' } });
    fireEvent.click(container.querySelector('#save-reminders') as HTMLElement);
    expect(container.querySelector('#reminder-error')).toBeTruthy();
    expect(s.data.has('reminders')).toBe(false);
    fireEvent.input(container.querySelector('#reminder-day') as HTMLInputElement, { target: { value: '28' } });
    fireEvent.click(container.querySelector('#save-reminders') as HTMLElement);
    await waitFor(() => expect(s.data.get('reminders')).toEqual({ sites: ['https://a.go.th', 'https://www.b.go.th'], day: 28 }));
  });
});
