/** @file The lean content-script context (src/content/context.ts) behaves as WXT's does where the scripts rely on it. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../src/content/context';

describe('ContentScriptContext (lean)', () => {
  it('is valid until invalidated, then calls each invalidation callback once, except removed ones', () => {
    const ctx = new ContentScriptContext('linkedin');
    const kept = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(removed)();
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('becomes invalid once the extension is gone (no runtime id), as after an update or removal', () => {
    const ctx = new ContentScriptContext('linkedin');
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('stops when a newer copy of the same script starts, and not for another script', () => {
    const older = new ContentScriptContext('linkedin');
    const other = new ContentScriptContext('x');
    expect(older.isValid).toBe(true);
    const newer = new ContentScriptContext('linkedin');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    newer.notifyInvalidated();
    other.notifyInvalidated();
  });
});
