/**
 * Thai landline area codes by province, keyed by the first two digits of the province's postcodes (กสท/ไปรษณีย์ไทย:
 * 10 Bangkok and Samut Prakan … 96 Narathiwat). A fixed line's three first digits (0 + area) name its province group
 * ('043' Khon Kaen, Maha Sarakham, Roi Et, Kalasin); Bangkok's '02' serves 10, 11 and 12.
 */
const AREA_BY_POSTCODE_PREFIX: Readonly<Record<string, string>> = {
  '10': '02', '11': '02', '12': '02',
  '13': '035', '14': '035', '72': '035',
  '15': '036', '16': '036', '18': '036',
  '17': '056', '60': '056', '61': '056', '66': '056', '67': '056',
  '20': '038', '21': '038', '24': '038',
  '22': '039', '23': '039',
  '25': '037', '26': '037', '27': '037',
  '30': '044', '31': '044', '32': '044', '36': '044',
  '33': '045', '34': '045', '35': '045', '37': '045',
  '38': '042', '39': '042', '41': '042', '42': '042', '43': '042', '47': '042', '48': '042', '49': '042',
  '40': '043', '44': '043', '45': '043', '46': '043',
  '50': '053', '51': '053', '57': '053', '58': '053',
  '52': '054', '54': '054', '55': '054', '56': '054',
  '53': '055', '62': '055', '63': '055', '64': '055', '65': '055',
  '70': '032', '76': '032', '77': '032',
  '71': '034', '73': '034', '74': '034', '75': '034',
  '80': '075', '81': '075', '92': '075',
  '82': '076', '83': '076',
  '84': '077', '85': '077', '86': '077',
  '90': '074', '91': '074', '93': '074',
  '94': '073', '95': '073', '96': '073',
};

/** A postcode printed after a province ('จ.กาฬสินธุ์ 46150', 'จังหวัดแพร่ 54000', 'กรุงเทพฯ 10400'). */
const PROVINCE_POSTCODE = /(?:จังหวัด|จ\.)\s*[\u0E00-\u0E7F]+\s*([1-9]\d{4})(?!\d)|(?:กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ|กทม\.?)\s*(1\d{4})(?!\d)/g;

/** The postcodes a text prints after a province name. */
export function provincePostcodes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PROVINCE_POSTCODE)) {
    const code = m[1] ?? m[2];
    if (code && AREA_BY_POSTCODE_PREFIX[code.slice(0, 2)] !== undefined) out.push(code);
  }
  return out;
}

/**
 * Whether a phone number can be a line of a body whose postcode is given: mobiles (06/08/09), short hotlines and
 * Bangkok's 02 always can (a provincial office may print its ministry's line); a provincial fixed line (03x–07x) only
 * when its area code is the province's.
 */
export function phoneFitsPostcode(phone: string, postcode: string): boolean {
  const digits = phone.replace(/^\+?66/, '0').replace(/\D/g, '');
  const area = AREA_BY_POSTCODE_PREFIX[postcode.slice(0, 2)];
  if (area === undefined || !/^0[3-7]\d{7}/.test(digits)) return true;
  return digits.startsWith(area);
}
