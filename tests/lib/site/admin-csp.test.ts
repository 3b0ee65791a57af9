import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { adminContentSecurityPolicy, adminHeadersRule, gitOrigins } from '../../../src/lib/site/admin-csp.ts';
import { parseHeadersFile } from '../../../src/lib/site/headers-file.ts';

const github = { host: 'github', repo: 'a/b', branch: 'main' } as const;

describe('adminContentSecurityPolicy', () => {
  test('connects to the site and the chosen Git host only', () => {
    expect(gitOrigins(github)).toEqual(['https://api.github.com', 'https://www.githubstatus.com']);
    expect(gitOrigins({ host: 'gitea', repo: 'a/b', branch: 'main', apiRoot: 'https://git.bhxh.example/api/v1' })).toEqual(['https://git.bhxh.example']);
    const connect = adminContentSecurityPolicy({ host: 'gitlab', repo: 'a/b', branch: 'main' }).split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' blob: data: https://gitlab.com https://status-api.hostedstatus.com");
  });
  test('scripts only from the site, no eval, no framing', () => {
    const policy = adminContentSecurityPolicy(github);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*https:/);
    expect(policy).toContain("frame-ancestors 'none'");
  });
  test('the _headers rule replaces the public policy on /admin/*', () => {
    const rule = parseHeadersFile(adminHeadersRule(github)).get('/admin/*')!;
    expect(rule['Content-Security-Policy']).toBe(adminContentSecurityPolicy(github));
    expect(adminHeadersRule(github)).toContain('  ! Content-Security-Policy\n');
  });
  test('the nginx snippet carries the same policy (for a repository on github.com)', () => {
    const conf = fs.readFileSync(path.resolve(import.meta.dirname, '../../../deploy/nginx-admin-headers.conf'), 'utf8');
    expect(/add_header Content-Security-Policy "([^"]*)"/.exec(conf)?.[1]).toBe(adminContentSecurityPolicy(github));
  });
});
