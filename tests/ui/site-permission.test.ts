import { describe, expect, it } from 'vitest';
import { sitePermissionOrigins } from '../../lib/ui/site-permission.ts';

describe('sitePermissionOrigins', () => {
  it('covers the site with and without www, over http and https, and nothing else', () => {
    expect(sitePermissionOrigins('https://www.bansuan.go.th/public/')).toEqual(['*://bansuan.go.th/*', '*://www.bansuan.go.th/*']);
    expect(sitePermissionOrigins('http://bansuan.go.th')).toEqual(['*://bansuan.go.th/*', '*://www.bansuan.go.th/*']);
  });
  it('asks for an IP host alone, without its port', () => {
    expect(sitePermissionOrigins('http://127.0.0.1:8080/')).toEqual(['*://127.0.0.1/*']);
  });
  it('refuses what is not a web page', () => {
    expect(sitePermissionOrigins('chrome://extensions')).toBeNull();
    expect(sitePermissionOrigins('not a url')).toBeNull();
  });
});
