#pragma once
// The dataset report as a multi-page A4 PDF: a title page (scenario, seed, the scenario's
// SHA-256, application version, date), the scenario's parameters, every Overview chart as vector
// graphics, the quality summary with the checks that did not pass explained, the recommender's
// evaluation with its positive counts, the fairness audit, and the comparison with a baseline when
// there is one. Text is in the interface language. Charts are widgets, so the document is laid
// out on the GUI thread; the figures come from computeReportFigures (any thread).

#include "widgets/report/report_figures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pmis::report {

struct ReportMeta
{
    QString version;   // the application's
    QDateTime created; // shown on the title page
};

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    // The sections' headings in their order, in the interface language.
    static QStringList sectionTitles(bool withComparison);
    // Writes the report to `path` under a temporary name renamed into place once complete.
    // `progress` is asked between pages (false cancels; nothing is left behind). Returns the
    // number of pages, or an error naming the file.
    static Result<int> write(const ReportInput &input, const ReportFigures &figures,
                             const ReportMeta &meta, const QString &path,
                             const ProgressFn &progress = {});
};

} // namespace pmis::report
