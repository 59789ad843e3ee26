/**
 * @file A lean ContentScriptContext for the content scripts. wxt.config.ts aliases `wxt/utils/content-script-context`
 * to this file, so WXT's content-script wrapper builds this one and passes it to `main(ctx)`. It keeps what serve.ts
 * relies on (`isValid`, which notices an extension that was updated or removed; `onInvalidated`; `signal`) and WXT's
 * hand-over to a newer copy of the same script, and leaves out what no content script here uses: the location
 * watcher (serve.ts listens to the Navigation API itself) and the timer, frame and event wrappers. That is about
 * 0.6 KB gzipped of each content script. test/content/context.test.ts holds it to WXT's behaviour.
 */
// The native API, like serve.ts: the polyfill stays out of content scripts.
import { browser } from '@wxt-dev/browser';

interface ScriptStarted {
  contentScriptName?: string;
  messageId?: string;
}

export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // WXT's event: a newer copy of this script (a reload during development) announces itself, and older ones stop.
    const type = `${browser.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    const detail: ScriptStarted = { contentScriptName, messageId: this.#id };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    const onStarted = (event: Event) => {
      const detail = event instanceof CustomEvent ? (event.detail as ScriptStarted | null) : null;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== this.#id) this.notifyInvalidated();
    };
    document.addEventListener(type, onStarted, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the extension was updated, reloaded or removed (its runtime id is gone), or a newer copy started. */
  get isInvalid(): boolean {
    if (!browser.runtime?.id) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `callback` when the context is invalidated; returns a function that removes it. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  notifyInvalidated(): void {
    this.#controller.abort('Content script context invalidated');
  }
}
