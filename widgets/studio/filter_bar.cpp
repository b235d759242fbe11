#include "widgets/studio/filter_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmis {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Filter:"), this));
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("e.g. cgpa >= 8 and college_tier = \"Tier-1\""));
    m_edit->setClearButtonEnabled(true);
    row->addWidget(m_edit, 1);
    auto *apply = new QPushButton(tr("Apply"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    row->addWidget(apply);
    row->addWidget(clear);
    m_count = new QLabel(this);
    m_count->setMinimumWidth(160);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_count);
    outer->addLayout(row);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { Q_EMIT filterRequested(text()); });
    connect(apply, &QPushButton::clicked, this, [this] { Q_EMIT filterRequested(text()); });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        Q_EMIT filterRequested({});
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_edit->setText(text);
}

QString FilterBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FilterBar::showCount(std::size_t shown, std::size_t total)
{
    const QLocale locale;
    m_count->setText(
            tr("%1 of %2 rows")
                    .arg(locale.toString(qulonglong(shown)), locale.toString(qulonglong(total))));
    m_error->hide();
}

void FilterBar::showBusy(const QString &what)
{
    m_count->setText(what);
}

void FilterBar::showError(const QString &message, int position, int length)
{
    m_error->setText(tr("At character %1: %2").arg(position + 1).arg(message));
    m_error->show();
    m_count->setText(tr("filter not applied"));
    if (position >= 0) {
        m_edit->setFocus();
        m_edit->setSelection(position, std::max(1, length));
    }
}

} // namespace pmis
