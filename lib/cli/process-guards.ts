import { resumeCommand } from './main.ts';

/**
 * A closed pipe on stdout (`oit-audit … | head -1`) ends the program quietly with code 0, instead of an
 * EPIPE stack trace; any other stream error is one line on stderr and code 1.
 */
export function quietOnEpipe(stream: NodeJS.WritableStream, stderr: NodeJS.WritableStream, exit: (code: number) => void): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return exit(0);
    stderr.write(`oit-audit: cannot write the output (${e.code ?? e.message})\n`);
    return exit(1);
  });
}

/** What Ctrl-C prints: the audit stopped, its progress is saved, and the command that continues it. */
export function interruptMessage(argv: string[]): string {
  const batch = argv.includes('--sites');
  const kept = batch ? 'summary.csv ในโฟลเดอร์ผลลัพธ์มีเว็บไซต์ที่ตรวจเสร็จแล้ว / summary.csv in --out-dir lists the sites already audited' : 'บันทึกความคืบหน้าไว้แล้ว / progress is saved in the checkpoint';
  return `\noit-audit: หยุดแล้ว / interrupted. ${kept}.\n  ตรวจต่อด้วย / continue with: ${resumeCommand(argv)}\n`;
}
