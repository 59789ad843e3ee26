import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/messaging/protocol';
import { Popup } from '../../src/ui/popup';
import type { TabsPort, TargetTab, Watcher } from '../../src/ui/tabs';

/** A tabs port driven by the test: it decides when the content script reports or goes away. */
function fakeTabs(tab: TargetTab | undefined) {
  const watchers: Watcher[] = [];
  const port = {
    target: vi.fn(async () => tab),
    watch: vi.fn((_tabId: number, watcher: Watcher) => {
      watchers.push(watcher);
      return vi.fn();
    }),
    reload: vi.fn(async () => undefined),
    open: vi.fn(async () => undefined),
    report(report: PageReport) {
      for (const watcher of watchers) watcher.onReport(report);
    },
    gone() {
      for (const watcher of watchers.splice(0)) watcher.onGone();
    },
  } satisfies TabsPort & Record<string, unknown>;
  return port;
}

const PROFILE = 'https://www.linkedin.com/in/ada-vermeulen/';

function report(pageType: PageReport['pageType'], result: PageReport['result'] = null): PageReport {
  return { url: PROFILE, site: 'linkedin', pageType, result };
}

describe('Popup', () => {
  it('shows a loading state before the content script answers', async () => {
    const tabs = fakeTabs({ id: 1, url: PROFILE });
    render(<Popup tabs={tabs} />);
    expect(screen.getByRole('status').textContent).toContain('Reading the page');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(tabs.watch).toHaveBeenCalledWith(1, expect.anything()));
  });

  it('names the page the content script reports, and follows it when it changes', async () => {
    const tabs = fakeTabs({ id: 1, url: PROFILE });
    render(<Popup tabs={tabs} />);
    await waitFor(() => expect(tabs.watch).toHaveBeenCalled());
    tabs.report(report('linkedin-profile'));
    expect((await screen.findByTestId('page-type')).textContent).toBe('LinkedIn profile');
    tabs.report(report('linkedin-invitations-sent'));
    await waitFor(() => expect(screen.getByTestId('page-type').textContent).toBe('LinkedIn invitations sent'));
  });

  it("says which fields it couldn't read, never that they are missing", async () => {
    const tabs = fakeTabs({ id: 1, url: PROFILE });
    render(<Popup tabs={tabs} />);
    await waitFor(() => expect(tabs.watch).toHaveBeenCalled());
    tabs.report(
      report('linkedin-invitations-received', {
        snapshot: {
          site: 'linkedin',
          pageType: 'invitations',
          url: PROFILE,
          direction: 'received',
          fields: { invitations: { status: 'present', value: [] }, totalCount: { status: 'unreadable' } },
        },
        diagnostics: { language: 'en', layout: null, fields: {} },
      }),
    );
    expect((await screen.findByTestId('read-summary')).textContent).toBe(
      "Read 1 of 2 items; couldn't read: totalCount.",
    );
  });

  it('offers to reload a supported tab whose content script never answers', async () => {
    const tabs = fakeTabs({ id: 7, url: PROFILE });
    render(<Popup tabs={tabs} />);
    await waitFor(() => expect(tabs.watch).toHaveBeenCalled());
    tabs.gone();
    fireEvent.click(await screen.findByRole('button', { name: 'Reload the tab' }));
    expect(tabs.reload).toHaveBeenCalledWith(7);
  });

  it('reconnects when the tab loads a new document after answering', async () => {
    const tabs = fakeTabs({ id: 7, url: PROFILE });
    render(<Popup tabs={tabs} />);
    await waitFor(() => expect(tabs.watch).toHaveBeenCalledTimes(1));
    tabs.report(report('linkedin-profile'));
    await screen.findByTestId('page-type');
    tabs.gone();
    await waitFor(() => expect(tabs.watch).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('button', { name: 'Reload the tab' })).toBeNull();
  });

  it('lists the supported pages, with links, on any other site', async () => {
    // Without the tabs permission, other sites' URLs are invisible: the tab has no url.
    const tabs = fakeTabs({ id: 3 });
    render(<Popup tabs={tabs} />);
    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toContain(
      'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    );
    expect(tabs.watch).not.toHaveBeenCalled();
  });

  it('lists the supported pages on a LinkedIn page it does not read', async () => {
    const tabs = fakeTabs({ id: 3, url: 'https://www.linkedin.com/feed/' });
    render(<Popup tabs={tabs} />);
    expect(await screen.findByText('Profile Coach works on these pages:')).toBeTruthy();
    expect(tabs.watch).not.toHaveBeenCalled();
  });
});
