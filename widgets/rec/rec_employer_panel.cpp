#include "widgets/rec/rec_employer_panel.h"

#include "widgets/rec/rec_chart.h"
#include "widgets/rec/rec_job.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace pmis {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

enum GroupColumn { GroupKey, GroupAttribute, GroupShare };
constexpr int kBuiltinAttributes = 3; // rural_urban, college_tier, gender

// A declared column's name as a title: "social_group" -> "Social group".
QString columnTitle(QString name)
{
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

RecEmployerPanel::RecEmployerPanel(QWidget *parent)
    : QWidget(parent)
{
    m_internship = new QComboBox(this);
    m_internship->setObjectName(QStringLiteral("internshipCombo"));
    m_internship->setEditable(true);
    m_internship->setInsertPolicy(QComboBox::NoInsert);
    m_internship->setMinimumContentsLength(14);
    m_internship->completer()->setFilterMode(Qt::MatchContains);
    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("shortlistK"));
    m_k->setRange(1, 200);
    m_k->setValue(20);
    m_applicantsOnly = new QCheckBox(this);
    auto *top = new QHBoxLayout;
    m_internshipLabel = new QLabel(this);
    m_kLabel = new QLabel(this);
    top->addWidget(m_internshipLabel);
    top->addWidget(m_internship, 1);
    top->addWidget(m_kLabel);
    top->addWidget(m_k);
    top->addWidget(m_applicantsOnly);

    // Fairness controls: a row per group with a checkbox and a minimum share.
    m_groups = new QTableWidget(this);
    m_groups->setObjectName(QStringLiteral("fairGroupTable"));
    m_groups->setColumnCount(3);
    m_groups->verticalHeader()->setVisible(false);
    m_groups->horizontalHeader()->setStretchLastSection(true);
    m_groups->setMaximumHeight(170);
    m_alpha = new QDoubleSpinBox(this);
    m_alpha->setRange(0.01, 0.5);
    m_alpha->setSingleStep(0.01);
    m_alpha->setDecimals(3);
    m_alpha->setValue(0.1);
    m_adjusted = new QCheckBox(this);
    m_adjusted->setChecked(true);
    m_fairBox = new QGroupBox(this);
    auto *fairLayout = new QGridLayout(m_fairBox);
    fairLayout->addWidget(m_groups, 0, 0, 1, 3);
    m_alphaLabel = new QLabel(m_fairBox);
    fairLayout->addWidget(m_alphaLabel, 1, 0);
    fairLayout->addWidget(m_alpha, 1, 1);
    fairLayout->addWidget(m_adjusted, 1, 2);
    m_idError = new QLabel(this);
    m_idError->setObjectName(QStringLiteral("internshipIdError"));
    m_idError->setWordWrap(true);
    m_idError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_idError->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("shortlistSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortlistTable"));
    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);

    m_shareChart = new RecChart(this);
    m_shareChart->setObjectName(QStringLiteral("shareChart"));
    m_exposureChart = new RecChart(this);
    m_exposureChart->setObjectName(QStringLiteral("exposureChart"));
    m_exposureAttribute = new QComboBox(this);
    m_exposureAttribute->addItem(QString(), QStringLiteral("rural_urban"));
    m_exposureAttribute->addItem(QString(), QStringLiteral("college_tier"));
    m_exposureAttribute->addItem(QString(), QStringLiteral("gender"));
    m_exposureScope = new QComboBox(this);
    m_exposureScope->addItem(QString()); // "all open internships" joins after an audit
    m_auditButton = new QPushButton(this);
    m_auditButton->setObjectName(QStringLiteral("auditButton"));
    m_auditProgress = new QProgressBar(this);
    m_auditProgress->setRange(0, 100);
    m_auditProgress->setVisible(false);
    m_auditSummary = new QLabel(this);
    m_auditSummary->setWordWrap(true);
    auto *exposureBar = new QHBoxLayout;
    exposureBar->addWidget(m_exposureAttribute);
    exposureBar->addWidget(m_exposureScope);
    exposureBar->addStretch(1);
    exposureBar->addWidget(m_auditButton);
    exposureBar->addWidget(m_auditProgress);

    auto *charts = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_shareChart, 1);
    chartLayout->addLayout(exposureBar);
    chartLayout->addWidget(m_exposureChart, 1);
    chartLayout->addWidget(m_auditSummary);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_idError);
    layout->addWidget(m_fairBox);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    m_audit = new RecJob(this);
    connect(m_audit, &RecJob::progress, this,
            [this](double f) { m_auditProgress->setValue(int(f * 100)); });
    const auto auditDone = [this] {
        m_auditProgress->setVisible(false);
        m_auditButton->setText(tr("Audit all open internships"));
    };
    connect(m_audit, &RecJob::finished, this, [this, auditDone] {
        auditDone();
        m_lastAudit = std::any_cast<rec::ShortlistAudit>(m_audit->takeResult());
        if (m_exposureScope->count() == 1)
            m_exposureScope->addItem(tr("All open internships (audit)"));
        const rec::ShortlistAudit audit = *m_lastAudit;
        setAuditSummary([audit] {
            const QLocale l;
            return tr("Audit of %L1 open internships: constraints met in %2% of shortlists before, "
                      "%3% after; "
                      "mean NDCG retained %4.")
                    .arg(audit.slates)
                    .arg(l.toString(100.0 * audit.passBefore, 'f', 1),
                         l.toString(100.0 * audit.passAfter, 'f', 1),
                         l.toString(audit.meanNdcgRetained, 'f', 4));
        });
        m_exposureScope->setCurrentIndex(1);
        showExposure();
    });
    connect(m_audit, &RecJob::failed, this, [this, auditDone](const QString &message) {
        auditDone();
        setAuditSummary([message] { return tr("The audit failed: %1").arg(message); });
    });
    connect(m_audit, &RecJob::cancelled, this, [this, auditDone] {
        auditDone();
        setAuditSummary([] { return tr("The audit was cancelled."); });
    });
    connect(m_auditButton, &QPushButton::clicked, this, [this] {
        if (m_audit->isRunning())
            m_audit->cancel();
        else
            startAudit();
    });

    connect(m_internship, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_internship->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_internship->currentText() != m_shownId)
            refresh();
    });
    connect(m_k, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_applicantsOnly, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_adjusted, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_exposureAttribute, &QComboBox::currentIndexChanged, this, [this] { showExposure(); });
    connect(m_exposureScope, &QComboBox::currentIndexChanged, this, [this] { showExposure(); });
    setEnabled(false);
    retranslateUi();
}

void RecEmployerPanel::retranslateUi()
{
    m_applicantsOnly->setText(tr("Applicants only"));
    m_internshipLabel->setText(tr("Internship:"));
    m_kLabel->setText(tr("K:"));
    m_groups->setHorizontalHeaderLabels(
            {tr("Protected group"), tr("Attribute"), tr("Minimum share")});
    m_adjusted->setText(tr("Adjusted m-table (fail probability within alpha)"));
    m_fairBox->setTitle(tr("Fair re-ranking"));
    m_alphaLabel->setText(tr("FA*IR alpha:"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Before"), tr("Score"), tr("Groups"),
                                        tr("After"), tr("Score"), tr("Groups")});
    m_shareChart->setTitle(tr("Protected share by prefix"));
    m_exposureChart->setTitle(tr("Exposure per candidate by group"));
    m_exposureAttribute->setItemText(0, tr("Rural / urban"));
    m_exposureAttribute->setItemText(1, tr("College tier"));
    m_exposureAttribute->setItemText(2, tr("Gender"));
    m_exposureScope->setItemText(0, tr("This shortlist"));
    if (m_exposureScope->count() > 1)
        m_exposureScope->setItemText(1, tr("All open internships (audit)"));
    m_auditButton->setText(m_audit->isRunning() ? tr("Cancel audit")
                                                : tr("Audit all open internships"));
    m_auditSummary->setText(m_auditText.text());
}

void RecEmployerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // the summary line and the charts' legends and axis titles
    }
    QWidget::changeEvent(event);
}

void RecEmployerPanel::setAuditSummary(UiText text)
{
    m_auditText = std::move(text);
    m_auditSummary->setText(m_auditText.text());
}

RecEmployerPanel::~RecEmployerPanel()
{
    m_audit->cancel();
    m_audit->wait();
}

void RecEmployerPanel::setRecommender(std::shared_ptr<const rec::Recommender> recommender,
                                      std::int64_t referenceTime)
{
    m_audit->cancel();
    m_audit->wait();
    m_recommender = std::move(recommender);
    m_referenceTime = referenceTime;
    m_lastAudit.reset();
    setAuditSummary({});
    while (m_exposureScope->count() > 1)
        m_exposureScope->removeItem(1);
    {
        const QSignalBlocker block(m_internship);
        const QSignalBlocker blockAttribute(m_exposureAttribute);
        m_internship->clear();
        m_groups->setRowCount(0);
        // The three built-in attributes stay; the declared ones are the data's.
        while (m_exposureAttribute->count() > kBuiltinAttributes)
            m_exposureAttribute->removeItem(kBuiltinAttributes);
        if (m_recommender) {
            const rec::RecData &d = m_recommender->data();
            for (const auto &id : d.internshipIds)
                m_internship->addItem(qs(id));
            for (const rec::GroupAttribute &g : d.declaredGroups)
                m_exposureAttribute->addItem(columnTitle(qs(g.column)), qs(g.column));
            for (const auto &key : rec::groupKeys(d)) {
                auto group = rec::resolveGroup(d, key);
                if (!group)
                    continue; // an ambiguous key; the attribute:label form is offered by the CLI
                const int row = m_groups->rowCount();
                m_groups->insertRow(row);
                auto *check = new QTableWidgetItem(qs(group->label));
                check->setData(Qt::UserRole, qs(key));
                check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                check->setCheckState(Qt::Unchecked);
                m_groups->setItem(row, GroupKey, check);
                auto *attribute = new QTableWidgetItem(qs(group->attribute));
                attribute->setFlags(Qt::ItemIsEnabled);
                m_groups->setItem(row, GroupAttribute, attribute);
                auto *share = new QDoubleSpinBox(m_groups);
                share->setRange(0.01, 1.0);
                share->setSingleStep(0.05);
                share->setValue(0.3);
                m_groups->setCellWidget(row, GroupShare, share);
                connect(share, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
            }
            m_groups->resizeColumnsToContents();
        }
    }
    disconnect(m_groups, &QTableWidget::itemChanged, this, nullptr);
    connect(m_groups, &QTableWidget::itemChanged, this, [this] { refresh(); });
    setEnabled(m_recommender != nullptr);
    refresh();
}

void RecEmployerPanel::setWeights(const rec::BlendWeights &weights)
{
    m_weights = weights;
    refresh();
}

bool RecEmployerPanel::showInternship(const QString &id)
{
    const int index = m_internship->findText(id);
    if (index < 0) {
        m_internship->setEditText(id);
        refresh();
        return false;
    }
    m_internship->setCurrentIndex(index);
    refresh();
    return true;
}

bool RecEmployerPanel::setGroupShare(const QString &key, double share)
{
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        QTableWidgetItem *item = m_groups->item(row, GroupKey);
        if (item->data(Qt::UserRole).toString() != key)
            continue;
        auto *spin = static_cast<QDoubleSpinBox *>(m_groups->cellWidget(row, GroupShare));
        const QSignalBlocker blockSpin(spin);
        const QSignalBlocker blockTable(m_groups);
        if (share > 0)
            spin->setValue(share);
        item->setCheckState(share > 0 ? Qt::Checked : Qt::Unchecked);
        refresh();
        return true;
    }
    return false;
}

rec::ShortlistOptions RecEmployerPanel::options() const
{
    rec::ShortlistOptions o;
    o.k = std::size_t(m_k->value());
    o.alpha = m_alpha->value();
    o.adjustAlpha = m_adjusted->isChecked();
    o.applicantsOnly = m_applicantsOnly->isChecked();
    o.weights = m_weights;
    if (!m_recommender)
        return o;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const QTableWidgetItem *item = m_groups->item(row, GroupKey);
        if (item->checkState() != Qt::Checked)
            continue;
        auto group = rec::resolveGroup(m_recommender->data(),
                                       item->data(Qt::UserRole).toString().toStdString());
        if (!group)
            continue;
        group->share
                = static_cast<QDoubleSpinBox *>(m_groups->cellWidget(row, GroupShare))->value();
        o.groups.push_back(*group);
    }
    return o;
}

void RecEmployerPanel::refresh()
{
    m_table->setRowCount(0);
    m_summary->clear();
    m_current = {};
    m_shownId = m_internship->currentText();
    m_idError->setVisible(false);
    if (!m_recommender) {
        showCharts();
        return;
    }
    const rec::RecData &d = m_recommender->data();
    const QString id = m_shownId.trimmed();
    const std::int32_t internship = d.findInternship(id.toStdString());
    if (internship < 0) {
        if (!id.isEmpty()) {
            m_idError->setText(tr("No internship has the ID “%1”.").arg(id));
            m_idError->setVisible(true);
        }
        showCharts();
        return;
    }
    const rec::ShortlistOptions o = options();
    m_current = rec::shortlist(*m_recommender, std::size_t(internship), o);
    const rec::ShortlistResult &s = m_current;
    const auto flags = [&](std::size_t candidate) {
        QStringList out;
        for (std::size_t g = 0; g < s.groups.size(); ++g)
            if (s.membership[g][candidate])
                out << qs(s.groups[g].label);
        return out.join(QStringLiteral(", "));
    };
    m_table->setRowCount(int(s.k));
    for (int r = 0; r < int(s.k); ++r) {
        const rec::Candidate &b = s.pool[s.before[std::size_t(r)]];
        const rec::Candidate &a = s.pool[s.after[std::size_t(r)]];
        m_table->setItem(r, 0, new QTableWidgetItem(QLocale().toString(r + 1)));
        m_table->setItem(r, 1, new QTableWidgetItem(qs(d.studentIds[std::size_t(b.student)])));
        m_table->setItem(r, 2, new QTableWidgetItem(QLocale().toString(b.score, 'f', 3)));
        m_table->setItem(r, 3, new QTableWidgetItem(flags(s.before[std::size_t(r)])));
        m_table->setItem(r, 4, new QTableWidgetItem(qs(d.studentIds[std::size_t(a.student)])));
        m_table->setItem(r, 5, new QTableWidgetItem(QLocale().toString(a.score, 'f', 3)));
        m_table->setItem(r, 6, new QTableWidgetItem(flags(s.after[std::size_t(r)])));
        if (s.before[std::size_t(r)] != s.after[std::size_t(r)])
            for (int c = 4; c < 7; ++c)
                m_table->item(r, c)->setBackground(QColor(255, 243, 205));
    }
    m_table->resizeColumnsToContents();

    QString text = tr("%L1 candidates in the pool.").arg(s.pool.size());
    for (std::size_t g = 0; g < s.tables.size(); ++g) {
        const rec::ShortlistResult::GroupTable &t = s.tables[g];
        QStringList table;
        for (int m : t.mTable)
            table << QString::number(m);
        text += QLatin1Char(' ')
                + tr("FA*IR for %1 at proportion %2: alpha %3, fail probability %4; m-table %5.")
                          .arg(qs(s.groups[g].label))
                          .arg(s.groups[g].share, 0, 'f', 2)
                          .arg(t.alphaUsed, 0, 'f', 4)
                          .arg(t.failProbability, 0, 'f', 6)
                          .arg(table.join(QLatin1Char(' ')));
    }
    if (!s.groups.empty())
        text += QLatin1Char(' ')
                + tr("Every table met: %1 before, %2 after. NDCG retained %3.")
                          .arg(s.beforeSatisfies ? tr("yes") : tr("no"),
                               s.afterSatisfies ? tr("yes") : tr("no"))
                          .arg(s.ndcgRetained, 0, 'f', 4);
    QStringList shortfalls;
    for (std::size_t g = 0; g < s.tables.size(); ++g)
        if (s.tables[g].firstShortfall > 0)
            shortfalls << tr("%1 from position %2 (%L3 in the pool)")
                                  .arg(qs(s.groups[g].label))
                                  .arg(s.tables[g].firstShortfall)
                                  .arg(s.tables[g].available);
    text = text.toHtmlEscaped();
    if (!s.feasible)
        text = QStringLiteral("<b style='color:#b00020'>%1</b> ")
                       .arg(tr("Infeasible: the candidate pool cannot meet the FA*IR minimum for "
                               "%1. This shortlist is not "
                               "fair.")
                                    .arg(shortfalls.join(QStringLiteral("; ")))
                                    .toHtmlEscaped())
               + text;
    m_summary->setText(text);
    showCharts();
}

void RecEmployerPanel::showCharts()
{
    const rec::ShortlistResult &s = m_current;
    QVector<double> x;
    for (std::size_t i = 0; i < s.k; ++i)
        x << double(i + 1);
    QVector<QVector<double>> ys;
    QStringList names;
    QVector<int> dashed, colors, steps;
    for (std::size_t g = 0; g < s.groups.size(); ++g) {
        const QString label = qs(s.groups[g].label);
        // Members per prefix against FA*IR's m(i): the minimum is a staircase of whole counts.
        QVector<double> before, after, minimum;
        for (std::size_t i = 0; i < s.k; ++i) {
            before << std::round((i < s.shareBefore[g].size() ? s.shareBefore[g][i] : 0.0)
                                 * double(i + 1));
            after << std::round((i < s.shareAfter[g].size() ? s.shareAfter[g][i] : 0.0)
                                * double(i + 1));
            minimum << (g < s.tables.size() && i < s.tables[g].mTable.size()
                                ? double(s.tables[g].mTable[i])
                                : 0.0);
        }
        ys << before;
        names << tr("%1 before").arg(label);
        dashed << ys.size() - 1;
        colors << int(g);
        ys << after;
        names << tr("%1 after").arg(label);
        colors << int(g);
        ys << minimum;
        names << tr("%1 minimum m(i)").arg(label);
        dashed << ys.size() - 1;
        steps << ys.size() - 1;
        colors << 7;
    }
    m_shareChart->showCurves(x, ys, names, tr("prefix length"), tr("members in the prefix"), dashed,
                             colors, steps);
    showExposure();
}

void RecEmployerPanel::showExposure()
{
    const QString attribute = m_exposureAttribute->currentData().toString();
    const bool audit = m_exposureScope->currentIndex() == 1 && m_lastAudit;
    const std::vector<rec::AttributeExposure> &all
            = audit ? m_lastAudit->exposure : m_current.exposure;
    QStringList labels;
    QVector<QVector<double>> series(2);
    for (const rec::AttributeExposure &e : all) {
        if (qs(e.attribute) != attribute)
            continue;
        for (std::size_t g = 0; g < e.before.size(); ++g) {
            labels << qs(e.before[g].label);
            series[0] << e.before[g].perMember;
            series[1] << e.after[g].perMember;
        }
    }
    m_exposureChart->showGroupedBars(labels, series, {tr("before"), tr("after")},
                                     tr("exposure per candidate (1/log2(rank+1))"));
}

void RecEmployerPanel::startAudit()
{
    if (!m_recommender || m_audit->isRunning())
        return;
    std::vector<std::int32_t> open;
    for (std::size_t i = 0; i < m_recommender->data().internships; ++i)
        if (m_recommender->data().available(i, m_referenceTime))
            open.push_back(std::int32_t(i));
    const rec::ShortlistOptions o = options();
    auto recommender = m_recommender;
    m_auditProgress->setValue(0);
    m_auditProgress->setVisible(true);
    m_auditButton->setText(tr("Cancel audit"));
    m_audit->start(
            [recommender, open, o](const ProgressFn &progress, std::string &error) -> std::any {
                auto audit = rec::auditShortlists(*recommender, open, o, progress);
                if (!audit) {
                    error = audit.error();
                    return {};
                }
                return audit.takeValue();
            });
}

} // namespace pmis
