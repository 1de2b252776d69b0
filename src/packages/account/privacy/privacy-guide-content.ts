/**
 * The summary of the privacy guide shown before anything personal is collected. The full guide is
 * filed in the WeChat admin console; keep the two in step and bump PRIVACY_GUIDE_VERSION
 * (types/users/schemas.ts) whenever this changes, so every user is asked again.
 */
export interface PrivacyGuideSection {
  title: string
  paragraphs: readonly string[]
}

export const PRIVACY_GUIDE_SECTIONS: readonly PrivacyGuideSection[] = [
  {
    title: '我们收集的信息',
    paragraphs: [
      '企业登记时：企业名称、统一社会信用代码、所属行业、出口市场，以及企业联络员的姓名和手机号码。',
      '您的微信身份标识（由微信平台提供），用于识别您本人，我们不获取您的微信昵称、头像或通讯录。',
    ],
  },
  {
    title: '使用目的',
    paragraphs: [
      '核实出口企业身份，确认您为企业联络员；',
      '开展海外知识产权纠纷应对、风险预警、专家咨询等维权援助服务，并就服务事项与您联系。',
      '手机号码仅向审核工作人员以部分隐藏的形式显示。',
    ],
  },
  {
    title: '保存期限',
    paragraphs: [
      '信息在您使用本服务期间保存。您申请删除信息或撤回授权后，我们将删除或匿名化处理，法律法规另有规定的除外。',
    ],
  },
  {
    title: '对外提供',
    paragraphs: ['我们不会出售您的信息。仅在为您提供维权援助、并经您同意时，向承担援助工作的协助机构或专家提供必要信息。'],
  },
  {
    title: '联系我们',
    paragraphs: ['如需查询、更正、删除您的信息或撤回授权，请联系许昌市海外知识产权维权援助服务工作人员。'],
  },
]
