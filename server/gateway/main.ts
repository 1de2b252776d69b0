import { readGatewayConfig } from './gateway-config'
import { startGateway } from './start-gateway'

async function main() {
  const config = readGatewayConfig(process.env, process.cwd())
  const gateway = await startGateway(config)
  console.log(`海外知识产权维权援助 — local gateway (${config.runtime.mode})`)
  console.log(`  app:      ${gateway.url}/`)
  console.log(`  api:      ${gateway.url}/api/functions/<name>`)
  console.log(`  database: ${config.databaseFile}`)
  const stop = () => {
    gateway.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
