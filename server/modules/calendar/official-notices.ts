/**
 * The State Council notices this project has, as published (items only): the seed of the working
 * calendar. Add a year here only from the official notice; until then staff enter or import it
 * and the app warns that the year is missing. 2027's notice was not available when this was written.
 */
export const OFFICIAL_NOTICES: ReadonlyArray<{ year: number; title: string; text: string }> = [
  {
    year: 2025,
    // 国办发明电〔2024〕12号, 2024-11-12
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    text: `一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`,
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    text: `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`,
  },
]
