import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageChangedNotice } from '../../src/messaging/protocol';
import { Popup } from '../../src/ui/popup';
import type { TabsPort, TargetTab } from '../../src/ui/tabs';

/** A tabs port whose answers the test chooses. */
function fakeTabs(tab: TargetTab | undefined, answer: (tabId: number) => Promise<unknown>) {
  const listeners = new Set<(notice: PageChangedNotice, tabId: number | undefined) => void>();
  const port: TabsPort & { emit(notice: PageChangedNotice): void } = {
    target: vi.fn(async () => tab),
    ask: vi.fn(async (tabId: number) => answer(tabId)),
    reload: vi.fn(async () => undefined),
    open: vi.fn(async () => undefined),
    onPageChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(notice) {
      for (const listener of listeners) listener(notice, tab?.id);
    },
  };
  return port;
}

const PROFILE = 'https://www.linkedin.com/in/ada-vermeulen/';

describe('Popup', () => {
  it('shows a loading state before the content script answers', () => {
    const tabs = fakeTabs({ id: 1, url: PROFILE }, () => new Promise(() => undefined));
    render(<Popup tabs={tabs} />);
    expect(screen.getByRole('status').textContent).toContain('Reading the page');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
  });

  it('names the page the content script reports', async () => {
    const tabs = fakeTabs({ id: 1, url: PROFILE }, async () => ({
      url: PROFILE,
      site: 'linkedin',
      pageType: 'linkedin-profile',
    }));
    render(<Popup tabs={tabs} />);
    expect((await screen.findByTestId('page-type')).textContent).toBe('LinkedIn profile');
    expect(tabs.ask).toHaveBeenCalledWith(1, { type: 'snapshot' });
  });

  it('follows in-app navigation reported by the content script', async () => {
    let pageType = 'linkedin-profile';
    const tabs = fakeTabs({ id: 1, url: PROFILE }, async () => ({ url: PROFILE, site: 'linkedin', pageType }));
    render(<Popup tabs={tabs} />);
    await screen.findByText('LinkedIn profile');
    pageType = 'linkedin-invitations-sent';
    tabs.emit({ type: 'page-changed', url: PROFILE, pageType: 'linkedin-invitations-sent' });
    await waitFor(() => expect(screen.getByTestId('page-type').textContent).toBe('LinkedIn invitations sent'));
    expect(tabs.ask).toHaveBeenCalledTimes(2);
  });

  it('ignores navigation reported by other tabs', async () => {
    const tabs = fakeTabs({ id: 1, url: PROFILE }, async () => ({
      url: PROFILE,
      site: 'linkedin',
      pageType: 'linkedin-profile',
    }));
    const listeners: Array<(notice: PageChangedNotice, tabId: number | undefined) => void> = [];
    tabs.onPageChanged = (listener) => {
      listeners.push(listener);
      return () => undefined;
    };
    render(<Popup tabs={tabs} />);
    await screen.findByText('LinkedIn profile');
    for (const listener of listeners)
      listener({ type: 'page-changed', url: 'https://x.com/home', pageType: 'unsupported' }, 99);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tabs.ask).toHaveBeenCalledTimes(1);
  });

  it('offers to reload a supported tab whose content script does not answer', async () => {
    const tabs = fakeTabs({ id: 7, url: PROFILE }, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    render(<Popup tabs={tabs} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reload the tab' }));
    expect(tabs.reload).toHaveBeenCalledWith(7);
  });

  it('lists the supported pages, with links, on any other site', async () => {
    // Without the tabs permission, other sites' URLs are invisible: the tab has no url.
    const tabs = fakeTabs({ id: 3 }, async () => {
      throw new Error('no content script');
    });
    render(<Popup tabs={tabs} />);
    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toContain(
      'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    );
    expect(tabs.ask).not.toHaveBeenCalled();
  });

  it('lists the supported pages on a LinkedIn page it does not read', async () => {
    const tabs = fakeTabs({ id: 3, url: 'https://www.linkedin.com/feed/' }, async () => ({}));
    render(<Popup tabs={tabs} />);
    expect(await screen.findByText('Profile Coach works on these pages:')).toBeTruthy();
  });
});
