import { describe, expect, it } from 'vitest';
import {
  createPrintDocumentStore,
  isPrintDocumentUrl,
  printDocumentId,
  printDocumentUrl,
} from './printDocuments';

describe('PrintDocumentStore', () => {
  it('stores under a fresh random id, returns it until deleted', () => {
    const store = createPrintDocumentStore();
    const a = store.put('<p>a</p>');
    const b = store.put('<p>b</p>');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
    expect(store.get(a)).toBe('<p>a</p>');
    store.delete(a);
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBe('<p>b</p>');
    expect(() => store.delete('unknown')).not.toThrow();
  });

  it('refuses to overwrite a live document on an id collision', () => {
    const store = createPrintDocumentStore(() => 'same');
    store.put('<p>first</p>');
    expect(() => store.put('<p>second</p>')).toThrow(/collision/);
    expect(store.get('same')).toBe('<p>first</p>');
  });
});

describe('print URLs', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('round-trips an id through its URL', () => {
    const url = printDocumentUrl(id);
    expect(url).toBe(`app://kyoso/__print/${id}.html`);
    expect(printDocumentId(new URL(url).pathname)).toBe(id);
    expect(isPrintDocumentUrl(url)).toBe(true);
  });

  it.each([
    `/__print/${id}`,
    `/__print/${id}.html/x`,
    `/__print/..%2f${id}.html`,
    `/x/__print/${id}.html`,
    '/',
  ])('finds no id in %s', (pathname) => {
    expect(printDocumentId(pathname)).toBeNull();
  });

  it('recognises only app:// print URLs', () => {
    expect(isPrintDocumentUrl('app://kyoso/index.html')).toBe(false);
    expect(isPrintDocumentUrl(`app://other/__print/${id}.html`)).toBe(false);
    expect(isPrintDocumentUrl(`https://kyoso/__print/${id}.html`)).toBe(false);
  });
});
