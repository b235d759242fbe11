#include "widgets/studio/filter_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace pmis {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_label = new QLabel(this);
    row->addWidget(m_label);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    row->addWidget(m_edit, 1);
    m_apply = new QPushButton(this);
    m_clear = new QPushButton(this);
    row->addWidget(m_apply);
    row->addWidget(m_clear);
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
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT filterRequested(text()); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        Q_EMIT filterRequested({});
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    retranslateUi();
}

void FilterBar::retranslateUi()
{
    m_label->setText(tr("Filter:"));
    m_edit->setPlaceholderText(tr("e.g. cgpa >= 8 and college_tier = \"Tier-1\""));
    m_apply->setText(tr("Apply"));
    m_clear->setText(tr("Clear"));
    switch (m_state) {
    case State::Count:
        setCountText();
        break;
    case State::Error:
        setErrorText();
        break;
    case State::None:
    case State::Busy:
        break; // a busy text is replaced by the result in a moment
    }
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
    m_state = State::Count;
    m_shown = shown;
    m_total = total;
    setCountText();
    m_error->hide();
}

void FilterBar::setCountText()
{
    // %Ln: the total, formatted for the current locale, also chooses the plural form.
    m_count->setText(tr("%1 of %Ln row(s)", nullptr, int(std::min<std::size_t>(m_total, INT_MAX)))
                             .arg(QLocale().toString(qulonglong(m_shown))));
}

void FilterBar::showBusy(const QString &what)
{
    m_state = State::Busy;
    m_count->setText(what);
}

void FilterBar::showError(const QString &message, int position, int length)
{
    m_state = State::Error;
    m_errorMessage = message;
    m_errorPosition = position;
    setErrorText();
    m_error->show();
    if (position >= 0) {
        m_edit->setFocus();
        m_edit->setSelection(position, std::max(1, length));
    }
}

void FilterBar::setErrorText()
{
    m_error->setText(
            tr("At character %1: %2").arg(QLocale().toString(m_errorPosition + 1), m_errorMessage));
    m_count->setText(tr("filter not applied"));
}

} // namespace pmis
