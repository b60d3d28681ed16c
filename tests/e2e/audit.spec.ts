import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/site-build.ts';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number> };
  error?: { code?: string; summary?: string; detail?: string };
  /** Set when the registry refused the request (`405 Method Not Allowed - POST …/advisories/bulk`). */
  message?: string;
}

/** Errors that mean the registry could not be asked, not that the dependencies are unsafe. */
const UNREACHABLE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|network|audit endpoint returned an error|getaddrinfo|\b40[35] |Method Not Allowed/i;

test.describe('dependencies', () => {
  test('npm audit finds no high or critical vulnerability in the production dependencies', async () => {
    test.setTimeout(120_000);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 100_000 });
    let report: AuditReport | undefined;
    try {
      report = JSON.parse(run.stdout) as AuditReport;
    } catch {
      report = undefined;
    }
    const vulnerabilities = report?.metadata?.vulnerabilities;
    if (!vulnerabilities) {
      const reason = [report?.message, report?.error?.code, report?.error?.summary, run.stderr, run.error?.message].filter(Boolean).join(' ');
      test.skip(UNREACHABLE.test(reason), `npm audit skipped: the registry did not answer the audit request (${reason.trim().slice(0, 300)})`);
      throw new Error(`npm audit gave no report: ${reason || run.stdout.slice(0, 500)}`);
    }
    expect({ high: vulnerabilities.high, critical: vulnerabilities.critical }).toEqual({ high: 0, critical: 0 });
  });
});
