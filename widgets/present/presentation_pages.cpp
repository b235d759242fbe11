// PresentationWindow: the contents of its pages (the glance's tiles, the recommendation, the
// fairness chart, the comparison's tables), filled in the interface language.
#include "widgets/present/presentation_texts.h"
#include "widgets/present/presentation_window.h"
#include "widgets/present/projector_style.h"
#include "widgets/studio/chart_widget.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace pmis::present {

namespace {

constexpr double kFigurePoints = 44;
constexpr int kShownRecommendations = 3; // with their explanations, in type a room can read

double valueOf(const LabelledValues &v, const std::string &label)
{
    for (std::size_t k = 0; k < v.labels.size() && k < v.values.size(); ++k)
        if (v.labels[k] == label)
            return v.values[k];
    return 0;
}

double totalOf(const LabelledValues &v)
{
    double total = 0;
    for (double x : v.values)
        total += x;
    return total;
}

void fillTable(QTableWidget *table, const QStringList &header, const QList<QStringList> &rows,
               int stretchColumn)
{
    table->clear();
    table->setColumnCount(int(header.size()));
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < header.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    for (int c = 0; c < header.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(
                c, c == stretchColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
}

} // namespace

void PresentationWindow::fillGlance()
{
    auto *grid = qobject_cast<QGridLayout *>(m_glance->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale l;
    const Dataset &d = *m_input.dataset;
    const OverviewStats &s = m_figures->overview;
    const double applications = s.funnel.values.size() == 4 ? s.funnel.values[1] : 0;
    const double selected = s.funnel.values.size() == 4 ? s.funnel.values[3] : 0;
    const auto number = [&l](double v) { return l.toString(qulonglong(std::llround(v))); };
    const double students = totalOf(s.ruralUrban);
    const std::string lastTier = s.tierMix.labels.empty() ? std::string() : s.tierMix.labels.back();
    struct Tile
    {
        QString figure, what;
    };
    const std::vector<Tile> tiles{
            {number(double(d.students.rowCount())), tr("students")},
            {number(double(d.internships.rowCount())), tr("internships")},
            {number(double(d.companies.rowCount())), tr("companies")},
            {number(double(d.interactions.rowCount())), tr("interactions")},
            {number(applications), tr("applications")},
            {number(selected), tr("selected")},
            {percent(applications > 0 ? selected / applications : 0),
             tr("selected per application")},
            {percent(students > 0 ? valueOf(s.ruralUrban, "rural") / students : 0),
             tr("rural students")},
            {percent(totalOf(s.gender) > 0 ? valueOf(s.gender, "Female") / totalOf(s.gender) : 0),
             tr("women")},
            {percent(totalOf(s.tierMix) > 0 ? valueOf(s.tierMix, lastTier) / totalOf(s.tierMix)
                                            : 0),
             tr("%1 students").arg(qs(lastTier))},
    };
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        auto *tile = new QLabel(m_glance);
        tile->setAlignment(Qt::AlignCenter);
        tile->setTextFormat(Qt::RichText);
        tile->setText(QStringLiteral("<div style='font-size:%1pt; font-weight:bold; color:%2'>%3"
                                     "</div><div>%4</div>")
                              .arg(kFigurePoints)
                              .arg(QLatin1String(i < 6 ? kTitleColor : "#a63b00"))
                              .arg(tiles[i].figure.toHtmlEscaped(), tiles[i].what.toHtmlEscaped()));
        tile->setStyleSheet(QStringLiteral("QLabel { border: 2px solid #cfd8dc; }"));
        grid->addWidget(tile, int(i) / 5, int(i) % 5);
    }
    for (int c = 0; c < 5; ++c)
        grid->setColumnStretch(c, 1);
}

void PresentationWindow::fillRecommendation()
{
    // One block per internship: its name and score, what the score is made of, and why.
    QString html;
    const QLocale l;
    const auto fixed = [&l](double v) { return l.toString(v, 'f', 2); };
    int rank = 0;
    if (m_figures->example)
        for (const auto &item : m_figures->example->items) {
            if (rank == kShownRecommendations)
                break;
            html += QStringLiteral("<p style='margin-bottom:10px'><b>%1. %2</b> — %3<br>"
                                   "<span style='color:#424242'>%4</span><br>%5</p>")
                            .arg(++rank)
                            .arg(qs(item.internship).toHtmlEscaped(),
                                 tr("score %1, P(success) %2")
                                         .arg(fixed(item.score), percent(item.probability)),
                                 tr("content %1 + CF %2 + P(success) %3 + popularity %4")
                                         .arg(fixed(item.content), fixed(item.cf),
                                              fixed(item.success), fixed(item.popularity)),
                                 qs(item.reason).toHtmlEscaped());
        }
    m_recommendations->setText(html);
}

void PresentationWindow::fillFairness()
{
    if (!m_figures->fairness) {
        m_exposure->showEmpty(
                tr("The shortlists could not be audited: %1").arg(qs(m_figures->fairnessError)));
        return;
    }
    QStringList labels;
    QVector<double> before, after;
    for (const rec::AttributeExposure &e : m_figures->fairness->audit.exposure) {
        if (e.attribute == "college_tier")
            continue; // two attributes keep the labels readable from the back
        for (std::size_t g = 0; g < e.before.size() && g < e.after.size(); ++g) {
            labels << qs(e.before[g].label);
            before << e.before[g].perMember;
            after << e.after[g].perMember;
        }
    }
    m_exposure->setTitle(tr("Exposure per candidate in the top 20"));
    m_exposure->showGroupedBars(
            labels, {before, after}, {tr("before re-ranking"), tr("after re-ranking")},
            tr("exposure per candidate"), false, ChartWidget::AxisFormat::Number);
    styleForProjector(m_exposure);
}

void PresentationWindow::fillComparison()
{
    const pmis::Comparison &c = *m_figures->comparison;
    QList<QStringList> parameters;
    for (const ParameterChange &p : c.parameters)
        parameters << QStringList{qs(p.path.rfind("$.", 0) == 0 ? p.path.substr(2) : p.path),
                                  qs(p.baseline), qs(p.current)};
    if (parameters.isEmpty())
        parameters << QStringList{tr("no parameter changed"), QString(), QString()};
    fillTable(m_parameters, {tr("Parameter"), tr("Baseline"), tr("Now")}, parameters, 0);
    // The differences largest against their noise first.
    std::vector<const ComparedFigure *> beyond;
    for (const ComparedFigure &f : c.figures)
        if (f.beyondNoise())
            beyond.push_back(&f);
    const auto strength = [](const ComparedFigure *f) {
        return f->noise > 0 ? std::abs(f->difference()) / f->noise : std::abs(f->difference());
    };
    std::stable_sort(beyond.begin(), beyond.end(),
                     [&](const auto *a, const auto *b) { return strength(a) > strength(b); });
    QList<QStringList> rows;
    for (std::size_t i = 0; i < beyond.size() && i < 8; ++i) {
        const ComparedFigure &f = *beyond[i];
        const bool share = f.kind == FigureKind::Share;
        const auto show = [share](double v) {
            if (share)
                return percent(v);
            return std::abs(v) >= 100 ? QLocale().toString(v, 'f', 0)
                                      : QLocale().toString(v, 'g', 4);
        };
        QString what = qs(f.table);
        if (!f.column.empty())
            what += QStringLiteral(" › ") + qs(f.column);
        if (!f.value.empty())
            what += QStringLiteral(" = ") + qs(f.value);
        rows << QStringList{what, show(f.baseline), show(f.current)};
    }
    fillTable(m_figuresTable, {tr("Figure beyond the noise"), tr("Baseline"), tr("Now")}, rows, 0);
}

void PresentationWindow::fillPages()
{
    fillGlance();
    fillRecommendation();
    if (m_exposure)
        fillFairness();
    if (m_figuresTable)
        fillComparison();
    for (QLabel *none : findChildren<QLabel *>(QStringLiteral("noTargets")))
        none->setText(tr("The data have no tuned shares to compare with targets."));
}

} // namespace pmis::present
