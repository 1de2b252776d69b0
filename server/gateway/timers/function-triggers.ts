import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod'
import { parseCron, type CronSchedule } from './cron-expression'

/**
 * The timer triggers of each function, read from the same `cloudfunctions/<name>/config.json`
 * that WeChat deploys, so the local schedule can never drift from the production one.
 * By convention a trigger's name is the action it runs.
 */
const configSchema = z.object({
  triggers: z
    .array(z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/), type: z.literal('timer'), config: z.string() }))
    .max(1, { message: 'WeChat allows one trigger per function' })
    .optional(),
})

export interface FunctionTrigger {
  functionName: string
  triggerName: string
  schedule: CronSchedule
}

export function readFunctionTriggers(cloudfunctionsDir: string, functionNames: readonly string[]): FunctionTrigger[] {
  const triggers: FunctionTrigger[] = []
  for (const functionName of functionNames) {
    const file = join(cloudfunctionsDir, functionName, 'config.json')
    if (!existsSync(file)) continue
    const config = configSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    for (const trigger of config.triggers ?? []) {
      triggers.push({ functionName, triggerName: trigger.name, schedule: parseCron(trigger.config) })
    }
  }
  return triggers
}
