#include "widgets/rec/rec_student_panel.h"

#include "widgets/rec/rec_texts.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pmis {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QTableWidgetItem *numberItem(double value, int decimals)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString joinTokens(const rec::RecData &d, const std::vector<std::int32_t> &tokens)
{
    QStringList out;
    for (std::int32_t t : tokens)
        out << qs(d.vocabulary[std::size_t(t)]);
    return out.join(QStringLiteral(", "));
}

} // namespace

RecStudentPanel::RecStudentPanel(QWidget *parent)
    : QWidget(parent)
{
    m_student = new QComboBox(this);
    m_student->setObjectName(QStringLiteral("studentCombo"));
    m_student->setEditable(true);
    m_student->setInsertPolicy(QComboBox::NoInsert);
    m_student->setMinimumContentsLength(14);
    m_student->completer()->setFilterMode(Qt::MatchContains);
    m_student->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("studentK"));
    m_k->setRange(1, 100);
    m_k->setValue(10);
    auto *top = new QHBoxLayout;
    m_studentLabel = new QLabel(this);
    m_kLabel = new QLabel(this);
    top->addWidget(m_studentLabel);
    top->addWidget(m_student, 1);
    top->addWidget(m_kLabel);
    top->addWidget(m_k);
    m_idError = new QLabel(this);
    m_idError->setObjectName(QStringLiteral("studentIdError"));
    m_idError->setWordWrap(true);
    m_idError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_idError->setVisible(false);
    m_profile = new QLabel(this);
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("recommendationTable"));
    m_table->setColumnCount(11);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    // The Why column takes the width left, but no less than a readable line, and wraps there;
    // every row is as tall as its reason (fitWhyColumn).
    m_table->viewport()->installEventFilter(this);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("recommendationDetails"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_idError);
    layout->addWidget(m_profile);
    layout->addWidget(split, 1);

    connect(m_student, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    // A typed ID that names no student is only confirmed by Return or leaving the field: say so
    // there, and clear the previous student's results.
    connect(m_student->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_student->currentText() != m_shownId)
            refresh();
    });
    connect(m_k, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDetails(row); });
    setEnabled(false);
    retranslateUi();
}

void RecStudentPanel::retranslateUi()
{
    m_studentLabel->setText(tr("Student:"));
    m_kLabel->setText(tr("K:"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Internship"), tr("Title"), tr("Company"),
                                        tr("Score"), tr("Content"), tr("CF"), tr("Success"),
                                        tr("Popularity"), tr("P(success)"), tr("Why")});
}

void RecStudentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const int row = m_table->currentRow();
        refresh(); // the profile line and the explanation
        if (row >= 0 && row < m_table->rowCount())
            m_table->selectRow(row);
    }
    QWidget::changeEvent(event);
}

void RecStudentPanel::setRecommender(std::shared_ptr<const rec::Recommender> recommender,
                                     std::int64_t referenceTime)
{
    m_recommender = std::move(recommender);
    m_referenceTime = referenceTime;
    const QSignalBlocker block(m_student);
    m_student->clear();
    if (m_recommender) {
        const rec::RecData &d = m_recommender->data();
        QStringList ids;
        ids.reserve(qsizetype(d.students));
        for (const auto &id : d.studentIds)
            ids << qs(id);
        m_student->addItems(ids);
    }
    setEnabled(m_recommender != nullptr);
    refresh();
}

void RecStudentPanel::setWeights(const rec::BlendWeights &weights)
{
    m_weights = weights;
    refresh();
}

bool RecStudentPanel::showStudent(const QString &id)
{
    const int index = m_student->findText(id);
    if (index < 0) {
        m_student->setEditText(id);
        refresh();
        return false;
    }
    m_student->setCurrentIndex(index);
    refresh();
    return true;
}

QString RecStudentPanel::profileText(std::size_t s) const
{
    const rec::RecData &d = m_recommender->data();
    QStringList parts;
    if (!d.studentSkills[s].empty())
        parts << tr("skills: %1").arg(joinTokens(d, d.studentSkills[s]));
    if (!d.studentInterests[s].empty())
        parts << tr("interests: %1").arg(joinTokens(d, d.studentInterests[s]));
    if (d.studentCity[s] >= 0)
        parts << tr("city: %1").arg(qs(d.cityLabels[std::size_t(d.studentCity[s])]));
    if (!std::isnan(d.cgpa[s]))
        parts << tr("CGPA %1").arg(QLocale().toString(d.cgpa[s], 'f', 2));
    if (d.experience[s] >= 0)
        parts << qs(d.experienceLabels[std::size_t(d.experience[s])]);
    if (d.tier.codes[s] >= 0)
        parts << qs(d.tier.labels[std::size_t(d.tier.codes[s])]);
    return parts.join(QStringLiteral(" · "));
}

void RecStudentPanel::refresh()
{
    m_table->setRowCount(0);
    m_details->clear();
    m_profile->clear();
    m_current = {};
    m_shownId = m_student->currentText();
    m_idError->setVisible(false);
    if (!m_recommender)
        return;
    const rec::RecData &d = m_recommender->data();
    const std::int32_t s = d.findStudent(m_shownId.trimmed().toStdString());
    if (s < 0) {
        if (!m_shownId.trimmed().isEmpty()) {
            m_idError->setText(tr("No student has the ID “%1”.").arg(m_shownId.trimmed()));
            m_idError->setVisible(true);
        }
        return;
    }
    rec::Eligibility rule;
    rule.referenceTime = m_referenceTime;
    m_current
            = m_recommender->recommend(std::size_t(s), std::size_t(m_k->value()), rule, &m_weights);
    m_profile->setText(tr("%1 — %2. %L3 internships open to this student; %L4 blended.")
                               .arg(qs(d.studentIds[std::size_t(s)]), profileText(std::size_t(s)))
                               .arg(m_current.eligible)
                               .arg(m_current.pool));
    m_table->setRowCount(int(m_current.items.size()));
    for (int r = 0; r < int(m_current.items.size()); ++r) {
        const rec::Recommendation &x = m_current.items[std::size_t(r)];
        const auto i = std::size_t(x.internship);
        m_table->setItem(r, 0, numberItem(r + 1, 0));
        m_table->setItem(r, 1, new QTableWidgetItem(qs(d.internshipIds[i])));
        for (const auto &[column, text] : {std::pair{2, qs(d.title[i])}, {3, qs(d.company[i])}}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(r, column, item);
        }
        m_table->setItem(r, 4, numberItem(x.score, 3));
        for (int c = 0; c < rec::ComponentCount; ++c)
            m_table->setItem(r, 5 + c, numberItem(x.contribution[std::size_t(c)], 3));
        m_table->setItem(
                r, 9,
                new QTableWidgetItem(QStringLiteral("%1%").arg(100.0 * x.probability, 0, 'f', 1)));
        const QString reason = RecTexts::reason(d, std::size_t(s), x);
        auto *why = new QTableWidgetItem(reason);
        why->setToolTip(reason);
        m_table->setItem(r, 10, why);
    }
    // Titles and company names are capped so the Why column keeps room to wrap in; the whole text
    // is in the tooltip.
    for (int c = 0; c + 1 < m_table->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
        if (c == 2 || c == 3)
            m_table->setColumnWidth(
                    c, std::min(m_table->columnWidth(c),
                                fontMetrics().averageCharWidth() * (c == 2 ? 16 : 11)));
    }
    // With no weight, popularity adds nothing to any score: its column only takes room.
    m_table->setColumnHidden(8, !(m_weights.popularity > 0));
    fitWhyColumn();
    if (!m_current.items.empty())
        m_table->selectRow(0);
}

void RecStudentPanel::fitWhyColumn()
{
    const int why = m_table->columnCount() - 1;
    int used = 0;
    for (int c = 0; c < why; ++c)
        used += m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
    const int least = fontMetrics().averageCharWidth() * 16;
    m_table->setColumnWidth(why, std::max(least, m_table->viewport()->width() - used));
}

bool RecStudentPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitWhyColumn();
    return QWidget::eventFilter(watched, event);
}

void RecStudentPanel::showDetails(int row)
{
    if (!m_recommender || row < 0 || row >= int(m_current.items.size())) {
        m_details->clear();
        return;
    }
    const rec::RecData &d = m_recommender->data();
    const rec::SuccessModel &model = m_recommender->success();
    const rec::Recommendation &x = m_current.items[std::size_t(row)];
    const auto i = std::size_t(x.internship);
    QString html
            = QStringLiteral("<h3>%1 %2</h3><p>%3</p>")
                      .arg(qs(d.internshipIds[i]).toHtmlEscaped(), qs(d.title[i]).toHtmlEscaped(),
                           RecTexts::reason(d, std::size_t(m_current.student), x).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing='4'><tr><th "
                           "align='left'>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th><th>%6</th></tr>")
                    .arg(tr("Score %1 = sum of the contributions").arg(x.score, 0, 'f', 4),
                         tr("component"), tr("raw"), tr("normalised"), tr("weight"),
                         tr("contribution"));
    const double weights[rec::ComponentCount]
            = {m_weights.content, m_weights.cf, m_weights.success, m_weights.popularity};
    const QString names[rec::ComponentCount] = {tr("content (TF-IDF cosine)"), tr("collaborative"),
                                                tr("P(success)"), tr("popularity")};
    for (int c = 0; c < rec::ComponentCount; ++c)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td "
                               "align='right'>%3</td><td align='right'>%4"
                               "</td><td align='right'>%5</td></tr>")
                        .arg(names[c])
                        .arg(x.raw[std::size_t(c)], 0, 'g', 4)
                        .arg(x.normalised[std::size_t(c)], 0, 'f', 3)
                        .arg(weights[c], 0, 'f', 2)
                        .arg(x.contribution[std::size_t(c)], 0, 'f', 4);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6</p>")
                    .arg(tr("Matched skills:"),
                         x.content.matched.empty() ? tr("none") : joinTokens(d, x.content.matched),
                         tr("Listed as interests:"),
                         x.content.interests.empty() ? tr("none")
                                                     : joinTokens(d, x.content.interests),
                         tr("Missing skills (rarest first):"),
                         x.content.missing.empty() ? tr("none") : joinTokens(d, x.content.missing));
    QStringList skillTerms;
    for (const rec::SkillContribution &c : x.content.contributions)
        skillTerms << QStringLiteral("%1 %2")
                              .arg(qs(d.vocabulary[std::size_t(c.token)]))
                              .arg(c.contribution, 0, 'f', 4);
    if (!skillTerms.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>")
                        .arg(tr("Cosine by skill:"), skillTerms.join(QStringLiteral(" + ")));
    QStringList evidence;
    for (const auto &[j, term] : x.cfTerms)
        evidence << QStringLiteral("%1 %2")
                            .arg(qs(d.internshipIds[std::size_t(j)]))
                            .arg(term, 0, 'f', 4);
    if (!evidence.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>")
                        .arg(tr("Collaborative evidence:"), evidence.join(QStringLiteral(" + ")));
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing='4'><tr><td>%2</td><td "
                           "align='right'>%3</td></tr>")
                    .arg(tr("P(success) %1%: log-odds %2 = base + contributions")
                                 .arg(100.0 * x.probability, 0, 'f', 2)
                                 .arg(x.success.logit, 0, 'f', 3),
                         tr("base (training means)"))
                    .arg(x.success.base, 0, 'f', 3);
    for (std::size_t f = 0; f < x.features.size(); ++f)
        if (x.success.contributions[f] != 0.0)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                            .arg(qs(model.featureNames()[f]).toHtmlEscaped())
                            .arg(x.success.contributions[f], 0, 'f', 3);
    html += QStringLiteral("</table><p><i>%1</i></p>")
                    .arg(RecTexts::calibration(model).toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace pmis
