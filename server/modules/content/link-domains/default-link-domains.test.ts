import { isAllowedLink } from '../../../../types/content/allowed-links'
import { addLinkDomain, domainSuffixProblem, normalizeDomainInput } from '../../../../types/content/link-domains'
import { DEFAULT_LINK_DOMAINS } from './default-link-domains'

describe('the default allow-list', () => {
  const suffixes = DEFAULT_LINK_DOMAINS.map((d) => d.domain)
  it.each([
    ['https://www.cnipa.gov.cn/art/2026/1/1/art_1.html', true],
    ['https://WWW.WIPO.INT/madrid/en/', true],
    ['https://gov.cn', true],
    ['https://euipo.europa.eu:443/ohimportal?x=1#top', true],
    ['http://www.cnipa.gov.cn/', false],
    ['https://cnipa.gov.cn.evil.com/', false],
    ['https://evilgov.cn/', false],
    ['https://gov.cn@evil.com/', false],
    ['javascript:alert(1)', false],
    ['https://www.cnipa.gov.cn/a b', false],
    // Government and IP-office sites worldwide (the editor's own example is usitc.gov).
    ['https://www.usitc.gov/press_room/news_release/2026/er1125.htm', true],
    ['https://www.cbp.gov/trade', true],
    ['https://www.gov.uk/government/organisations/intellectual-property-office', true],
    ['https://www.inpi.fr/', true],
    ['https://www.dpma.de/', true],
    ['https://www.impi.gob.mx/', true],
    ['https://www.economie.gouv.fr/', true],
    ['https://ised-isde.canada.ca/', true],
    ['https://www.ic.gc.ca/', true],
    ['https://www.ige.ch/', true],
    ['https://www.jpo.go.jp/', true],
    ['https://usitc.gov.evil.com/', false],
    ['https://evilgov/', false],
    ['https://admin.io/', false],
    ['https://go.io/', false],
    ['https://notgov.com/', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedLink(url, suffixes)).toBe(allowed)
  })
})

describe('domain input', () => {
  it.each([
    ['https://www.USITC.gov/press_room/', 'usitc.gov'],
    [' uspto.gov. ', 'uspto.gov'],
    ['euipo.europa.eu:443', 'euipo.europa.eu'],
    ['*.wipo.int', 'wipo.int'],
  ])('%s is normalized to %s', (raw, domain) => {
    expect(normalizeDomainInput(raw)).toBe(domain)
  })

  it.each(['usitc.gov', 'gov', 'int', 'gov.*', 'gouv.*', 'xn--fiqs8s.cn', 'ip-office.example.org'])('%s is a valid suffix', (domain) => {
    expect(domainSuffixProblem(domain)).toBeNull()
  })

  it.each([
    ['', '请填写域名'],
    ['com', '不能只填顶级域名'],
    ['co.*', 'gov.*'],
    ['gov.*.uk', 'gov.*'],
    ['evil..gov', '格式不正确'],
    ['-bad.gov', '格式不正确'],
    ['bad_.gov', '格式不正确'],
    ['10.0.0.1', 'IP 地址'],
    ['a b.gov', '格式不正确'],
  ])('%s is refused (%s)', (domain, message) => {
    expect(domainSuffixProblem(domain)).toContain(message)
  })

  it('the contract refuses in Chinese and asks for a note', () => {
    const result = addLinkDomain.input.safeParse({ domain: 'https://com/', note: '' })
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(['不能只填顶级域名（如 com、org），请填写完整域名，例如 wipo.int', '请填写说明'])
  })

  it('every default is itself valid and listed once', () => {
    const domains = DEFAULT_LINK_DOMAINS.map((d) => d.domain)
    expect(domains.filter((d) => domainSuffixProblem(d) !== null)).toEqual([])
    expect(new Set(domains).size).toBe(domains.length)
  })
})
