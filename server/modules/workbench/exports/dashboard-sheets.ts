import type { BreakdownRow, Dashboard } from '../../../../types/workbench/dashboard'
import type { Cell, Sheet } from './workbook'

const hours = (minutes: number | null): Cell => (minutes === null ? '' : Math.round((minutes / 60) * 10) / 10)
const percent = (rate: number | null): Cell => (rate === null ? '' : Math.round(rate * 1000) / 10)
const average = (value: number | null): Cell => (value === null ? '' : Math.round(value * 100) / 100)

function breakdownRows(title: string, rows: readonly BreakdownRow[]): Cell[][] {
  return [[title, '数量'], ...rows.map((r): Cell[] => [r.label, r.count])]
}

/** The dashboard of one period: the figures, then one sheet per breakdown (the tables behind the charts). */
export function dashboardSheets(d: Dashboard): Sheet[] {
  const summary: Cell[][] = [
    ['指标', '数值', '说明'],
    ['统计周期', d.period.label, '按提交时间统计上报；评价与预警阅读按发生时间统计'],
    ['上报总数', d.reports.total, null],
    ['首次响应数', d.firstResponse.count, null],
    ['首次响应中位数（工作小时）', hours(d.firstResponse.medianMinutes), '工作时间 9:00–18:00'],
    ['首次响应90分位（工作小时）', hours(d.firstResponse.p90Minutes), null],
    ['1个工作日内响应率（%）', percent(d.firstResponse.withinOneDay.rate), `${d.firstResponse.withinOneDay.count} 件`],
    ['3个工作日内响应率（%）', percent(d.firstResponse.withinThreeDays.rate), `${d.firstResponse.withinThreeDays.count} 件`],
    ['欧盟中小企业知识产权服务台 3个工作日内答复率（%）', percent(d.firstResponse.euHelpdeskWithinThreeDays), '对照：2019–2023 年公开数据'],
    ['办结数', d.resolution.count, null],
    ['办结用时中位数（工作小时）', hours(d.resolution.medianMinutes), '不含等待企业补充材料的时间'],
    ['办结用时90分位（工作小时）', hours(d.resolution.p90Minutes), null],
    ['超时件数', d.sla.breached, null],
    ['超时率（%）', percent(d.sla.rate), null],
    ['评价数', d.satisfaction.ratings, null],
    ['满意率（4分及以上，%）', percent(d.satisfaction.rate), `${d.satisfaction.satisfied} 件`],
    ['平均评分', d.satisfaction.average === null ? '' : Math.round(d.satisfaction.average * 100) / 100, '满分 5 分'],
    ['预警推送计划数', d.alerts.planned, null],
    ['预警推送送达数', d.alerts.delivered, null],
    ['预警阅读数', d.alerts.read, null],
    ['咨询已完成（场）', d.consultations.held, '按预约时间计入本期'],
    ['咨询未到场（场）', d.consultations.noShows, null],
    ['咨询已取消（场）', d.consultations.cancelled, null],
    ['咨询评价数', d.consultations.ratings.count, null],
    ['咨询满意率（4分及以上，%）', percent(d.consultations.ratings.rate), `${d.consultations.ratings.satisfied} 条`],
    ['咨询平均评分', average(d.consultations.ratings.average), '满分 5 分'],
    ['沙龙举办场次', d.salons.sessions, '按开始时间计入本期，不含已取消'],
    ['沙龙报名人数（已确认）', d.salons.registrations, null],
    ['沙龙到场人数', d.salons.attended, '以签到为准'],
    ['沙龙到场率（%）', percent(d.salons.attendanceRate), null],
  ]
  return [
    { name: '概览', rows: summary },
    { name: '按服务类型', rows: breakdownRows('服务类型', d.reports.byServiceType) },
    { name: '按知识产权类型', rows: breakdownRows('知识产权类型', d.reports.byIpType) },
    { name: '按国家地区', rows: breakdownRows('国家/地区', d.reports.byCountry) },
    { name: '按县市区', rows: breakdownRows('县（市、区）', d.reports.byDistrict) },
    { name: '在办案件', rows: breakdownRows('承办方', d.openByAssignee) },
  ]
}

/** The annual sheet in the order a bureau reports upward: volume by service and country, timeliness, satisfaction, trainings, alerts. */
export function annualSummarySheet(year: number, d: Dashboard, alertsPublished: number): Sheet {
  const rows: Cell[][] = [
    [`${year}年度海外知识产权维权援助工作情况汇总`, null],
    ['一、受理情况', null],
    ['上报（求助）总数', d.reports.total],
    ...d.reports.byServiceType.map((r): Cell[] => [`  其中：${r.label}`, r.count]),
    ...d.reports.byCountry.map((r): Cell[] => [`  涉及${r.label}`, r.count]),
    ['二、时效', null],
    ['首次响应中位数（工作小时）', hours(d.firstResponse.medianMinutes)],
    ['3个工作日内响应率（%）', percent(d.firstResponse.withinThreeDays.rate)],
    ['办结用时中位数（工作小时）', hours(d.resolution.medianMinutes)],
    ['超时件数', d.sla.breached],
    ['三、满意度', null],
    ['满意率（%）', percent(d.satisfaction.rate)],
    ['平均评分', d.satisfaction.average === null ? '' : Math.round(d.satisfaction.average * 100) / 100],
    ['评价数', d.satisfaction.ratings],
    ['四、培训（沙龙）', null],
    ['举办场次', d.salons.sessions],
    ['参加人数', d.salons.attended],
    ['报名人数', d.salons.registrations],
    ['五、预警信息', null],
    ['发布预警信息数', alertsPublished],
    ['预警推送送达数', d.alerts.delivered],
  ]
  return { name: `${year}年度汇总`, rows }
}
