import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_ROOT } from '../../bench/eval.ts';
import { parseExpectedSite } from '../../lib/eval/expected-site.ts';
import { getChecklist } from '../../lib/checklist/built-in-checklists.ts';

/**
 * The shape of every real-page corpus (real organisations' sites rebuilt from stored public sources, labelled by hand
 * before the checker ran): sources noted, start pages present, every item of the chosen checklist labelled, small.
 * Their accuracy is checked by the ratchet in eval-corpus.test.ts.
 */
describe.each([
  { corpus: 'real', what: 'local government, an institute, an information centre', minSites: 5 },
  { corpus: 'real2', what: 'local government in five build styles', minSites: 5 },
  { corpus: 'real3', what: 'hospitals, a health office, a public organisation, a school', minSites: 5 },
  { corpus: 'real4', what: 'local government on vendor platforms', minSites: 3 },
  { corpus: 'real5', what: 'a faculty, a college, hospitals', minSites: 4 },
  { corpus: 'real6', what: 'local government rebuilt by outside developers (React, Next.js, Laravel)', minSites: 3 },
  { corpus: 'real7', what: 'a prison, a hospital, two vocational colleges', minSites: 4 },
  { corpus: 'real8', what: 'local government on a newer vendor platform, hospitals (held-back test of the final code)', minSites: 5 },
  { corpus: 'real9', what: 'held-back test of the final code: sites rich in present, dated content', minSites: 3 },
  { corpus: 'real10', what: 'held-back test of the final code: health offices and a hospital rich in dated ITA documents', minSites: 2 },
  { corpus: 'real11', what: 'held-back test of the final code: local-government sub-sites (an information centre, a complaint centre)', minSites: 2 },
  { corpus: 'real12', what: 'held-back test of the final code: two MOPH community hospitals (MOIT page, ITA document store) and an OVEC technical college', minSites: 3 },
  { corpus: 'real13', what: 'held-back test of the final code: a municipality\'s OIT 2566 index of named href="#" rows', minSites: 1 },
  { corpus: 'real14', what: 'held-back test of the final code: a public science school\'s 2020 redesign with no ITA page', minSites: 1 },
  { corpus: 'real15', what: 'held-back test of the final code: an army hospital\'s stale 2017 redesign and a community hospital\'s one-page CMS', minSites: 2 },
  { corpus: 'real16', what: 'held-back test of the final code: an army staff department\'s 2017 PHP site and a small OBEC school\'s static Laravel site', minSites: 2 },
  { corpus: 'real17', what: 'held-back test of the final code: a municipality\'s disaster-prevention unit site (students\' Laravel project, 2021)', minSites: 1 },
  { corpus: 'real18', what: 'held-back test of the final code: a city municipality\'s public-health bureau on Next.js (server-rendered, Radix menus and tabs, 2025)', minSites: 1 },
  { corpus: 'real19', what: 'held-back test of the final code: a central department\'s provincial branch office (land office) on hand-written static pages of 2025', minSites: 1 },
  { corpus: 'real20', what: 'held-back test of the final code: a public university faculty\'s PHP site as a crawler saved it in 2017 (lower-cased), audited in FY 2565', minSites: 1 },
  { corpus: 'real21', what: 'held-back test of the final code: two community hospitals — an in-house PHP redesign of 2025 (seeded news, placeholder contacts, online booking) and a query-string-routed PHP 5 template site', minSites: 2 },
  { corpus: 'real22', what: 'held-back test of the final code: a provincial prison\'s online prisoner-visit booking site (plain PHP, 2020–2021)', minSites: 1 },
  { corpus: 'real23', what: 'held-back test of the final code: an OBEC school\'s 2026 PHP MVC site rendered from its seed data — an ITA page of 43 old-numbering rows all waiting, template contacts, Google-Form complaint channel', minSites: 1 },
  { corpus: 'real24', what: 'held-back test of the final code: a district office of the Department of Provincial Administration on hand-written static pages of 2026 (service guides, hover menus, href="#" documents)', minSites: 1 },
  { corpus: 'real25', what: 'held-back test of the final code: a public university faculty\'s server-rendered Next.js site whose ITA page links almost only to other hosts (FY 2565)', minSites: 1 },
  { corpus: 'real26', what: 'held-back test of the final code: a MOPH general hospital\'s Yii 2 redesign of 2025 (contact card on every page but the contact page, dated titles over href="#", menu entries to missing routes)', minSites: 1 },
  { corpus: 'real27', what: 'held-back test of the final code: a sub-district non-formal education centre\'s student-built PHP site of 2019 routed by query string, rendered from its SQL dump and audited in FY 2565', minSites: 1 },
  { corpus: 'real29', what: 'held-back test of the final code: a subdistrict municipality\'s 2026 static replacement portal (ITA page of self-awarded \'ครบถ้วน 100%\' cards, items only on the old host, alert-only forms)', minSites: 1 },
  { corpus: 'real31', what: 'held-back test of the final code: a subdistrict health-promoting hospital\'s (รพ.สต.) Next.js site of 2025 served before its scripts run — news and events left as loading spinners, contact with map, staff cards, a patient service-steps page', minSites: 1 },
  { corpus: 'real33', what: 'held-back test of the final code: a subdistrict administrative organisation\'s server-rendered Next.js + MUI redesign prototype (bare section names without links, a template Google map, another body\'s placeholder news; FY 2567)', minSites: 1 },
  { corpus: 'real30', what: 'held-back test of the final code: a primary educational service area office\'s vendor-built Laravel site of 2021–2022 rendered with its seeders only — 17 named disclosure headings over "ไม่พบข้อมูล", empty content pages, a real contact page and complaint channel', minSites: 1 },
  { corpus: 'real32', what: 'held-back test of the final code: a public organisation\'s national-museum site (vendor PHP of 2015) rendered with an empty content database — named frames over nothing, generated dates, contact page with map and message form', minSites: 1 },
  { corpus: 'real35', what: 'held-back test of the final code: a community hospital\'s own static site on an event template, frozen in December 2565 — ITA year tabs whose 2566 tab lists MOIT 1–22 (Drive documents for MOIT 1–5, bare titles without href for MOIT 6–22), an embedded Google-Form complaint centre', minSites: 1 },
  { corpus: 'real36', what: 'held-back test of the final code: two central-government agencies\' home pages (a ministry department, ACFS; the civil service office, OCSC) as a crawler saved them in March 2018 — the only page kept of each, news of 2561, menu entries naming ITA items over 404 targets, e-services on sibling hosts; audited in FY 2565', minSites: 2 },
  { corpus: 'real37', what: 'held-back test of the final code: an OBEC primary school\'s static GitHub Pages site of June 2026 whose HTML is a template\'s placeholders (director, phone, address in the wrong district, 2567 news, an unset Google Form) overwritten by a script from settings.json on another host; staff and activity pages as spinners', minSites: 1 },
  { corpus: 'real39', what: 'held-back test of the final code: a provincial public health office\'s plain-PHP redesign prototype of 2024 (start page not the home page, generic ITA links to another server, staff systems in an "online" menu, named entries over 404; FY 2567)', minSites: 1 },
  { corpus: 'real40', what: 'held-back test of the final code: a ministry commission office (OBEC, Drupal 6) and a public university (WordPress) as a crawler saved their home pages in March 2018 — contact split between footer and a small map embed vs. contact menu words over nothing, other bodies\' content in bulk, named entries over 404; audited in FY 2565', minSites: 2 },
  { corpus: 'real41', what: 'held-back test of the final code: a community hospital\'s nursing-group unit site (plain PHP on a restaurant template, FY 2568) — image-only staff directory, footer contacts in English without a map, Google Sheets statistics and reports, staff systems as "Service", an ITA menu inside an HTML comment', minSites: 1 },
  { corpus: 'real43', what: 'held-back test of the final code: a public university faculty\'s hand-written PHP site of 2016–2017 routed by ?page= (empty database lists under named headings, a dead draw.io structure script, a map picture, HR rules and forms only on other hosts; FY 2565)', minSites: 1 },
  { corpus: 'real44', what: 'held-back test of the final code: two MOPH hospitals — a Next.js App Router site of 2024 served as its server HTML (lang="en-us", closed Radix dropdowns and FAQ accordion, leadership roster as structure, empty database-fed news; FY 2567) and a static home-page redesign whose every menu entry is href="" (FY 2565)', minSites: 2 },
  { corpus: 'real42', what: 'held-back test of the final code: a ministry department\'s plain-PHP 5.6 development build of December 2016 (mysql_query templates rendered from its own dump; th/en span pairs, news of 2559 beside numbered placeholders, contact and map only on footer pages, menu entries over 404)', minSites: 1 },
  { corpus: 'real45', what: 'held-back test of the final code: two public universities\' home pages as a crawler saved them in March 2018 — a WordPress home whose every own-host link is a /?page_id= query over 404 (contact without map, named entries, news of 2561) and a PHP home printing every block twice whose news and procurement tabs are iframes of another host and whose teasers carry no year; audited in FY 2565', minSites: 2 },
  { corpus: 'real46', what: 'held-back test of the final code: two state enterprises (EGAT on Joomla 3, PEA on DotNetNuke with percent-encoded Thai URLs) and the Prime Minister\'s secretariat through the government portal (CodeIgniter, <base href>) as a crawler saved their home pages in March 2018 — state-enterprise disclosure menus over 404, items split between own host and sibling hosts, news dated only in URLs or in English, other bodies\' news naming ITA topics; audited in FY 2565', minSites: 3 },
  { corpus: 'real47', what: 'held-back test of the final code: two Rajabhat universities\' home pages as a crawler saved them in March 2018 — a Dreamweaver table portal whose links are images without text or alt (complete contact with a map iframe, procurement buttons into the supplies office\'s host, news dated only by upload paths) and a one-line minified CMS page with named entries over 404 or empty hrefs, private-network links and English-dated news; audited in FY 2565', minSites: 2 },
  { corpus: 'real48', what: 'held-back test of the final code: a Rajabhat university\'s home page as a crawler saved it in March 2018 — raw-Thai paths over 404 (executives, vision, campus plan, president\'s hotline), a tender tab and news of FY 2561 dated by image folders and Thai digits, an integrity-and-transparency policy of 2561 as a news title, services on sibling hosts, contact without map; audited in FY 2565', minSites: 1 },
  { corpus: 'real49', what: 'held-back test of the final code: two public universities\' home pages as a crawler saved them in March 2018 — a WordPress mega-menu page (executives and strategy over 404, integrity banners dated by URL, ITA and procurement on sibling hosts) and an ASP.NET Web Forms page whose ITA tree is javascript:__doPostBack links; audited in FY 2565', minSites: 2 },
  { corpus: 'real50', what: 'held-back test of the final code: a MOPH community hospital\'s plain-PHP redesign of January 2024 rendered from its own dump — a splash start page, contact in a hover menu with a Maps link and no e-mail, an ITA menu of the wrong years whose MOIT titles and documents disagree (one PDF under three titles), a สขร summary with a Thai-year typo, undated Lorem-ipsum news, managers only in a JSON endpoint; FY 2567', minSites: 1 },
  { corpus: 'real51', what: 'held-back test of the final code: an OBEC secondary school\'s own Next.js + Supabase site served as its server HTML (FY 2568) — an ITA page of 13 correct item titles of which twelve point to missing PDFs (one shared /ita/example.pdf), link-less download buttons, a placeholder phone beside a real map, seeded placeholder executives contradicting the named director, NaN statistics', minSites: 1 },
  { corpus: 'real52', what: 'held-back test of the final code: a city municipality\'s classic-ASP home page of about January 2010 served in windows-874 bytes with no HTTP charset — image-only menus without alt, Flash buttons, a tax notice of 2553, an offline corruption-reporting box, named service and opinion links over 404, contacts without a map; audited in FY 2565', minSites: 1 },
  { corpus: 'real55', what: 'held-back test of the final code: a district health office\'s Laravel 5 site of 2018 (navbar and sidebar printed before <!DOCTYPE>, a MOPH EB 1–11 ITA section of evidence tables with icon-only links to own-host PDFs, many absent, and to a failing /nofile route; audited in FY 2565)', minSites: 1 },
  { corpus: 'real61', what: 'held-back test of the final code: a national health-promotion fund\'s (สสส.) PHP home page as a crawler saved it in March 2018, trimmed — a splash overlay, named procurement/plan/report/regulation entries over 404, a FY2561 planning banner, contact without e-mail, ask/complaint/survey on a sibling host, partners\' handbooks and stories beside its own items; FY 2565', minSites: 1 },
  { corpus: 'real60', what: 'held-back test of the final code: a public university\'s graduate school on WordPress as a crawler saved it in August 2017 (lower-cased markup, lower-case percent-encoded Thai slugs, a titled but empty annual-report page, named executives/regulations/forums over 404, a complete contact page with map, the dean\'s direct-line form; FY 2565)', minSites: 1 },
  { corpus: 'real56', what: 'held-back test of the final code: a MOPH regional hospital\'s in-house PHP site of 2020–2021 rendered from its own dump (AltoRouter extensionless and query-string routes, six named news boxes over an empty news table, contact without e-mail, a complaint centre naming corruption tips with its form hidden until accepted, an ITA year tab 2563 of the MOPH EB 1–26 evidence set with 139 own-host document rows; audited in FY 2565)', minSites: 1 },
  { corpus: 'real53', what: 'held-back test of the final code: a ministry department\'s vendor-built Laravel site of 2021–2022 rendered with its menu, link and video rows and no content rows — a mega menu naming nearly every OIT item over javascript:;, href="" or /contents/N (404), an empty news category beside dated video clips, footer contact without map, a corruption-complaint link to a sibling host; FY 2565', minSites: 1 },
  { corpus: 'real54', what: 'held-back test of the final code: two public universities\' home pages as crawlers saved them — KMUTNB (March 2018): image-only menus without alt, news of FY 2561, a procurement tab on a sibling host whose every date is the Unix epoch (1 มกราคม 2513), a vision/policy and an integrity declaration over 404 dated only by 2017 thumbnail names, "qa" meaning quality assurance, comments never closed by "-- >", no social link and no pass; Kasetsart University (August 2017): a lower-cased page under /web2012/ whose menus name executives, structure, statistics and map over query-string 404s, a 12-year strategy PDF on the council host with no readable period, news of FY 2560; audited in FY 2565', minSites: 2 },
  { corpus: 'real57', what: 'held-back test of the final code: a working group of a primary educational service area office (teacher development, สพป.ชัยนาท) on its own SvelteKit site of 2025–2026 served as server HTML — personnel cards with phones, duties without a chart, Drive-only manuals and forms, teacher-development plans up to FY 2568, dated FY 2569 news with an undated first row, a certificate search left as a loading state, contact without e-mail or map; FY 2569', minSites: 1 },
  { corpus: 'real58', what: 'held-back test of the final code: a subdistrict municipality\'s vendor Laravel home page of early 2025 served with an empty database — menu headings over href="#" or empty drop-downs, placeholder executives (ชื่อ-นามสกุล, tel:9999999990) beside the real mayor, Lorem-ipsum activity cards dated dd-mm-yyyy, manuals on the vendor\'s staging host, footer contact without map; FY 2568', minSites: 1 },
  { corpus: 'real64', what: 'held-back test of the final code: two ministries\' root pages as a crawler saved them in March 2018 — Commerce (MOC): a Joomla splash whose only words are an off-canvas menu without a toggle naming structure, executives, duties, strategy, contact, laws, news, procurement, a webboard and citizen\'s manuals over 404, with a <base href> on the real host; Finance (MOF): an English table-layout home whose menu and footer come from absent scripts, news of March 2018, image-only social links, a mistyped webmaster mailto and e-service banners to departments\' hosts; audited in FY 2565', minSites: 2 },
  { corpus: 'real59', what: 'held-back test of the final code: two central-government bodies\' root pages as a crawler saved them in March 2018 — the public-sector development office (OPDC): a PHP drop-down menu naming duties, laws, procurement, a financial report and an anti-corruption strategy over 404, a full footer address without map, its government-wide evaluation manuals and 2556–2561 reform strategy beside its own items, unbalanced comments swallowing a dated calendar; the skill-development department (DSD): an image-only intro portal whose contact, statistics, complaint and Q&A links are icons without alt, with an e-Service link and news only in display:none pop-ups; audited in FY 2565', minSites: 2 },
  { corpus: 'real62', what: 'held-back test of the final code: a public university faculty\'s Joomla home page as a crawler saved it in August 2017 (lower-cased markup, a drop-down menu naming structure, executives and contact over 404, hidden tabs of FY 2560 news, recruitment and procurement notices, a "qa" card with a 5-year investment-plan call 2562–2566, footer contact without e-mail or map) and its secretariat\'s Dreamweaver unit list; FY 2565', minSites: 1 },
  { corpus: 'real63', what: 'held-back test of the final code: a town municipality\'s vendor Laravel one-page home of early 2025 served with an empty database — a school\'s name in <title>, icon menus over href="#" (คู่มือประชาชน, e-service, ร้องเรียนการทุจริต), a filler section, image-only notice board, empty news lists, procurement buttons over empty script arrays, a Facebook plugin, a full contact section with embedded map; FY 2568', minSites: 1 },
  { corpus: 'real66', what: 'held-back test of the final code: two public-university science faculties\' home pages — Kasetsart (KU, Joomla 2.5 as a crawler saved it in August 2017: a <base href> on another port, a mega menu naming structure and executives over 404, tab panes of FY 2558–2560 news, recruitment and procurement notices and iframes of a sibling host, a map only as a PDF link over 404, a broken mailto) and KMITL (its own WordPress theme of 2018 rendered from header/front-page/footer: news of 2561, executives without contact, about-entries all to an older site on an IP host, a map drawn only by a Maps JavaScript-API script, no e-mail); FY 2565', minSites: 2 },
  { corpus: 'real67', what: 'held-back test of the final code: a Department of Mental Health regional centre\'s own hand-written PHP site of about 2019–2020 on a commercial template (every procurement, news and job heading over an empty database table, a complete contact page with office map and template mailto targets, structure/integrity/complaint content only as images, Thai file names, e-services on sibling subdomains; FY 2565)', minSites: 1 },
  { corpus: 'real68', what: 'held-back test of the final code: two Kasetsart University bodies as a crawler saved them on 28 August 2017 (lower-cased) — the planning division\'s Mambo site (sub-menus only as strings in a menu script that cannot run, notices of 2559–2561 in ten-deep <font> wrappers, FY 2560 operation and spending plans, the university\'s 12-year strategy, login-only staff systems, an empty footer) and the university council\'s WordPress site (a duties page with its legal basis, structure charts, titled but empty law/regulation/Q&A pages, placeholder social icons, news of 2560); FY 2565', minSites: 2 },
  { corpus: 'real71', what: 'held-back test of the final code: a Rajamangala university\'s WordPress home as a crawler saved it in March 2018 (RMUTK at /index.php: an empty <title>, one menu printed twice over /?page_id= pages that 404 — strategy plan, structure "#", executives —, procurement news on a sibling host, English-dated posts with a corruption-complaint system known only by a news title, Smart Slider data-href slides, address and a script-built map without phone or e-mail, the university\'s Facebook page plugin); FY 2565', minSites: 1 },
  { corpus: 'real70', what: 'held-back test of the final code: two Kasetsart University bodies\' home pages as a crawler saved them in August 2017 (lower-cased) — the finance division\'s Mambo page — Mambo menu entries for personnel, contact, regulations and work steps all 404, circulars of 2560 in 100-deep <b> runs, a FY 2560 procurement-plan notice and a marquee of e-bidding notices 2555–2560, a blank procurement-report form, image-only buttons without alt (corruption manual, hotline mailto, SAR); and the fisheries faculty\'s Bootstrap template page (the dean alone in a sidebar, a placeholder template e-mail and \'#\' faq link, staff-support criteria and price-inquiry notices of 2558–2560, a strategic plan known only by an image banner); FY 2565', minSites: 2 },
  { corpus: 'real69', what: 'held-back test of the final code: two public bodies\' root pages as a crawler saved them in March 2018 — the National Research Council office (NRCT, DotNetNuke: a three-level menu over raw-Thai .aspx paths naming structure, executives, laws, strategy and annual report over 404, English-dated news with a FY 2561 procurement plan and e-bidding notices, procurement banners known only by title, an e-book shelf with an annual report of 2559 and a strategy of 2560-2564, sibling-host systems) and a Rajamangala university (RMUTR, WordPress at /index.php: /?page_id= menus over 404, posts of 2561, a YouTube channel, e-services and a complaint log-in on sibling hosts, contact without e-mail or map); FY 2565', minSites: 2 },
])('real-page corpus tests/fixtures/$corpus ($what)', ({ corpus, minSites }) => {
  const root = path.join(EVAL_ROOT, '..', corpus);
  const siteDirs = async (): Promise<string[]> =>
    (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  it(`has at least ${minSites} organisations, each with expected.json, SOURCE.md and a start page that exists`, async () => {
    const sites = await siteDirs();
    expect(sites.length).toBeGreaterThanOrEqual(minSites);
    for (const site of sites) {
      const dir = path.join(root, site);
      const expected = parseExpectedSite(await readFile(path.join(dir, 'expected.json'), 'utf8'), `${site}/expected.json`);
      expect((await readFile(path.join(dir, 'SOURCE.md'), 'utf8')).length, `${site}/SOURCE.md`).toBeGreaterThan(200);
      const start = path.join(dir, expected.startPath);
      const found = await Promise.any([start, `${start}.html`, path.join(start, 'index.html')].map(async (p) => (await stat(p)).isFile() || Promise.reject(new Error(p))));
      expect(found, `${site}: start page ${expected.startPath}`).toBe(true);
    }
  });

  it('labels every item of the chosen checklist, and only those, with a note for every non-pass verdict', async () => {
    for (const site of await siteDirs()) {
      const expected = parseExpectedSite(await readFile(path.join(root, site, 'expected.json'), 'utf8'), `${site}/expected.json`);
      const checklist = getChecklist(expected.checklist);
      if (!checklist) throw new Error(`${site}: unknown checklist ${expected.checklist}`);
      const ids = checklist.items.map((i) => i.id);
      expect(Object.keys(expected.items).sort(), site).toEqual([...ids].sort());
      for (const item of Object.keys(expected.months)) {
        expect(checklist.items.find((i) => i.id === item)?.freshness.kind, `${site} ${item}: months only for monthly items`).toBe('monthly');
      }
      const unexplained = Object.entries(expected.items)
        .filter(([id, status]) => status !== 'pass' && status !== 'missing' && !expected.notes[id])
        .map(([id]) => id);
      expect(unexplained, `${site}: review/incomplete/outdated verdicts need a note`).toEqual([]);
    }
  });

  it('stays small: the corpus folder is under 2 MB (no images, placeholder PDFs)', async () => {
    async function size(dir: string): Promise<number> {
      let total = 0;
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        total += entry.isDirectory() ? await size(full) : (await stat(full)).size;
      }
      return total;
    }
    expect(await size(root)).toBeLessThan(2 * 1024 * 1024);
  });
});
