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
    // Under a ministry's umbrella domain each office is one label further down; www names the ministry itself.
    expect(registrableDomain('covid19.ddc.moph.go.th')).toBe('ddc.moph.go.th');
    expect(registrableDomain('laplaehospital.moph.go.th')).toBe('laplaehospital.moph.go.th');
    expect(registrableDomain('www.moph.go.th')).toBe('moph.go.th');
    expect(registrableDomain('moph.go.th')).toBe('moph.go.th');
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
  it('never takes the sister offices under an umbrella domain for the organisation (hospitals under moph.go.th)', () => {
    expect(organisationDomain(['127.0.0.1'], new Map(), ['laplaehospital.moph.go.th', 'nampadhosp.moph.go.th', 'tronhospital.moph.go.th', 'www.moph.go.th'])).toBeNull();
    expect(otherOrganisationHost('https://nampadhosp.moph.go.th/', 'phichaihospital.moph.go.th', new Set(['phichaihospital.moph.go.th']))).toBeNull();
    // The department that owns the umbrella domain has its hosts: agriinfo.doae.go.th is the DOAE's own system.
    expect(otherOrganisationHost('https://agriinfo.doae.go.th/', 'doae.go.th', new Set(['127.0.0.1']))).toBe('agriinfo.doae.go.th');
  });
  it('for a copy on an address with no e-mail domain, is the public-body domain under which the links reach the most hosts (at least three, more than any other)', () => {
    const rmutk = ['booking.rmutk.ac.th', 'reg.rmutk.ac.th', 'www.admissions.rmutk.ac.th', 'www.facebook.com', 'www.nacc.go.th', 'www.opdc.go.th'];
    expect(organisationDomain(['127.0.0.1'], new Map(), rmutk)).toBe('rmutk.ac.th');
    // www.x and x are one host; two hosts of a domain, or a tie between two domains, name no organisation.
    expect(organisationDomain(['127.0.0.1'], new Map(), ['www.rmutk.ac.th', 'rmutk.ac.th', 'reg.rmutk.ac.th'])).toBeNull();
    expect(organisationDomain(['127.0.0.1'], new Map(), ['a.x.ac.th', 'b.x.ac.th', 'c.x.ac.th', 'a.y.go.th', 'b.y.go.th', 'c.y.go.th'])).toBeNull();
    // Commercial domains never count; an e-mail domain wins over links.
    expect(organisationDomain(['127.0.0.1'], new Map(), ['a.blogspot.com', 'b.blogspot.com', 'c.blogspot.com'])).toBeNull();
    expect(organisationDomain(['127.0.0.1'], new Map([['dwf.go.th', 2]]), rmutk)).toBe('dwf.go.th');
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
