#include "widgets/studio/job_status_widget.h"

#include "widgets/studio/phase_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace pmis {

JobStatusWidget::JobStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobStatusWidget::cancelRequested);
    hide();
}

void JobStatusWidget::begin(UiText what)
{
    m_what = std::move(what);
    m_phase.clear();
    updateLabel();
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
}

void JobStatusWidget::setProgress(double fraction, const QString &phase)
{
    m_bar->setValue(int(fraction * 1000));
    m_phase = phase;
    updateLabel();
}

void JobStatusWidget::end()
{
    hide();
}

QString JobStatusWidget::text() const
{
    return m_label->text();
}

void JobStatusWidget::updateLabel()
{
    m_label->setText(m_phase.isEmpty() ? m_what.text()
                                       : tr("%1: %2").arg(m_what.text(), phaseText(m_phase)));
}

void JobStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_cancel->setText(tr("Cancel"));
        updateLabel();
    }
    QWidget::changeEvent(event);
}

} // namespace pmis
