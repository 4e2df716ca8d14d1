/** The notices feature's messages (issue 6), merged into zh-CN.ts; notice.en.ts has the same keys. */
const noticeZhCN = {
  notices: {
    label: '通知',
    unreadLabel: '通知（{count} 条未读）',
    title: '我的通知',
    readAll: '全部已读',
    empty: '暂无通知',
    loadFailed: '通知加载失败，请稍后再试。',
    unread: '未读',
    recentOnly: '显示最近 {shown} 条，共 {total} 条',
    emailTitle: '通知邮箱',
    emailLabel: '邮箱地址',
    emailHint: '平台开通邮件后，审查、晋级、获奖等通知会同时发到这个邮箱。留空则只在站内提醒。',
    emailSave: '保存邮箱',
    emailSaved: '通知邮箱已保存',
  },
}

export default noticeZhCN
