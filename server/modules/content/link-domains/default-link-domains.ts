/**
 * The allow-list a fresh environment starts with (written once, insert-unless-exists, so staff
 * removals and notes are never overwritten): government namespaces worldwide, intergovernmental
 * bodies, and IP offices whose sites sit outside a government suffix. Only second levels a
 * registry reserves for government: `admin.io` or `go.xx` in an open registry must not pass.
 */
export const DEFAULT_LINK_DOMAINS: ReadonlyArray<{ domain: string; note: string }> = [
  // Government namespaces
  { domain: 'gov', note: '美国政府网站（如 usitc.gov、uspto.gov、cbp.gov）' },
  { domain: 'mil', note: '美国政府网站（军方）' },
  { domain: 'gov.*', note: '各国政府域名（如 gov.uk、gov.in、gov.br）' },
  { domain: 'gob.*', note: '西语国家政府域名（如 gob.mx、gob.es）' },
  { domain: 'gouv.*', note: '法语国家政府域名（如 gouv.fr）' },
  { domain: 'gov.cn', note: '中国政府网站（如 cnipa.gov.cn）' },
  { domain: 'go.jp', note: '日本政府网站' },
  { domain: 'go.kr', note: '韩国政府网站' },
  { domain: 'go.id', note: '印度尼西亚政府网站' },
  { domain: 'go.th', note: '泰国政府网站' },
  { domain: 'go.ke', note: '肯尼亚政府网站' },
  { domain: 'go.tz', note: '坦桑尼亚政府网站' },
  { domain: 'go.ug', note: '乌干达政府网站' },
  { domain: 'go.cr', note: '哥斯达黎加政府网站' },
  { domain: 'govt.nz', note: '新西兰政府网站' },
  { domain: 'gc.ca', note: '加拿大政府网站' },
  { domain: 'canada.ca', note: '加拿大政府网站' },
  { domain: 'admin.ch', note: '瑞士政府网站' },
  { domain: 'gv.at', note: '奥地利政府网站' },
  { domain: 'bund.de', note: '德国联邦政府网站' },
  // China
  { domain: 'ccpit.org', note: '中国国际贸易促进委员会' },
  // Intergovernmental
  { domain: 'wipo.int', note: '世界知识产权组织' },
  { domain: 'wto.org', note: '世界贸易组织' },
  { domain: 'europa.eu', note: '欧盟机构（含欧盟知识产权局 euipo.europa.eu）' },
  { domain: 'epo.org', note: '欧洲专利局' },
  { domain: 'oecd.org', note: '经济合作与发展组织' },
  { domain: 'aripo.org', note: '非洲地区知识产权组织' },
  { domain: 'oapi.int', note: '非洲知识产权组织' },
  { domain: 'asean.org', note: '东盟' },
  { domain: 'apec.org', note: '亚太经合组织' },
  { domain: 'boip.int', note: '比荷卢知识产权局' },
  // IP offices outside a government suffix
  { domain: 'dpma.de', note: '德国专利商标局' },
  { domain: 'inpi.fr', note: '法国工业产权局' },
  { domain: 'prv.se', note: '瑞典知识产权局' },
  { domain: 'dkpto.dk', note: '丹麦专利商标局' },
  { domain: 'patentstyret.no', note: '挪威工业产权局' },
  { domain: 'prh.fi', note: '芬兰专利注册局' },
  { domain: 'ige.ch', note: '瑞士联邦知识产权局' },
  { domain: 'uibm.gov.it', note: '意大利专利商标局' },
  { domain: 'oepm.es', note: '西班牙专利商标局' },
  { domain: 'rospatent.gov.ru', note: '俄罗斯联邦知识产权局' },
  { domain: 'ipaustralia.gov.au', note: '澳大利亚知识产权局' },
  { domain: 'ipos.gov.sg', note: '新加坡知识产权局' },
  { domain: 'ipophil.gov.ph', note: '菲律宾知识产权局' },
  { domain: 'myipo.gov.my', note: '马来西亚知识产权局' },
  { domain: 'ipindia.gov.in', note: '印度专利商标局' },
  { domain: 'inpi.gov.br', note: '巴西工业产权局' },
  { domain: 'cipc.co.za', note: '南非公司与知识产权委员会' },
  { domain: 'ipd.gov.hk', note: '香港知识产权署' },
  { domain: 'tipo.gov.tw', note: '台湾地区智慧财产局' },
]
