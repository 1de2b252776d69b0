import * as z from 'zod'

/**
 * Where in Xuchang an agency sits: the city's counties, county-level cities and districts, plus its
 * two administrative zones that addresses name on their own. '许昌市区' is for addresses that name
 * the city but no district. Stored as the Chinese name, which is also what CSV files carry.
 */
export const DISTRICTS = [
  '魏都区',
  '建安区',
  '东城区',
  '经济技术开发区',
  '城乡一体化示范区',
  '许昌市区',
  '禹州市',
  '长葛市',
  '鄢陵县',
  '襄城县',
] as const

export type District = (typeof DISTRICTS)[number]
export const districtSchema = z.enum(DISTRICTS, { message: '请选择列表中的县（市、区）' })
