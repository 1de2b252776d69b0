import type { District } from '../../types/catalog/districts'

/**
 * The first batch of designated overseas rights-protection assistance agencies (第一批海外维权协助机构名单),
 * from the annex of 许市监〔2022〕44号 (issued 2022-10-13), entered exactly as published — including the
 * published text's own quirks (a space in No. 2's address, '交叉 叉口' in No. 9's). `district` is not part
 * of the annex: it is read off each address by hand ('许昌市区' where the address names no district),
 * so staff can correct it in the directory without touching the published fields.
 */
export interface PublishedAgency {
  seq: number
  name: string
  legalForm: string
  personInCharge: string
  address: string
  district: District
}

export const FIRST_BATCH_LABEL = '第一批'
export const FIRST_BATCH_DOCUMENT = '许市监〔2022〕44号'

export const FIRST_BATCH_AGENCIES: readonly PublishedAgency[] = [
  { seq: 1, name: '许昌宗诚知识产权代理有限公司', legalForm: '普通合伙', personInCharge: '高丽勤', address: '许昌市东城区魏文路莲城大厦2006室', district: '东城区' },
  { seq: 2, name: '许昌豫创知识产权代理事务所（特殊普通合伙）', legalForm: '普通合伙', personInCharge: '徐志红', address: '许昌市东城区前进路祥和小区 XG11幢东起1单元4层西户', district: '东城区' },
  { seq: 3, name: '河南涵文知识产权服务有限公司', legalForm: '普通合伙', personInCharge: '文昭', address: '河南省许昌市东城区魏武大道以东前进路以北阳光花墅19幢东1单元1905室', district: '东城区' },
  { seq: 4, name: '许昌市水木年华财务代理有限公司', legalForm: '普通合伙', personInCharge: '张璞', address: '河南省许昌市魏都区建安大道健康苑小区3号楼4单元401室', district: '魏都区' },
  { seq: 5, name: '许昌昊文商标代理有限公司', legalForm: '普通合伙', personInCharge: '师昊文', address: '河南省许昌市建安区文兴路与新许路交叉口东200米路北广汇君悦城C座508室', district: '建安区' },
  { seq: 6, name: '许昌市达睿商标事务所有限公司', legalForm: '普通合伙', personInCharge: '郑建立', address: '许昌经济开发区管委会10楼1018室', district: '经济技术开发区' },
  { seq: 7, name: '许昌上德商标代理有限公司', legalForm: '普通合伙', personInCharge: '肖小磊', address: '河南省许昌市市辖区澜菲溪岸12号楼1单元2601二室', district: '许昌市区' },
  { seq: 8, name: '许昌创源知识产权咨询服务中心', legalForm: '普通合伙', personInCharge: '焦利伟', address: '许昌经济开发区瑞祥新村', district: '经济技术开发区' },
  { seq: 9, name: '许昌双国商标事务所有限公司', legalForm: '普通合伙', personInCharge: '李伟平', address: '河南省许昌市市辖区城乡一体化示范区永兴东路与芙蓉大道交叉 叉口东南角众信国际大厦1幢13层1319号', district: '城乡一体化示范区' },
  { seq: 10, name: '许昌创科商标代理有限公司', legalForm: '普通合伙', personInCharge: '李炎涛', address: '河南省许昌市魏都区南关街道水岸金城3号楼2304', district: '魏都区' },
  { seq: 11, name: '许昌魏国商标事务有限公司', legalForm: '普通合伙', personInCharge: '闫琳', address: '许昌市延安路与阳光大道交叉口龙湖华庭19号楼', district: '许昌市区' },
  { seq: 12, name: '许昌普信商标代理有限公司', legalForm: '普通合伙', personInCharge: '卢建伟', address: '许昌市许由路南侧许繁路西侧棕榈泉佳苑8幢1单元103室', district: '许昌市区' },
  { seq: 13, name: '许昌德信商标代理有限公司', legalForm: '普通合伙', personInCharge: '杨威', address: '河南省许昌市魏都区文峰中路2855号', district: '魏都区' },
  { seq: 14, name: '许昌权宜知识产权有限公司', legalForm: '普通合伙', personInCharge: '赵丽丽', address: '禹州市钧台办连洛湾三组美之国4号楼1单元5层502室', district: '禹州市' },
  { seq: 15, name: '许昌标无忧知识产权代理有限公司', legalForm: '普通合伙', personInCharge: '程秀琴', address: '禹州市颍川街道恒达熙郡6号楼701', district: '禹州市' },
  { seq: 16, name: '河南森一商标事务所有限公司', legalForm: '普通合伙', personInCharge: '包晓超', address: '河南省许昌市禹州市颍川办恒达阳光世纪409室', district: '禹州市' },
  { seq: 17, name: '河南姜老师商标代理有限公司', legalForm: '普通合伙', personInCharge: '罗蓝星', address: '禹州市浅井镇陈桐村6组', district: '禹州市' },
]
