#include "widgets/compare/compare_dialog.h"

#include "core/scenario/scenario_json.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmis {

namespace {

enum Browse { ScenarioFile, DatasetFolder, SqliteFile };

} // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare Datasets"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("Each side is a preset or a scenario file (generated for the comparison), or an "
               "exported folder of CSV files or SQLite file (read as it is)."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("&Baseline:"), makeSide(m_baseline));
    form->addRow(tr("C&urrent:"), makeSide(m_current));
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Compare"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    update();
}

QWidget *CompareDialog::makeSide(Side &side)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    side.name = new QComboBox(box);
    side.name->setEditable(true);
    side.name->setInsertPolicy(QComboBox::NoInsert);
    for (const std::string &preset : presetNames())
        side.name->addItem(QString::fromStdString(preset));
    side.name->setMinimumContentsLength(32);
    auto *browse = new QToolButton(box);
    browse->setText(tr("Browse…"));
    browse->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(browse);
    connect(menu->addAction(tr("Scenario File…")), &QAction::triggered, this,
            [this, &side] { this->browse(side, ScenarioFile); });
    connect(menu->addAction(tr("Exported Folder…")), &QAction::triggered, this,
            [this, &side] { this->browse(side, DatasetFolder); });
    connect(menu->addAction(tr("Exported SQLite File…")), &QAction::triggered, this,
            [this, &side] { this->browse(side, SqliteFile); });
    browse->setMenu(menu);
    row->addWidget(side.name, 1);
    row->addWidget(browse);
    column->addLayout(row);
    side.error = new QLabel(box);
    side.error->setWordWrap(true);
    side.error->setTextFormat(Qt::PlainText);
    side.error->setStyleSheet(QStringLiteral("color: #b00020;"));
    column->addWidget(side.error);
    connect(side.name, &QComboBox::currentTextChanged, this, &CompareDialog::update);
    return box;
}

void CompareDialog::browse(Side &side, int what)
{
    const QString start = QFileInfo(side.name->currentText()).absolutePath();
    QString chosen;
    switch (what) {
    case ScenarioFile:
        chosen = QFileDialog::getOpenFileName(this, tr("Compare a scenario file"), start,
                                              tr("Scenario files (*.json)"));
        break;
    case DatasetFolder:
        chosen = QFileDialog::getExistingDirectory(this, tr("Compare an exported folder"), start);
        break;
    case SqliteFile:
        chosen = QFileDialog::getOpenFileName(this, tr("Compare an exported SQLite file"), start,
                                              tr("SQLite files (*.sqlite *.db);;All files (*)"));
        break;
    default:
        break;
    }
    if (!chosen.isEmpty())
        side.name->setCurrentText(QDir::toNativeSeparators(chosen));
}

QString CompareDialog::problem(const QString &source)
{
    const QString name = source.trimmed();
    if (name.isEmpty())
        return tr("Choose a preset, a scenario file or an exported dataset.");
    if (QFileInfo::exists(name))
        return {};
    for (const std::string &preset : presetNames())
        if (name == QString::fromStdString(preset))
            return {};
    return tr("There is no preset, file or folder named \"%1\".").arg(name);
}

void CompareDialog::update()
{
    bool ok = true;
    for (Side *side : {&m_baseline, &m_current}) {
        const QString problem = CompareDialog::problem(side->name->currentText());
        side->error->setText(problem);
        side->error->setVisible(!problem.isEmpty());
        ok = ok && problem.isEmpty();
    }
    // An error that appears takes room below its field: the dialog grows rather than squeezing it.
    if (isVisible() && height() < sizeHint().height())
        resize(width(), sizeHint().height());
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok);
}

QString CompareDialog::baseline() const
{
    return QDir::fromNativeSeparators(m_baseline.name->currentText().trimmed());
}

QString CompareDialog::current() const
{
    return QDir::fromNativeSeparators(m_current.name->currentText().trimmed());
}

void CompareDialog::setBaseline(const QString &source)
{
    m_baseline.name->setCurrentText(source);
}

void CompareDialog::setCurrent(const QString &source)
{
    m_current.name->setCurrentText(source);
}

} // namespace pmis
