#pragma once
// The employer view: the top K candidates for an internship before and after fair re-ranking over
// one protected group (FA*IR) or several (minimum-share greedy), with the m-table, the protected
// share per prefix and exposure by group as charts, the cost (NDCG retained), and an audit of the
// same re-ranking over every open internship (off the GUI thread).

#include "core/rec/shortlist.h"
#include "widgets/studio/ui_text.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pmis {

class RecChart;
class RecJob;

class RecEmployerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecEmployerPanel(QWidget *parent = nullptr);
    ~RecEmployerPanel() override;

    void setRecommender(std::shared_ptr<const rec::Recommender> recommender,
                        std::int64_t referenceTime);
    void setWeights(const rec::BlendWeights &weights);
    bool showInternship(const QString &id);
    // Turns a protected group on with a minimum share (0 turns it off); false when unknown.
    bool setGroupShare(const QString &key, double share);
    const rec::ShortlistResult &current() const { return m_current; }
    void startAudit();
    RecJob *auditJob() const { return m_audit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setAuditSummary(UiText text);
    void refresh();
    void showCharts();
    void showExposure();
    rec::ShortlistOptions options() const;

    std::shared_ptr<const rec::Recommender> m_recommender;
    std::int64_t m_referenceTime = 0;
    rec::BlendWeights m_weights;
    rec::ShortlistResult m_current;
    std::optional<rec::ShortlistAudit> m_lastAudit;
    QLabel *m_internshipLabel = nullptr;
    QLabel *m_kLabel = nullptr;
    QLabel *m_alphaLabel = nullptr;
    QGroupBox *m_fairBox = nullptr;
    UiText m_auditText;
    QComboBox *m_internship = nullptr;
    QSpinBox *m_k = nullptr;
    QCheckBox *m_applicantsOnly = nullptr;
    QTableWidget *m_groups = nullptr;
    QDoubleSpinBox *m_alpha = nullptr;
    QCheckBox *m_adjusted = nullptr;
    QLabel *m_idError = nullptr; // under the ID field: the typed ID names no internship
    QString m_shownId;           // the ID text the shortlist was last computed for
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    RecChart *m_shareChart = nullptr;
    RecChart *m_exposureChart = nullptr;
    QComboBox *m_exposureAttribute = nullptr;
    QComboBox *m_exposureScope = nullptr;
    QPushButton *m_auditButton = nullptr;
    QProgressBar *m_auditProgress = nullptr;
    QLabel *m_auditSummary = nullptr;
    RecJob *m_audit = nullptr;
};

} // namespace pmis
