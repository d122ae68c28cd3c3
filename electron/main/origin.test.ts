import { describe, expect, it } from 'vitest';
import { isAppUrl, isPresenterRoute, isPresenterUrl, presenterUrl } from './origin';

describe('origin', () => {
  it('recognises only app://kyoso as the app origin', () => {
    expect(isAppUrl('app://kyoso/index.html')).toBe(true);
    expect(isAppUrl('app://kyoso/assets/x.js?v=1#a')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://kyoso.evil/index.html')).toBe(false);
    expect(isAppUrl('https://kyoso/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts presenter routes and rejects look-alikes', () => {
    expect(isPresenterRoute('#/present/workshop-1')).toBe(true);
    expect(isPresenterRoute('#/present/')).toBe(true);
    expect(isPresenterRoute('#/presenter/x')).toBe(false);
    expect(isPresenterRoute('#/settings')).toBe(false);
    expect(isPresenterRoute('#/present/../settings')).toBe(false);
    expect(isPresenterRoute('#/present/<script>')).toBe(false);
    expect(isPresenterRoute('#/present/a?b')).toBe(false);
  });

  it('accepts only the index page with a presenter hash as a presenter URL', () => {
    expect(isPresenterUrl(presenterUrl('#/present/abc'))).toBe(true);
    expect(isPresenterUrl('app://kyoso/index.html#/settings')).toBe(false);
    expect(isPresenterUrl('app://kyoso/other.html#/present/abc')).toBe(false);
    expect(isPresenterUrl('app://kyoso/index.html?x=1#/present/abc')).toBe(false);
    expect(isPresenterUrl('app://evil/index.html#/present/abc')).toBe(false);
    expect(isPresenterUrl('https://example.com/index.html#/present/abc')).toBe(false);
  });
});
