import { describe, expect, it } from 'vitest';
import { hostsHinting, organisationDomain, otherOrganisationHost, registrableDomain } from '../../lib/audit/organisation-hosts.ts';

describe('registrableDomain', () => {
  it('keeps the name registered under a Thai second-level domain, or the last two labels elsewhere', () => {
    expect(registrableDomain('reg.nrru.ac.th')).toBe('nrru.ac.th');
    expect(registrableDomain('www3.egat.co.th')).toBe('egat.co.th');
    expect(registrableDomain('complain.dwf.go.th')).toBe('dwf.go.th');
    expect(registrableDomain('dwf.go.th')).toBe('dwf.go.th');
    expect(registrableDomain('www.patonghospital.com')).toBe('patonghospital.com');
    expect(registrableDomain('go.th')).toBeNull();
    expect(registrableDomain('127.0.0.1')).toBeNull();
    expect(registrableDomain('localhost')).toBeNull();
  });
});

describe('organisationDomain', () => {
  it("is the audited host's own when the site has a name", () => {
    expect(organisationDomain(['www.kmutnb.ac.th'], new Map([['gmail.com', 9]]))).toBe('kmutnb.ac.th');
  });
  it('for a copy on an address, is the public-body e-mail domain on most pages; free mail never counts', () => {
    expect(organisationDomain(['127.0.0.1'], new Map([['gmail.com', 9], ['dwf.go.th', 5], ['nacc.go.th', 1]]))).toBe('dwf.go.th');
    expect(organisationDomain(['127.0.0.1'], new Map([['hotmail.com', 3]]))).toBeNull();
    expect(organisationDomain(['127.0.0.1'], new Map())).toBeNull();
  });
});

describe('otherOrganisationHost', () => {
  const site = new Set(['kmutnb.ac.th']);
  it("is a host under the organisation's domain that is not the site, its bare domain or a staff host", () => {
    expect(otherOrganisationHost('https://procurement.kmutnb.ac.th/announcement.aspx?id=1', 'kmutnb.ac.th', site)).toBe('procurement.kmutnb.ac.th');
    expect(otherOrganisationHost('https://www.kmutnb.ac.th/news', 'kmutnb.ac.th', site)).toBeNull();
    expect(otherOrganisationHost('https://webmail.kmutnb.ac.th/', 'kmutnb.ac.th', site)).toBeNull();
    expect(otherOrganisationHost('https://intranet.it.kmutnb.ac.th/', 'kmutnb.ac.th', site)).toBeNull();
    expect(otherOrganisationHost('https://www.nacc.go.th/', 'kmutnb.ac.th', site)).toBeNull();
    expect(otherOrganisationHost('https://procurement.kmutnb.ac.th/', null, site)).toBeNull();
    expect(otherOrganisationHost('not a url', 'kmutnb.ac.th', site)).toBeNull();
  });
});

describe('hostsHinting', () => {
  const links = [
    { host: 'reg.nrru.ac.th', url: 'https://reg.nrru.ac.th/registrar/home.asp' },
    { host: 'pasadu.bsru.ac.th', url: 'http://pasadu.bsru.ac.th/newweb/new/sobraca.html' },
    { host: 'arit.bsru.ac.th', url: 'https://arit.bsru.ac.th/procurement/list' },
  ];
  it("'*' takes every host; words take hosts whose name or path holds one", () => {
    expect(hostsHinting(links, ['*'])).toEqual(['arit.bsru.ac.th', 'pasadu.bsru.ac.th', 'reg.nrru.ac.th']);
    expect(hostsHinting(links, ['procurement', 'pasadu'])).toEqual(['arit.bsru.ac.th', 'pasadu.bsru.ac.th']);
    expect(hostsHinting(links, [])).toEqual([]);
  });
});
