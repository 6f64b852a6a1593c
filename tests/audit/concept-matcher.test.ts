import { describe, expect, it } from 'vitest';
import { createConceptMatcher } from '../../lib/audit/concept-matcher.ts';
import { Concept } from '../../lib/checklist/checklist-schema.ts';
import { builtInConcepts } from '../../lib/checklist/built-in-checklists.ts';

const concepts = [
  { id: 'procurement-monthly', name: 'monthly', terms: ['สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'สขร.1', 'สรุปผลการจัดซื้อจัดจ้าง'], exclude: ['แผนการจัดซื้อจัดจ้าง'] },
  { id: 'procurement-annual-report', name: 'annual', terms: ['รายงานผลการจัดซื้อจัดจ้างประจำปี'] },
  { id: 'structure', name: 'structure', terms: ['โครงสร้าง'] },
  { id: 'authority', name: 'authority', terms: ['อำนาจหน้าที่', 'หน้าที่และอำนาจ'] },
  { id: 'procurement-plan', name: 'plan', terms: ['แผนการจัดซื้อจัดจ้าง', 'แผนการจัดหาพัสดุ'] },
].map((c) => Concept.parse(c));

const match = createConceptMatcher(concepts);
const ids = (text: string) => match(text).map((m) => m.conceptId).sort();

describe('createConceptMatcher', () => {
  it('matches synonyms after normalising spaces, digits and SARA AM', () => {
    expect(ids('สรุปผลการจัดซื้อจัดจ้าง รายเดือน')).toEqual(['procurement-monthly']);
    expect(ids('แบบ สขร. ๑ เดือนตุลาคม')).toEqual(['procurement-monthly']);
    expect(ids('อํานาจหน้าที่')).toEqual(['authority']);
  });
  it('lets the longest match win over an overlapping shorter one', () => {
    expect(ids('รายงานผลการจัดซื้อจัดจ้างประจำปี 2567')).toEqual(['procurement-annual-report']);
  });
  it('keeps two concepts that do not overlap in one label', () => {
    expect(ids('โครงสร้างและอำนาจหน้าที่')).toEqual(['authority', 'structure']);
  });
  it('applies exclude terms', () => {
    expect(ids('แผนการจัดซื้อจัดจ้าง ประจำปี 2568')).toEqual(['procurement-plan']);
  });
  it('tolerates a typo in a long term, and says so', () => {
    const m = match('สรปุผลการจัดซื้อจัดจ้าง');
    expect(m.map((x) => x.conceptId)).toEqual(['procurement-monthly']);
    expect(m[0]?.how).toBe('fuzzy');
  });
  it('matches nothing in unrelated labels', () => {
    expect(ids('ข่าวกีฬา')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('exact labels', () => {
  const people = createConceptMatcher([Concept.parse({ id: 'executives', name: 'executives', terms: ['คณะผู้บริหาร'], exactLabels: ['ผู้บริหาร'], exclude: ['สายตรง'] })]);
  it("name their concept only as the whole label ('ผู้บริหาร' as a menu entry)", () => {
    expect(people('ผู้บริหาร').map((m) => m.conceptId)).toEqual(['executives']);
    expect(people(' ผู้บริหาร ').map((m) => m.conceptId)).toEqual(['executives']);
    expect(people('ผู้บริหารกรมที่ดิน')).toEqual([]);
    expect(people('สายตรงผู้บริหาร')).toEqual([]);
    expect(people('คณะผู้บริหาร').map((m) => m.term)).toEqual(['คณะผู้บริหาร']);
  });
  it("stay whole when an English translation follows after '/' ('ผู้บริหาร / Executives'), not before other Thai words", () => {
    expect(people('ผู้บริหาร / administrator').map((m) => m.conceptId)).toEqual(['executives']);
    expect(people('ผู้บริหาร/Executive Board').map((m) => m.conceptId)).toEqual(['executives']);
    expect(people('ผู้บริหาร / ผู้บริหารกรมที่ดิน')).toEqual([]);
    expect(people('ผู้บริหารกรมที่ดิน / land department')).toEqual([]);
  });
  it("the shipped executives concept takes a unit's own executives as the whole label ('ผู้บริหารภาควิชา'), not another body's", () => {
    const shipped = createConceptMatcher(builtInConcepts.concepts.filter((c) => c.id === 'executives'));
    for (const label of ['ผู้บริหารภาควิชา', 'ผู้บริหารโรงเรียน', 'ผู้บริหารกอง', 'ผู้บริหารภาควิชา / administrator']) expect(shipped(label).map((m) => m.conceptId), label).toEqual(['executives']);
    expect(shipped('ผู้บริหารกรมที่ดิน')).toEqual([]);
    expect(shipped('ผู้บริหารกองทัพเรือ')).toEqual([]);
  });
  it("the shipped contact concept takes a menu entry 'ติดต่อ' alone, not 'ผู้มาติดต่อ'", () => {
    const shipped = createConceptMatcher(builtInConcepts.concepts.filter((c) => c.id === 'contact'));
    expect(shipped('ติดต่อ').map((m) => m.conceptId)).toEqual(['contact']);
    expect(shipped('ติดต่อเกี่ยวกับเรา').map((m) => m.conceptId)).toEqual(['contact']);
    expect(shipped('คู่มือสำหรับผู้มาติดต่อราชการ')).toEqual([]);
  });
});

describe('terms with gaps', () => {
  const gapped = createConceptMatcher([
    Concept.parse({ id: 'procurement-monthly', name: 'monthly', terms: ['สรุปผลการจัดซื้อจัดจ้าง*รายเดือน'] }),
  ]);
  it('matches the parts in order with a short text between', () => {
    expect(gapped('MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน ประจำปี').map((m) => m.conceptId)).toEqual(['procurement-monthly']);
  });
  it('does not match the parts in the other order', () => {
    expect(gapped('รายเดือน สรุปผลการจัดซื้อจัดจ้าง')).toEqual([]);
  });
});

describe('createConceptMatcher: proper names (laws, offices, programmes)', () => {
  const named = [
    { id: 'news', name: 'news', terms: ['ข่าวสาร', 'ข่าวประชาสัมพันธ์'] },
    { id: 'laws', name: 'laws', terms: ['กฎหมายที่เกี่ยวข้อง', 'พระราชบัญญัติเทศบาล'] },
    { id: 'general-complaint', name: 'complaints', terms: ['รับเรื่องร้องเรียน', 'ร้องทุกข์'], exclude: ['ทุจริต'] },
    { id: 'complaint-channel', name: 'corruption complaints', terms: ['ร้องเรียนการทุจริต'] },
    { id: 'info-centre', name: 'information centre', terms: ['ศูนย์ข้อมูลข่าวสาร'] },
    { id: 'operation-plan', name: 'plan', terms: ['แผนงาน', 'แผนการดำเนินงาน'] },
  ].map((c) => Concept.parse(c));
  const properNames = [
    { kind: 'law' as const, names: ['พระราชบัญญัติข้อมูลข่าวสารของราชการ', 'พ.ร.บ.ข้อมูลข่าวสาร'], concepts: ['laws'] },
    { kind: 'law' as const, names: ['พระราชบัญญัติเทศบาล'], concepts: ['laws'] },
    { kind: 'office' as const, names: ['ศูนย์ข้อมูลข่าวสาร'], concepts: [] },
    { kind: 'office' as const, names: ['ศูนย์รับเรื่องร้องเรียน'], concepts: ['general-complaint'] },
    { kind: 'office' as const, names: ['กองวิชาการและแผนงาน'], concepts: [] },
  ];
  const m = createConceptMatcher(named, properNames);
  const idsOf = (text: string) => m(text).map((x) => x.conceptId).sort();

  it('does not read a term inside the name of a law as the concept', () => {
    expect(idsOf('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540')).toEqual([]);
    expect(idsOf('พ.ร.บ. ข้อมูลข่าวสาร')).toEqual([]);
    // without the list the same label is (wrongly) news
    expect(createConceptMatcher(named)('พระราชบัญญัติข้อมูลข่าวสารของราชการ').map((x) => x.conceptId)).toEqual(['news']);
  });
  it('does not read a term inside the name of an office', () => {
    expect(idsOf('ศูนย์ข้อมูลข่าวสาร อบต.บ้านนา')).toEqual(['info-centre']);
    expect(idsOf('กองวิชาการและแผนงาน')).toEqual([]);
  });
  it('still matches the term outside the name in the same label', () => {
    expect(idsOf('พ.ร.บ.ข้อมูลข่าวสาร และข่าวสารประชาสัมพันธ์')).toEqual(['news']);
    expect(idsOf('กองวิชาการและแผนงาน: แผนการดำเนินงาน ประจำปี 2568')).toEqual(['operation-plan']);
  });
  it('lets a name count for the concept it belongs to, and a term that holds the whole name', () => {
    expect(idsOf('ศูนย์รับเรื่องร้องเรียน')).toEqual(['general-complaint']);
    expect(idsOf('พระราชบัญญัติเทศบาล พ.ศ. 2496')).toEqual(['laws']);
    // the information-centre item's own term is the name itself
    expect(m('ศูนย์ข้อมูลข่าวสาร').map((x) => x.conceptId)).toEqual(['info-centre']);
  });
  it('lets a term that runs past the end of the name match', () => {
    expect(idsOf('ศูนย์รับเรื่องร้องเรียนการทุจริต')).toEqual(['complaint-channel']);
  });
});

describe('built-in concepts: a report about a plan or measures is not the plan or the measures', () => {
  it('reads reports as reports', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const idsOf = (t: string) => m(t).map((x) => x.conceptId);
    expect(idsOf('รายงานการประเมินผลแผนพัฒนาท้องถิ่น')).not.toContain('development-plan');
    expect(idsOf('แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)')).toContain('development-plan');
    expect(idsOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')).toEqual(['integrity-measures-implementation']);
    expect(idsOf('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')).toEqual(['integrity-measures']);
    expect(idsOf('พระราชบัญญัติข้อมูลข่าวสารของราชการ')).not.toContain('news');
    expect(idsOf('กฏหมายที่เกี่ยวข้อง')).toEqual(['laws']);
  });
});

describe('built-in concepts: menu labels seen on local-government sites (real2 corpus, cause B/F/G)', () => {
  it('reads shortened and reworded item titles as the item', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const idsOf = (t: string) => m(t).map((x) => x.conceptId);
    // The guideline without "แนวปฏิบัติ" is still the guideline, not the channel; its report is not.
    expect(idsOf('การจัดการเรื่องร้องเรียนการทุจริต')).toEqual(['complaint-guideline']);
    expect(idsOf('รายงานผลการจัดการเรื่องร้องเรียนการทุจริต')).not.toContain('complaint-guideline');
    expect(idsOf('บริการยื่นเอกสารออนไลน์')).toEqual(['e-service']);
    // An online repair request (a school's or a municipality's "แจ้งซ่อมออนไลน์") is an online service.
    expect(idsOf('แจ้งซ่อมออนไลน์')).toEqual(['e-service']);
    expect(idsOf('แจ้งซ่อมไฟฟ้าสาธารณะ')).not.toContain('e-service');
    expect(idsOf('เทศบัญญัติฯ')).toEqual(['budget-plan']);
    expect(idsOf('ข้อบัญญัติ ฯ ประจำปี 2567')).toEqual(['budget-plan']);
    expect(idsOf('เทศบัญญัติตำบล เรื่อง ตลาด')).toEqual(['laws']);
    expect(idsOf('รับเรื่องราวร้องทุกข์และเบาะแสการทุจริต')).toEqual(['complaint-channel']);
    expect(idsOf('แจ้งเบาะแสยาเสพติด')).not.toContain('complaint-channel');
    // Reworded labels are weak: a whole menu label only, confirmed by the page it opens.
    expect(m('ผลการดำเนินงาน').find((x) => x.conceptId === 'operation-report-annual')?.weak).toBe(true);
    expect(idsOf('ผลการดำเนินงานโครงการปรับปรุงถนนลาดยางสายบ้านใหม่ หมู่ที่ 5')).not.toContain('operation-report-annual');
    expect(m('อำนาจและหน้าที่ของเทศบาล').find((x) => x.conceptId === 'authority')?.weak).toBe(true);
  });
  it('needs a participation context for ประชาคม: a school named "(ประชาคมสร้างสรรค์)" is not a forum', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const idsOf = (t: string) => m(t).map((x) => x.conceptId);
    expect(idsOf('โรงเรียนเทศบาลหางดง (ประชาคมสร้างสรรค์)')).not.toContain('participation');
    expect(idsOf('การประชาคมแผนพัฒนาสามปี 2560-2562')).toContain('participation');
    expect(idsOf('เวทีประชาคมหมู่บ้าน')).toContain('participation');
  });
});

describe('weak terms (reworded menu labels)', () => {
  const m = createConceptMatcher([Concept.parse({ id: 'authority', name: 'a', terms: ['อำนาจหน้าที่'], weakTerms: ['อำนาจและหน้าที่'] })]);
  it('match only as a whole label, with a short tail, and say so', () => {
    expect(m('อำนาจและหน้าที่')).toMatchObject([{ conceptId: 'authority', weak: true }]);
    expect(m('อำนาจและหน้าที่ของเทศบาล')).toMatchObject([{ conceptId: 'authority', weak: true }]);
    expect(m('อำนาจหน้าที่')[0]?.weak).toBeUndefined();
  });
  it('do not match inside a longer text', () => {
    expect(m('ประกาศมอบอำนาจและหน้าที่')).toEqual([]);
    expect(m('อำนาจและหน้าที่ของพนักงานส่วนตำบลตามพระราชบัญญัติสภาตำบล')).toEqual([]);
  });
});

describe('part terms (the name of one part of the item)', () => {
  const m = createConceptMatcher([Concept.parse({ id: 'hr-criteria', name: 'h', terms: ['หลักเกณฑ์การบริหารงานบุคคล'], partTerms: ['มาตรฐานกำหนดตำแหน่ง'] })]);
  it('match anywhere in a label, marked weak so that only the target page can confirm them', () => {
    expect(m('ประกาศชื่อตำแหน่งและมาตรฐานกำหนดตำแหน่งของพนักงานสถาบัน พ.ศ. 2557')).toMatchObject([{ conceptId: 'hr-criteria', weak: true }]);
    expect(m('มาตรฐานกำหนดตำแหน่ง')).toMatchObject([{ conceptId: 'hr-criteria', weak: true }]);
    expect(m('หลักเกณฑ์การบริหารงานบุคคล')[0]?.weak).toBeUndefined();
  });
  it('are read exactly, never with a typo', () => {
    expect(m('มาตรฐานกำหนดตำแหนง')).toEqual([]);
  });
});

describe('built-in concepts: MOPH MOIT wording (real10 corpus)', () => {
  it('reads anti-bribery measures as one part of the integrity measures, and their follow-up report as a part of carrying them out', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const of = (t: string, id: string) => m(t).find((x) => x.conceptId === id);
    // Weak (a part): never a pass on its own, a person must look.
    expect(of('MOIT12 หน่วยงานมีมาตรการ “การป้องกันการรับสินบน” ที่เป็นระบบ', 'integrity-measures')?.weak).toBe(true);
    expect(of('12.1 มาตรการป้องกันรับสินบน', 'integrity-measures')?.weak).toBe(true);
    expect(of('EB 13 หน่วยงานมีการกำหนดมาตรการและระบบในการป้องกันการรับสินบน', 'integrity-measures')?.weak).toBe(true);
    const report = '2. มีรายงานสรุปผลการกำกับติดตามมาตรการการป้องกันการรับสินบนทุกรูปแบบ ประเด็นข้อ 1. ถึงข้อ 5.';
    expect(m(report).map((x) => x.conceptId)).toEqual(['integrity-measures-implementation']);
    expect(of(report, 'integrity-measures-implementation')?.weak).toBe(true);
    // A bribery risk assessment is neither.
    expect(m('การประเมินความเสี่ยงการทุจริตและการให้หรือรับสินบน ประจำปีงบประมาณ พ.ศ. 2568').map((x) => x.conceptId)).not.toContain('integrity-measures');
  });
});

describe('built-in concepts: hospital online services (real8 corpus)', () => {
  it("reads a hospital's online appointment check as an e-service", async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    expect(m('ตรวจสอบวันนัดหมาย').map((x) => x.conceptId)).toEqual(['e-service']);
    expect(m('ตรวจสอบวันนัดหมายผู้ป่วย').map((x) => x.conceptId)).toEqual(['e-service']);
  });
});

describe('built-in concepts: an ethics training entry (holdout thesaban-joomla, with cell-lists-entries)', () => {
  it('reads "…โครงการอบรมส่งเสริมคุณธรรมจริยธรรม…" as an ethics activity, also when it is a photo album', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    expect(m('ภาพกิจกรรมโครงการอบรมส่งเสริมคุณธรรมจริยธรรมพนักงาน').map((x) => x.conceptId)).toContain('ethics-driving');
  });
});

describe('built-in concepts: an information centre\'s e-book table (real11 corpus)', () => {
  it('reads a report on the integrity measures as carrying them out, not as the measures', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const ids = (t: string) => m(t).map((x) => x.conceptId);
    const report = 'รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใสประจำปีงบประมาณพ.ศ.2567';
    expect(ids(report)).toContain('integrity-measures-implementation');
    expect(ids(report)).not.toContain('integrity-measures');
    expect(ids('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')).toContain('integrity-measures');
  });
  it('does not read the Official Information Act as news', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const ids = (t: string) => m(t).map((x) => x.conceptId);
    expect(ids('เผยแพร่ความรู้เกี่ยวกับพระราชบัญยัติข้อมูลข่าวสารของราชการ พ.ศ.2540')).not.toContain('news');
    expect(ids('ข่าวสารประชาสัมพันธ์ เดือนสิงหาคม 2568')).toContain('news');
  });
});

describe('the bundled concepts: a bare "statistics" menu label', () => {
  const bundled = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
  const weakIds = (text: string) => bundled(text).filter((m) => m.weak).map((m) => m.conceptId);
  it('names service statistics weakly (its target must confirm it; an empty link is listed)', () => {
    expect(weakIds('ข้อมูลสถิติ')).toEqual(['service-statistics']);
    expect(weakIds('ข้อมูลเชิงสถิติ')).toEqual(['service-statistics']);
  });
  it('not population statistics, the visitor counter or complaint statistics', () => {
    expect(bundled('ข้อมูลสถิติประชากร').map((m) => m.conceptId)).not.toContain('service-statistics');
    expect(bundled('ข้อมูลสถิติผู้เข้าชมเว็บไซต์').map((m) => m.conceptId)).not.toContain('service-statistics');
    expect(bundled('ข้อมูลสถิติเรื่องร้องเรียน').map((m) => m.conceptId)).not.toContain('service-statistics');
  });
});

describe('built-in concepts: channels and named systems on university and office sites (real61–real75)', () => {
  it('reads a plain complaint line, named online systems and bare strategy or structure menu entries', async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const idsOf = (t: string) => m(t).map((x) => x.conceptId);
    const weakOf = (t: string) => m(t).filter((x) => x.weak).map((x) => x.conceptId);
    // 'ร้องเรียน' alone is a general complaint line; its statistics, handling steps and committees are not.
    expect(idsOf('เรื่องร้องเรียน')).toEqual(['general-complaint']);
    expect(idsOf('สถิติเรื่องร้องเรียน')).not.toContain('general-complaint');
    expect(idsOf('ขั้นตอนการร้องเรียน')).not.toContain('general-complaint');
    expect(idsOf('คณะกรรมการอุทธรณ์และร้องทุกข์ประจำมหาวิทยาลัย')).not.toContain('general-complaint');
    expect(idsOf('ร้องเรียนการทุจริต')).toEqual(['complaint-channel']);
    // Named systems are online services; a staff meeting-room booking is not.
    expect(idsOf('ระบบการจองสถานที่ออนไลน์')).toEqual(['e-service']);
    expect(idsOf('ระบบลงทะเบียน')).toEqual(['e-service']);
    expect(idsOf('ระบบการชำระเงินนักศึกษาใหม่')).toEqual(['e-service']);
    expect(idsOf('ระบบจองห้องประชุม')).not.toContain('e-service');
    // A bare 'ยุทธศาสตร์' or 'การแบ่งส่วนราชการ' menu entry names the item weakly (its page must confirm it); the national strategy does not.
    expect(weakOf('ยุทธศาสตร์')).toEqual(['development-plan']);
    expect(idsOf('ยุทธศาสตร์ชาติ 20 ปี')).not.toContain('development-plan');
    expect(weakOf('การแบ่งส่วนราชการ')).toEqual(['structure']);
  });
});

describe('built-in concepts: service guides and an online line to the dean (real83)', () => {
  it("reads 'คู่มือบริการ' for any audience as a service manual, and 'คณบดีออนไลน์' as the dean's line (opinion and general complaint)", async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const idsOf = (t: string) => m(t).map((x) => x.conceptId);
    expect(idsOf('คู่มือบริการนิสิตไทย')).toEqual(['service-manual']);
    expect(idsOf('คู่มือบริการอาจารย์')).toEqual(['service-manual']);
    expect(idsOf('คู่มือบริการประชาชน')).toEqual(['service-manual']);
    expect(idsOf('คณบดีออนไลน์').sort()).toEqual(['general-complaint', 'opinion-channel']);
    expect(idsOf('อธิการบดีออนไลน์').sort()).toEqual(['general-complaint', 'opinion-channel']);
  });
});

describe('built-in concepts: a procurement hearing is no opinion channel (real121)', () => {
  it("'เผยแพร่เพื่อรับฟังความคิดเห็นจากผู้ประกอบการ โครงการประกวดราคา…' hears bidders on a draft, not the public on the work", async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    const idsOf = (t: string) => m(t).map((x) => x.conceptId);
    expect(idsOf('กำหนดเผยแพร่เพื่อรับฟังความคิดเห็นจากผู้ประกอบการ โครงการประกวดราคาซื้อคอมพิวเตอร์เครือข่ายสมรรถนะสูง')).not.toContain('opinion-channel');
    expect(idsOf('ประกาศรับฟังความคิดเห็นร่างขอบเขตของงาน (TOR) และราคากลาง')).not.toContain('opinion-channel');
    expect(idsOf('รับฟังความคิดเห็นของประชาชน')).toContain('opinion-channel');
  });
});

describe('built-in proper names: state enterprises named "… Authority" (real85)', () => {
  it("'Tourism Authority of Thailand' and the like name an office, not the authority item", async () => {
    const { builtInConcepts } = await import('../../lib/checklist/built-in-checklists.ts');
    const m = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
    for (const name of ['Tourism Authority of Thailand', 'Mass Rapid Transit Authority of Thailand (MRTA)', 'Provincial Electricity Authority', 'Electricity Generating Authority of Thailand']) {
      expect(m(name).map((x) => x.conceptId), name).not.toContain('authority');
    }
    expect(m('Authority').map((x) => x.conceptId)).toEqual(['authority']);
  });
});

describe('opening terms (opens-label)', () => {
  const laws = createConceptMatcher(builtInConcepts.concepts, builtInConcepts.properNames);
  const lawIds = (text: string) => laws(text).filter((m) => m.conceptId === 'laws').map((m) => ({ term: m.term, weak: m.weak === true }));
  it("a law's title word opening a label names the laws item strongly, whatever title follows (real93, real97)", () => {
    expect(lawIds('พระราชบัญญัติจดหมายเหตุแห่งชาติ')).toEqual([{ term: 'พระราชบัญญัติ', weak: false }]);
    expect(lawIds('1. พ.ร.บ.ส่งเสริม และรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535')).toEqual([{ term: 'พ.ร.บ.', weak: false }]);
    expect(lawIds('กฎกระทรวงแบ่งส่วนราชการ กรมควบคุมมลพิษ')).toEqual([{ term: 'กฎกระทรวง', weak: false }]);
  });
  it('in the middle of a label it is a sentence about a law, not the law; other words opening with ระเบียบ are not laws', () => {
    expect(lawIds('สรุปสาระสำคัญพระราชบัญญัติจดหมายเหตุแห่งชาติ')).toEqual([]);
    expect(lawIds('ระเบียบวาระการประชุม')).toEqual([]);
  });
});
