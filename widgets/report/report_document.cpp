#include "widgets/report/report_document.h"

#include "core/scenario/scenario_json.h"

#include "widgets/quality/quality_texts.h"
#include "widgets/report/report_layout.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/overview_tab.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace pmis::report {

namespace {

// The page at screen resolution: the charts draw as they do in the window, fonts in points.
constexpr int kResolution = 96;
constexpr double kChartHeight = 400;
QString number(double value, int decimals = 0)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return QLocale().toString(value, 'f', decimals);
}

QString count(std::size_t value)
{
    return QLocale().toString(qulonglong(value));
}

QString percent(double fraction, int decimals = 1)
{
    return ReportDocument::tr("%1%").arg(number(100.0 * fraction, decimals));
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A scenario value in a table cell: a value as the scenario file writes it, a list joined (long
// ones cut, with their length), an object of values as "key value" pairs.
QString valueText(const nlohmann::ordered_json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? ReportDocument::tr("yes") : ReportDocument::tr("no");
    if (v.is_null())
        return QStringLiteral("–");
    if (v.is_array()) {
        QStringList items;
        for (const auto &item : v)
            items << valueText(item);
        QString joined = items.join(QStringLiteral(", "));
        if (joined.size() > 400)
            joined = ReportDocument::tr("%1 … (%2 in all)").arg(joined.left(400)).arg(items.size());
        return joined;
    }
    if (v.is_object()) {
        QStringList pairs;
        for (const auto &[key, value] : v.items())
            pairs << QString::fromStdString(key) + QLatin1Char(' ') + valueText(value);
        return pairs.join(QStringLiteral("; "));
    }
    return QString::fromStdString(v.dump());
}

bool holdsValuesOnly(const nlohmann::ordered_json &v)
{
    for (const auto &item : v)
        if (item.is_object() || item.is_array())
            return false;
    return true;
}

// The scenario's parameters as (parameter, value) rows in the file's order: objects opened down
// to the ones that hold values only (one row each), a list of values on one row; the path's parts
// joined by " › ".
void flatten(const nlohmann::ordered_json &v, const QString &path, QList<QStringList> &rows)
{
    const auto child = [&path](const QString &part) {
        return path.isEmpty() ? part : path + QStringLiteral(" › ") + part;
    };
    if (v.is_object() && !(holdsValuesOnly(v) && !path.isEmpty())) {
        for (const auto &[key, value] : v.items())
            flatten(value, child(QString::fromStdString(key)), rows);
        return;
    }
    if (v.is_array() && !v.empty() && !holdsValuesOnly(v)) {
        int i = 0;
        for (const auto &item : v) {
            QString name = QString::number(++i);
            for (const char *key : {"label", "name", "value", "id"})
                if (item.is_object() && item.contains(key) && item[key].is_string()) {
                    name = QString::fromStdString(item[key].get<std::string>());
                    break;
                }
            flatten(item, child(name), rows);
        }
        return;
    }
    rows << QStringList{path, valueText(v)};
}

QString statusText(quality::CheckStatus status)
{
    switch (status) {
    case quality::CheckStatus::Pass:
        return ReportDocument::tr("passed");
    case quality::CheckStatus::Warn:
        return ReportDocument::tr("warning");
    case quality::CheckStatus::Fail:
        return ReportDocument::tr("failed");
    }
    return {};
}

QString countsText(const rec::BinaryReport &b)
{
    QString text = ReportDocument::tr("%1 positive, %2 negative")
                           .arg(count(b.positives), count(b.negatives));
    if (!b.reliable)
        text += QStringLiteral(" — ") + ReportDocument::tr("too few positives to judge");
    return text;
}

void titlePage(PageLayout &out, const ReportInput &input, const ReportFigures &figures,
               const ReportMeta &meta)
{
    out.space(120);
    out.text(ReportDocument::tr("PMIS dataset report"), font(28, true), kHeadingColor);
    out.space(8);
    const QString name
            = input.scenario ? qs(input.scenario->name) : ReportDocument::tr("imported data");
    out.text(name, font(18), Qt::black);
    if (input.scenario && !input.scenario->description.empty())
        out.paragraph(qs(input.scenario->description), 11);
    out.space(30);
    QList<QStringList> facts;
    if (input.scenario) {
        facts << QStringList{ReportDocument::tr("Scenario"), qs(input.scenario->name)}
              << QStringList{ReportDocument::tr("Seed"),
                             QString::number(qulonglong(input.scenario->seed))}
              << QStringList{ReportDocument::tr("Scenario SHA-256"),
                             qs(scenarioHash(*input.scenario))};
    }
    facts << QStringList{ReportDocument::tr("Data"), qs(input.source)};
    QStringList rows;
    for (const Table *t : input.dataset->tables())
        rows << ReportDocument::tr("%1: %2 rows").arg(qs(t->name), count(t->rowCount()));
    facts << QStringList{ReportDocument::tr("Tables"), rows.join(QStringLiteral("; "))};
    if (figures.comparison)
        facts << QStringList{ReportDocument::tr("Baseline"),
                             input.baselineScenario ? ReportDocument::tr("%1 (%2)").arg(
                                     qs(input.baselineScenario->name), qs(input.baselineSource))
                                                    : qs(input.baselineSource)};
    facts << QStringList{ReportDocument::tr("Application version"), meta.version}
          << QStringList{ReportDocument::tr("Date"),
                         QLocale().toString(meta.created, QLocale::LongFormat)};
    out.table({ReportDocument::tr("Item"), ReportDocument::tr("Value")}, facts, {1, 4}, 10);
    out.subheading(ReportDocument::tr("Contents"));
    int n = 0;
    for (const QString &title : ReportDocument::sectionTitles(figures.comparison.has_value()))
        out.paragraph(QStringLiteral("%1. %2").arg(++n).arg(title), 11);
}

void parametersSection(PageLayout &out, const ReportInput &input, const QString &title)
{
    if (!input.scenario) {
        out.section(title, ReportDocument::tr("The data were imported without a scenario: there "
                                              "are no parameters to list."));
        return;
    }
    out.section(title, ReportDocument::tr("Every parameter of the scenario the data were "
                                          "generated from, as saved in its scenario file."));
    QList<QStringList> rows;
    try {
        flatten(nlohmann::ordered_json::parse(scenarioToJson(*input.scenario)), QString(), rows);
    } catch (const nlohmann::json::exception &e) {
        out.paragraph(ReportDocument::tr("The parameters cannot be listed: %1")
                              .arg(QString::fromUtf8(e.what())));
        return;
    }
    out.table({ReportDocument::tr("Parameter"), ReportDocument::tr("Value")}, rows, {2, 3});
}

void overviewSection(PageLayout &out, const ReportInput &input, const ReportFigures &figures,
                     const QString &title)
{
    out.section(title,
                figures.baselineOverview
                        ? ReportDocument::tr("The Overview's charts; the scenario's targets are "
                                             "marked where it sets them, the baseline's figures "
                                             "in grey.")
                        : ReportDocument::tr("The Overview's charts; the scenario's targets are "
                                             "marked where it sets them."));
    // The charts are drawn by widgets that are never shown on screen.
    QWidget host;
    host.setAttribute(Qt::WA_DontShowOnScreen);
    host.resize(800, 600);
    const std::vector<ChartWidget *> charts = OverviewTab::makeCharts(&host);
    OverviewTab::drawCharts(charts, figures.overview, input.scenario ? &*input.scenario : nullptr,
                            figures.baselineOverview ? &*figures.baselineOverview : nullptr);
    host.show(); // the charts fit their axes to the size they are given when shown
    for (ChartWidget *chart : charts) {
        if (out.cancelled())
            return;
        out.chart(chart, kChartHeight);
    }
}

void qualitySection(PageLayout &out, const ReportFigures &figures, const QString &title)
{
    const quality::QualityReport &q = figures.quality;
    out.section(title,
                q.comparedWithScenario
                        ? ReportDocument::tr("Every check of the quality report, measured "
                                             "against the scenario's targets.")
                        : ReportDocument::tr("Every check of the quality report that needs no "
                                             "scenario (the data came without one)."));
    out.paragraph(ReportDocument::tr("%1 checks: %2 passed, %3 with a warning, %4 failed.")
                          .arg(count(q.checks.size()), count(q.count(quality::CheckStatus::Pass)),
                               count(q.count(quality::CheckStatus::Warn)),
                               count(q.count(quality::CheckStatus::Fail))),
                  12);
    QList<QStringList> notPassed;
    for (const quality::Check &c : q.checks)
        if (c.status != quality::CheckStatus::Pass)
            notPassed << QStringList{qs(c.id), statusText(c.status), number(c.measured, 4),
                                     number(c.expected, 4), qualityReasonText(c.reasonText)};
    if (notPassed.isEmpty()) {
        out.paragraph(ReportDocument::tr("Every check passed."));
    } else {
        out.subheading(ReportDocument::tr("Checks that did not pass"));
        out.table({ReportDocument::tr("Check"), ReportDocument::tr("Result"),
                   ReportDocument::tr("Measured"), ReportDocument::tr("Expected"),
                   ReportDocument::tr("Why")},
                  notPassed, {3, 1.2, 1.2, 1.2, 5});
    }
    out.subheading(ReportDocument::tr("Every check"));
    QList<QStringList> all;
    for (const quality::Check &c : q.checks)
        all << QStringList{qs(c.id), statusText(c.status), qs(c.metric), number(c.measured, 4)};
    out.table({ReportDocument::tr("Check"), ReportDocument::tr("Result"),
               ReportDocument::tr("Measure"), ReportDocument::tr("Measured")},
              all, {4, 1.2, 1.5, 1.2}, 7.5);
}

void evaluationSection(PageLayout &out, const ReportFigures &figures, const QString &title)
{
    if (!figures.evaluation) {
        out.section(title, ReportDocument::tr("The recommender could not be evaluated on these "
                                              "data: %1")
                                   .arg(qs(figures.evaluationError)));
        return;
    }
    const rec::EvaluationReport &r = *figures.evaluation;
    out.section(title, ReportDocument::tr("Every method ranked on held-out applications, and the "
                                          "success model against the held-out outcomes."));
    out.paragraph(ReportDocument::tr("Protocol: %1").arg(qs(r.protocolText)));
    out.paragraph(ReportDocument::tr("%1 students evaluated, %2 relevant applications, %3 "
                                     "training and %4 held-out events, %5 open internships at the "
                                     "cut.")
                          .arg(count(r.evaluatedStudents), count(r.relevantItems),
                               count(r.trainEvents), count(r.testEvents),
                               count(r.openInternships)));
    out.subheading(ReportDocument::tr("Ranking at K = %1").arg(r.k));
    QList<QStringList> methods;
    for (const rec::MethodReport &m : r.methods)
        methods << QStringList{qs(m.method),
                               number(m.atK.ndcg, 4),
                               number(m.atK.hit, 4),
                               number(m.atK.mrr, 4),
                               number(m.coverage, 3),
                               number(m.exposureGini, 3),
                               number(m.popularityLift, 2)};
    out.table({ReportDocument::tr("Method"), QStringLiteral("NDCG@K"), QStringLiteral("HR@K"),
               QStringLiteral("MRR"), ReportDocument::tr("Coverage"), ReportDocument::tr("Gini"),
               ReportDocument::tr("Popularity lift")},
              methods, {2, 1, 1, 1, 1, 1, 1.3});
    out.subheading(ReportDocument::tr("Success model"));
    out.paragraph(qs(r.calibrationNote));
    QList<QStringList> models;
    for (const rec::BinaryReport *b :
         {&r.model, &r.uncalibrated, r.hasTruth ? &r.truth : nullptr}) {
        if (!b)
            continue;
        const auto interval = [](const rec::Interval &i) {
            return ReportDocument::tr("%1 [%2, %3]")
                    .arg(number(i.value, 3), number(i.lo, 3), number(i.hi, 3));
        };
        models << QStringList{qs(b->name), interval(b->auc), interval(b->ap),
                              number(b->brier.value, 4), countsText(*b)};
    }
    out.table({ReportDocument::tr("Model"), ReportDocument::tr("ROC AUC [95% CI]"),
               ReportDocument::tr("AP [95% CI]"), ReportDocument::tr("Brier"),
               ReportDocument::tr("Counts")},
              models, {2, 1.8, 1.8, 0.9, 2.5});
    if (figures.example && !figures.example->items.empty()) {
        const RecommendationExample &e = *figures.example;
        out.subheading(ReportDocument::tr("A recommendation, explained"));
        out.paragraph(ReportDocument::tr("The top %1 internships for %2 (%3), the student with the "
                                         "most applications; each score is the sum of its "
                                         "parts.")
                              .arg(e.items.size())
                              .arg(qs(e.student), qs(e.description)));
        QList<QStringList> rows;
        for (const RecommendationExample::Item &item : e.items)
            rows << QStringList{qs(item.internship),       number(item.score, 3),
                                number(item.content, 3),   number(item.cf, 3),
                                number(item.success, 3),   number(item.popularity, 3),
                                percent(item.probability), qs(item.reason)};
        out.table({ReportDocument::tr("Internship"), ReportDocument::tr("Score"),
                   ReportDocument::tr("Content"), QStringLiteral("CF"),
                   ReportDocument::tr("P(success) part"), ReportDocument::tr("Popularity"),
                   QStringLiteral("P(success)"), ReportDocument::tr("Reason")},
                  rows, {2.6, 0.8, 0.9, 0.6, 1.1, 1.2, 1.1, 3.2}, 7.5);
    }
    QList<QStringList> groups;
    for (const rec::GroupCalibration &c : r.calibrationByGroup)
        groups << QStringList{
                qs(c.attribute + " = " + c.label), percent(c.predicted, 2), percent(c.observed, 2),
                c.reliable ? number(c.auc, 3) : ReportDocument::tr("too few positives to judge"),
                ReportDocument::tr("%1 positive, %2 negative")
                        .arg(count(c.positives), count(c.negatives))};
    if (!groups.isEmpty()) {
        out.subheading(ReportDocument::tr("The success model by group"));
        out.table({ReportDocument::tr("Group"), ReportDocument::tr("Predicted"),
                   ReportDocument::tr("Observed"), QStringLiteral("AUC"),
                   ReportDocument::tr("Counts")},
                  groups, {2.5, 1, 1, 1.6, 2});
    }
}

void fairnessSection(PageLayout &out, const ReportFigures &figures, const QString &title)
{
    if (!figures.fairness) {
        out.section(title, ReportDocument::tr("The shortlists could not be audited on these "
                                              "data: %1")
                                   .arg(qs(figures.fairnessError)));
        return;
    }
    const FairnessAudit &f = *figures.fairness;
    QStringList groups;
    for (const rec::GroupSpec &g : f.groups)
        groups << ReportDocument::tr("%1 at %2").arg(qs(g.label), percent(g.share));
    out.section(title, ReportDocument::tr("The top 20 candidates of every open internship, before "
                                          "and after fair re-ranking (FA*IR) for these groups at "
                                          "their share of the students: %1.")
                               .arg(groups.join(QStringLiteral(", "))));
    const rec::ShortlistAudit &a = f.audit;
    out.paragraph(ReportDocument::tr("%1 shortlists: every group's minimum met in %2 before "
                                     "re-ranking and %3 after; %4 could not be made fair; the "
                                     "re-ranked lists keep %5 of the original NDCG on average.")
                          .arg(count(a.slates), percent(a.passBefore), percent(a.passAfter),
                               count(a.infeasible), percent(a.meanNdcgRetained)),
                  11);
    for (const rec::AttributeExposure &e : a.exposure) {
        out.subheading(ReportDocument::tr("Exposure per candidate by %1").arg(qs(e.attribute)));
        QList<QStringList> rows;
        for (std::size_t g = 0; g < e.before.size() && g < e.after.size(); ++g)
            rows << QStringList{qs(e.before[g].label), number(e.before[g].perMember, 3),
                                number(e.after[g].perMember, 3)};
        rows << QStringList{ReportDocument::tr("lowest / highest"), number(e.ratioBefore, 2),
                            number(e.ratioAfter, 2)};
        out.table({ReportDocument::tr("Group"), ReportDocument::tr("Before"),
                   ReportDocument::tr("After")},
                  rows, {2, 1, 1});
    }
}

void comparisonSection(PageLayout &out, const ReportFigures &figures, const QString &title)
{
    const Comparison &c = *figures.comparison;
    out.section(title, ReportDocument::tr("What changed from the baseline: the scenario's "
                                          "parameters, then every figure whose difference is "
                                          "larger than sampling alone gives (%1 level).")
                               .arg(percent(c.level, 0)));
    out.subheading(ReportDocument::tr("Parameters changed"));
    if (c.parameters.empty()) {
        out.paragraph(ReportDocument::tr("No parameter differs (or one side has no scenario)."));
    } else {
        QList<QStringList> rows;
        for (const ParameterChange &p : c.parameters)
            rows << QStringList{qs(p.path),
                                p.baseline.empty() ? QStringLiteral("–") : qs(p.baseline),
                                p.current.empty() ? QStringLiteral("–") : qs(p.current)};
        out.table({ReportDocument::tr("Parameter"), ReportDocument::tr("Baseline"),
                   ReportDocument::tr("Current")},
                  rows, {3, 2, 2});
    }
    out.subheading(ReportDocument::tr("Figures beyond the noise: %1 of %2")
                           .arg(count(c.beyondNoiseCount()), count(c.figures.size())));
    QList<QStringList> rows;
    for (const ComparedFigure &f : c.figures) {
        if (!f.beyondNoise())
            continue;
        const bool share = f.kind == FigureKind::Share;
        const auto show = [share](double v) { return share ? percent(v, 2) : number(v, 2); };
        QString what = qs(f.table);
        if (!f.column.empty())
            what += QStringLiteral(" › ") + qs(f.column);
        if (!f.value.empty())
            what += QStringLiteral(" = ") + qs(f.value);
        rows << QStringList{what,
                            qs(figureKindName(f.kind)),
                            show(f.baseline),
                            show(f.current),
                            show(f.difference()),
                            show(f.noise)};
    }
    if (rows.isEmpty())
        out.paragraph(ReportDocument::tr("No figure differs by more than the noise."));
    else
        out.table({ReportDocument::tr("Figure"), ReportDocument::tr("Kind"),
                   ReportDocument::tr("Baseline"), ReportDocument::tr("Current"),
                   ReportDocument::tr("Difference"), ReportDocument::tr("Noise")},
                  rows, {3.5, 1, 1.2, 1.2, 1.2, 1.2});
}

} // namespace

QStringList ReportDocument::sectionTitles(bool withComparison)
{
    QStringList titles{tr("Scenario parameters"), tr("Overview charts"), tr("Quality checks"),
                       tr("Recommender evaluation"), tr("Fairness audit")};
    if (withComparison)
        titles << tr("Comparison with the baseline");
    return titles;
}

Result<int> ReportDocument::write(const ReportInput &input, const ReportFigures &figures,
                                  const ReportMeta &meta, const QString &path,
                                  const ProgressFn &progress)
{
    const auto failure = [&path](const QString &why) {
        return Status::error((path + QStringLiteral(": ") + why).toStdString());
    };
    if (!input.dataset)
        return Status::error("there is no dataset to report on");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("cannot write the report (%1)").arg(file.errorString()));
    const QStringList titles = sectionTitles(figures.comparison.has_value());
    int sectionDone = 0;
    const ProgressFn pageProgress = [&](double, const std::string &phase) {
        return !progress
               || progress(std::min(0.99, sectionDone / double(titles.size() + 1)), phase);
    };
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        const QString name = input.scenario ? qs(input.scenario->name) : tr("imported data");
        writer.setTitle(tr("PMIS dataset report: %1").arg(name));
        writer.setCreator(QStringLiteral("PMIS Dataset Studio %1").arg(meta.version));
        PageLayout out(writer, tr("PMIS dataset report: %1").arg(name), pageProgress);
        if (!out.isActive()) {
            file.cancelWriting();
            return failure(tr("cannot lay out the PDF"));
        }
        const std::vector<std::function<void()>> sections{
                [&] { titlePage(out, input, figures, meta); },
                [&] { parametersSection(out, input, titles[0]); },
                [&] { overviewSection(out, input, figures, titles[1]); },
                [&] { qualitySection(out, figures, titles[2]); },
                [&] { evaluationSection(out, figures, titles[3]); },
                [&] { fairnessSection(out, figures, titles[4]); },
                [&] {
                    if (figures.comparison)
                        comparisonSection(out, figures, titles[5]);
                }};
        for (const auto &section : sections) {
            if (out.cancelled())
                break;
            section();
            ++sectionDone;
        }
        const int pages = out.pages();
        const bool ended = out.finish();
        if (out.cancelled()) {
            file.cancelWriting();
            return Status::cancelled();
        }
        if (!ended) {
            file.cancelWriting();
            return failure(tr("cannot finish the PDF"));
        }
        if (!file.commit())
            return failure(tr("cannot write the report (%1)").arg(file.errorString()));
        if (progress)
            progress(1.0, "written");
        return pages;
    }
}

} // namespace pmis::report
