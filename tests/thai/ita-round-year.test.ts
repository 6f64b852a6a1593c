import { describe, expect, it } from 'vitest';
import { isItaRoundYear, pathDates, urlDateText } from '../../lib/thai/dates-from-url.ts';
import { fileNameDates } from '../../lib/snapshot/build-snapshot.ts';

describe('isItaRoundYear: a year glued to ITA/OIT in a URL is the assessment round, not a document date', () => {
  it('reads the round before the year', () => {
    const text = urlDateText('https://x.or.th/sdc_download/ita2569-o20-01');
    expect(isItaRoundYear(text, text.indexOf('2569'))).toBe(true);
    const t2 = urlDateText('https://x.or.th/wp-content/uploads/2025/04/3.ITA_68_o13-ปี-67.pdf');
    expect(isItaRoundYear(t2, t2.indexOf('68'))).toBe(true);
    const t3 = urlDateText('https://x.go.th/files/OIT2567-report.pdf');
    expect(isItaRoundYear(t3, t3.indexOf('2567'))).toBe(true);
  });
  it('other years in a file name are left alone', () => {
    const text = urlDateText('https://x.go.th/files/report_2568.pdf');
    expect(isItaRoundYear(text, text.indexOf('2568'))).toBe(false);
    const t2 = urlDateText('https://x.go.th/files/capital2568.pdf');
    expect(isItaRoundYear(t2, t2.indexOf('2568'))).toBe(false);
  });
  it('fileNameDates and pathDates give no date for the round', () => {
    expect(fileNameDates('https://x.or.th/sdc_download/ita2569-o19-01')).toEqual([]);
    expect(pathDates('https://x.or.th/sdc_download/ita2569-o19-01')).toEqual([]);
    expect(fileNameDates('https://x.go.th/files/report_2568.pdf')).toMatchObject([{ year: 2025 }]);
    expect(pathDates('https://x.go.th/files/HR_Report_2022.pdf')).toMatchObject([{ year: 2022 }]);
  });
});
