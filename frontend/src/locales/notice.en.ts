/** The notices feature's messages in English; the same keys as notice.zh-CN.ts. */
const noticeEn = {
  notices: {
    label: 'Notices',
    unreadLabel: 'Notices ({count} unread)',
    title: 'My notices',
    readAll: 'Mark all read',
    empty: 'No notices yet',
    loadFailed: 'Could not load notices. Please try again later.',
    unread: 'Unread',
    recentOnly: 'Showing the latest {shown} of {total}',
    emailTitle: 'Notice e-mail',
    emailLabel: 'E-mail address',
    emailHint: 'When the portal sends e-mail, review, judging and award notices are copied to this address. Leave it empty for in-app notices only.',
    emailSave: 'Save e-mail',
    emailSaved: 'Notice e-mail saved',
  },
}

export default noticeEn
