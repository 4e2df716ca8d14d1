import type reportZhCN from './report.zh-CN'

/** English for the reports feature: the same keys as report.zh-CN.ts. */
const reportEn: typeof reportZhCN = {
  reports: {
    title: 'Statistics and exports',
    link: 'Statistics',
    linkOf: 'Statistics and exports: {title}',
    intro: 'Entries, screening, recommendations and awards per unit, to choose the units for the organizing award; downloads of the results, the judges’ score sheets and the unit statistics. Exports contain students’ names: every download is logged.',
    exports: 'Exports',
    exportResults: 'Results',
    exportScoreSheets: 'Judges’ score sheets',
    exportUnitStats: 'Unit statistics',
    downloading: 'Preparing the file…',
    unitStats: 'Unit statistics',
    levelOf: 'Units under {name}',
    drillDown: 'Show the units below',
    unit: 'Unit',
    entries: 'Entries',
    eligible: 'Passed screening',
    recommended: 'Recommended',
    awarded: 'Awarded',
    students: 'Registered students',
    participants: 'Participating students',
    participationRate: 'Participation',
    total: 'Total',
    empty: 'No unit at this level has entries or registered students yet',
    chartFunnel: 'Entries, screening and awards per unit',
    chartParticipation: 'Student participation per unit',
    unitAward: 'Organizing award',
    mark: 'Give the organizing award',
    unmark: 'Withdraw',
    markTitle: 'Organizing award: {name}',
    note: 'Note',
    notePlaceholder: 'e.g. well organized, wide participation, many awarded works',
    marked: 'Organizing award given',
    unmarked: 'Organizing award withdrawn',
    unmarkConfirm: 'Withdraw the organizing award of {name}?',
    save: 'Save',
    cancel: 'Cancel',
  },
}

export default reportEn
