/**
 * @file A strict RFC 4180 reader for tests of the CSV the reports write: CRLF between records (and after the last),
 * fields separated by commas, a quoted field may hold commas, CR, LF and doubled quotes. Anything else (a bare LF or
 * CR outside quotes, a quote inside an unquoted field, text after a closing quote, an open quote at the end) throws,
 * so a writer that bends the format fails its tests rather than being read kindly. It keeps whether each field was
 * quoted. No byte order mark: the caller strips it (and checks it).
 */
export interface CsvField {
  value: string;
  quoted: boolean;
}

export function readCsv(text: string): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let i = 0;
  if (text === '') return records;
  for (;;) {
    let field: CsvField;
    if (text[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next < 0) throw new Error(`quote opened at ${i - 1} is never closed`);
        value += text.slice(i, next);
        if (text[next + 1] === '"') {
          value += '"';
          i = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
      field = { value, quoted: true };
    } else {
      let end = i;
      while (end < text.length && !',\r\n'.includes(text[end] as string)) {
        if (text[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
        end += 1;
      }
      field = { value: text.slice(i, end), quoted: false };
      i = end;
    }
    record.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === text.length) return records;
      continue;
    }
    throw new Error(i >= text.length ? 'the last record has no CRLF' : `unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

/** The values only. */
export const readCsvValues = (text: string): string[][] => readCsv(text).map((record) => record.map((field) => field.value));
