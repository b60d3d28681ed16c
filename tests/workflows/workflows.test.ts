import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const folder = path.join(root, '.github/workflows');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const workflows = readdirSync(folder).map((name) => ({
  name,
  workflow: parse(readFileSync(path.join(folder, name), 'utf8')) as { on: unknown; jobs: Record<string, { steps: Step[] }> },
}));
const steps = (jobs: Record<string, { steps: Step[] }>) => Object.values(jobs).flatMap((job) => job.steps);

describe('GitHub workflows', () => {
  it('are the pull-request check and the Pages deployment, and parse as YAML', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(['check.yml', 'deploy.yml']);
    for (const { workflow } of workflows) expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
  });

  it.each(workflows)('$name runs only scripts that package.json defines', ({ workflow }) => {
    for (const step of steps(workflow.jobs)) {
      for (const match of (step.run ?? '').matchAll(/npm (?:run ([\w:-]+)|(test|ci))/g)) {
        if (match[1]) expect(packageJson.scripts).toHaveProperty(match[1]);
        if (match[2] === 'test') expect(packageJson.scripts).toHaveProperty('test');
      }
    }
  });

  it.each(workflows)('$name uses official actions and the Node version of package.json engines', ({ workflow }) => {
    for (const step of steps(workflow.jobs)) if (step.uses) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
    const setupNode = steps(workflow.jobs).find((step) => step.uses?.startsWith('actions/setup-node'));
    if (setupNode) expect(setupNode.with?.['node-version-file']).toBe('package.json');
    expect(packageJson.engines.node).toMatch(/>=\s*22\.12/);
  });

  it('check runs on pull requests: install, check, test', () => {
    const check = workflows.find((w) => w.name === 'check.yml')!.workflow;
    expect(check.on).toHaveProperty('pull_request');
    expect(steps(check.jobs).flatMap((s) => (s.run ? [s.run] : []))).toEqual(['npm ci', 'npm run check', 'npm test']);
  });

  it('deploy builds on pushes to main and publishes dist/ to Pages', () => {
    const deploy = workflows.find((w) => w.name === 'deploy.yml')!.workflow;
    expect(deploy.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    const all = steps(deploy.jobs);
    expect(all.some((s) => s.run === 'npm run build')).toBe(true);
    expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(all.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
