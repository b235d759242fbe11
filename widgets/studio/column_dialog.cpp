#include "widgets/studio/column_dialog.h"

#include "widgets/studio/studio_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableWidget>
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
    m_given = new QComboBox(this);
    m_form->addRow(tr("&Given:"), m_given);
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
    m_laws = new QTableWidget(0, 2, this);
    m_laws->setHorizontalHeaderLabels({tr("When"), tr("Values (empty: the row stays empty)")});
    m_laws->horizontalHeader()->setStretchLastSection(true);
    m_laws->verticalHeader()->setVisible(false);
    m_laws->setMinimumHeight(140);
    m_form->addRow(tr("Values &per condition:"), m_laws);
    m_protected = new QCheckBox(
            tr("&Protected group: offered by the recommender's fairness views, never a feature"),
            this);
    m_form->addRow(QString(), m_protected);
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
    connect(m_table, &QComboBox::currentIndexChanged, this, &AddColumnDialog::listConditions);
    connect(m_given, &QComboBox::currentIndexChanged, this, &AddColumnDialog::listConditionValues);
    // Wide enough for the examples the fields show.
    m_values->setMinimumWidth(m_values->fontMetrics().horizontalAdvance(m_values->placeholderText())
                              + 24);
    listConditions();
    m_name->setFocus(); // the table is students unless changed; the name is typed first
}

void AddColumnDialog::listConditions()
{
    const std::string table = m_table->currentData().toString().toStdString();
    {
        const QSignalBlocker block(m_given);
        m_given->clear();
        m_given->addItem(tr("(nothing: one law for every row)"), QString());
        // The table's own categorical columns, then its parents'.
        std::vector<std::pair<std::string, std::string>> sources = {{table, ""}};
        if (table == "internships")
            sources.emplace_back("companies", "companies.");
        if (table == "outcomes") {
            sources.emplace_back("students", "students.");
            sources.emplace_back("internships", "internships.");
        }
        for (const auto &[source, prefix] : sources) {
            std::vector<std::string> names = builtinColumns(source);
            for (const ColumnDecl &c : m_scenario.columns)
                if (c.table == source)
                    names.push_back(c.name);
            if (source == "outcomes")
                names.insert(names.begin(), "application_status");
            for (const std::string &name : names) {
                const auto values = conditionValues(m_scenario, source, name);
                const QString given = QString::fromStdString(prefix + name);
                if (values && !values->empty() && m_given->findData(given) < 0)
                    m_given->addItem(given, given);
            }
        }
    }
    listConditionValues();
}

void AddColumnDialog::listConditionValues()
{
    m_laws->setRowCount(0);
    const QString given = m_given->currentData().toString();
    if (!given.isEmpty()) {
        std::string table = m_table->currentData().toString().toStdString();
        std::string column = given.toStdString();
        if (const auto dot = column.find('.'); dot != std::string::npos) {
            table = column.substr(0, dot);
            column = column.substr(dot + 1);
        }
        for (const std::string &value :
             conditionValues(m_scenario, table, column).value_or(std::vector<std::string>{})) {
            const int row = m_laws->rowCount();
            m_laws->insertRow(row);
            auto *when = new QTableWidgetItem(QString::fromStdString(value));
            when->setFlags(Qt::ItemIsEnabled);
            m_laws->setItem(row, 0, when);
            m_laws->setItem(row, 1, new QTableWidgetItem);
        }
        m_laws->resizeColumnToContents(0);
    }
    showFieldsOfLaw();
}

void AddColumnDialog::showFieldsOfLaw()
{
    const auto kind = LawKind(m_law->currentData().toInt());
    const bool labelled = kind == LawKind::Categorical || kind == LawKind::Zipf;
    const bool shaped = kind == LawKind::Normal || kind == LawKind::LogNormal;
    const bool ranged = shaped || kind == LawKind::Uniform || kind == LawKind::Integers;
    const bool conditional = !m_given->currentData().toString().isEmpty();
    m_form->setRowVisible(m_values, labelled && !conditional);
    m_form->setRowVisible(m_laws, conditional);
    m_form->setRowVisible(m_protected, labelled
                                               && m_table->currentData().toString()
                                                          == QLatin1String("students"));
    m_form->setRowVisible(m_exponent, kind == LawKind::Zipf);
    m_form->setRowVisible(m_mean, shaped || kind == LawKind::Poisson);
    m_form->setRowVisible(m_sd, shaped);
    m_form->setRowVisible(m_min, ranged);
    m_form->setRowVisible(m_max, ranged);
    adjustSize();
}

std::vector<Share> AddColumnDialog::shares(QString *error) const
{
    return parseShares(m_values->text(), error);
}

std::vector<Share> AddColumnDialog::parseShares(const QString &text, QString *error)
{
    std::vector<Share> out;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
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
    if (c.table == "students" && law.isCategorical() && m_protected->isChecked())
        c.role = "protected";
    if (law.isCategorical())
        law.shares.shares = shares();
    law.exponent = m_exponent->value();
    law.mean = m_mean->value();
    law.sd = m_sd->value();
    law.min = m_min->value();
    law.max = m_max->value();
    c.given = m_given->currentData().toString().toStdString();
    if (!c.given.empty()) {
        // One law per value of the condition, of the kind picked; no values leave the rows empty.
        for (int row = 0; row < m_laws->rowCount(); ++row) {
            const std::string value = m_laws->item(row, 0)->text().toStdString();
            const QString text = m_laws->item(row, 1) ? m_laws->item(row, 1)->text() : QString();
            if (text.trimmed().isEmpty()) {
                c.emptyFor.push_back(value);
                continue;
            }
            Distribution each = law;
            each.shares.shares = parseShares(text);
            c.laws.emplace_back(value, each);
        }
    }
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
    if (c.name.empty()) {
        why = tr("Name: the column needs a name");
    } else if (!c.given.empty() && !c.law.isCategorical()) {
        why = tr("Given: a condition here takes a categorical or Zipf law, one list of values per "
                 "value of the condition; write other laws per value in the scenario file");
    } else if (!c.given.empty()) {
        for (int row = 0; row < m_laws->rowCount() && why.isEmpty(); ++row)
            if (const QTableWidgetItem *item = m_laws->item(row, 1))
                parseShares(item->text(), &why);
    } else if (c.law.isCategorical() && (shares(&why).empty() && why.isEmpty())) {
        why = tr("Values: list the column's values, e.g. \"yes = 3, no = 1\"");
    }
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
