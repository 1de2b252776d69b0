import { build } from 'esbuild'
import { join } from 'node:path'

/**
 * Every module in a function's bundle runs at its cold start, and zod schema modules are the
 * bulk of that time (issue 10). These functions need only a constant or an enum from the
 * modules below; importing them from the big schema files again would build those schemas at
 * every start. Bundled like scripts/build-functions.mjs, but in memory.
 */
const repo = join(__dirname, '..', '..')

async function bundledModules(name: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(repo, 'cloudfunctions', name, 'src', 'index.ts')],
    absWorkingDir: repo,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['wx-server-sdk', 'exceljs'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs)
}

describe('modules a function loads at cold start', () => {
  it('workbench does not load the content, consultation, salon or directory schemas', async () => {
    const modules = await bundledModules('workbench')
    expect(modules).toContain('types/workbench/enterprise-activity.ts')
    expect(modules).toContain('types/consultations/booking-status.ts')
    for (const heavy of ['types/content/schemas.ts', 'types/consultations/schemas.ts', 'types/salons/schemas.ts', 'types/directory/schemas.ts']) {
      expect(modules).not.toContain(heavy)
    }
  })

  it('alerts does not load the content schemas (only the severity labels)', async () => {
    const modules = await bundledModules('alerts')
    expect(modules).toContain('types/content/severity.ts')
    expect(modules).not.toContain('types/content/schemas.ts')
    expect(modules).not.toContain('types/content/blocks.ts')
  })

  it('the entry reads the template configuration without the messaging schemas', async () => {
    for (const name of ['reports', 'directory', 'workbench']) {
      const modules = await bundledModules(name)
      expect(modules).toContain('types/messaging/template-keys.ts')
      expect(modules).not.toContain('types/messaging/schemas.ts')
    }
  })
})
