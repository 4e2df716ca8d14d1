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
  },
}

export default noticeZhCN
