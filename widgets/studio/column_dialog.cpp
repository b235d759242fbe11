#include "widgets/studio/column_dialog.h"

#include "widgets/studio/studio_document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace pmis {
namespace {

QDoubleSpinBox *numberBox(QWidget *parent, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-1e9, 1e9);
    box->setDecimals(3);
    box->setValue(value);
    return box;
}

} // namespace

AddColumnDialog::AddColumnDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent)
    , m_scenario(scenario)
{
    setWindowTitle(tr("Add Column"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_table = new QComboBox(this);
    for (const char *table : {"students", "internships", "companies", "outcomes"})
        m_table->addItem(QString::fromLatin1(table), QString::fromLatin1(table));
    m_form->addRow(tr("&Table:"), m_table);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("lower case letters, digits and _, e.g. social_group"));
    m_form->addRow(tr("&Name:"), m_name);
    m_unit = new QLineEdit(this);
    m_form->addRow(tr("&Unit:"), m_unit);
    m_law = new QComboBox(this);
    m_law->addItem(tr("Categorical: values with shares"), int(LawKind::Categorical));
    m_law->addItem(tr("Zipf: values ranked, the first most common"), int(LawKind::Zipf));
    m_law->addItem(tr("Normal, truncated to a range"), int(LawKind::Normal));
    m_law->addItem(tr("Log-normal, truncated to a range"), int(LawKind::LogNormal));
    m_law->addItem(tr("Uniform over a range"), int(LawKind::Uniform));
    m_law->addItem(tr("Whole numbers, uniform over a range"), int(LawKind::Integers));
    m_law->addItem(tr("Counts (Poisson)"), int(LawKind::Poisson));
    m_form->addRow(tr("&Law:"), m_law);
    m_values = new QLineEdit(this);
    m_values->setPlaceholderText(tr("e.g. SC = 16.6, ST = 8.6, OBC = 42, General = 32.8"));
    m_form->addRow(tr("&Values:"), m_values);
    m_exponent = numberBox(this, 1.0);
    m_exponent->setRange(0.01, 10);
    m_form->addRow(tr("&Exponent:"), m_exponent);
    m_mean = numberBox(this, 0.0);
    m_form->addRow(tr("&Mean:"), m_mean);
    m_sd = numberBox(this, 1.0);
    m_sd->setMinimum(0);
    m_form->addRow(tr("&Standard deviation:"), m_sd);
    m_min = numberBox(this, 0.0);
    m_form->addRow(tr("M&inimum:"), m_min);
    m_max = numberBox(this, 1.0);
    m_form->addRow(tr("Ma&ximum:"), m_max);
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddColumnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddColumnDialog::reject);
    layout->addWidget(buttons);
    connect(m_law, &QComboBox::currentIndexChanged, this, &AddColumnDialog::showFieldsOfLaw);
    // Wide enough for the examples the fields show.
    m_values->setMinimumWidth(m_values->fontMetrics().horizontalAdvance(m_values->placeholderText())
                              + 24);
    showFieldsOfLaw();
    m_name->setFocus(); // the table is students unless changed; the name is typed first
}

void AddColumnDialog::showFieldsOfLaw()
{
    const auto kind = LawKind(m_law->currentData().toInt());
    const bool labelled = kind == LawKind::Categorical || kind == LawKind::Zipf;
    const bool shaped = kind == LawKind::Normal || kind == LawKind::LogNormal;
    const bool ranged = shaped || kind == LawKind::Uniform || kind == LawKind::Integers;
    m_form->setRowVisible(m_values, labelled);
    m_form->setRowVisible(m_exponent, kind == LawKind::Zipf);
    m_form->setRowVisible(m_mean, shaped || kind == LawKind::Poisson);
    m_form->setRowVisible(m_sd, shaped);
    m_form->setRowVisible(m_min, ranged);
    m_form->setRowVisible(m_max, ranged);
    adjustSize();
}

std::vector<Share> AddColumnDialog::shares(QString *error) const
{
    std::vector<Share> out;
    const QStringList items = m_values->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char('='));
        Share share;
        share.label = parts.front().trimmed().toStdString();
        share.weight = 1;
        if (parts.size() > 1) {
            bool ok = false;
            share.weight = QLocale().toDouble(parts.at(1).trimmed(), &ok);
            if (!ok)
                share.weight = parts.at(1).trimmed().toDouble(&ok);
            if (!ok || parts.size() > 2) {
                if (error)
                    *error = tr("Values: \"%1\" is not a value = weight").arg(item.trimmed());
                return {};
            }
        }
        out.push_back(share);
    }
    return out;
}

ColumnDecl AddColumnDialog::column() const
{
    ColumnDecl c;
    c.table = m_table->currentData().toString().toStdString();
    c.name = m_name->text().trimmed().toStdString();
    c.unit = m_unit->text().trimmed().toStdString();
    if (c.table == "outcomes") // known only after the decision: never a recommender's feature
        c.role = "post_outcome";
    Distribution &law = c.law;
    law.kind = LawKind(m_law->currentData().toInt());
    if (law.isCategorical())
        law.shares.shares = shares();
    law.exponent = m_exponent->value();
    law.mean = m_mean->value();
    law.sd = m_sd->value();
    law.min = m_min->value();
    law.max = m_max->value();
    return c;
}

Scenario AddColumnDialog::edited() const
{
    Scenario s = m_scenario;
    s.columns.push_back(column());
    return s;
}

QString AddColumnDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddColumnDialog::accept()
{
    QString why;
    const ColumnDecl c = column();
    if (c.name.empty())
        why = tr("Name: the column needs a name");
    else if (c.law.isCategorical() && (shares(&why).empty() && why.isEmpty()))
        why = tr("Values: list the column's values, e.g. \"yes = 3, no = 1\"");
    if (why.isEmpty())
        why = StudioDocument::validate(edited());
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace pmis
