#pragma once
// The student view: pick a student, see the top K internships with the hybrid score, its component
// contributions, the calibrated success probability, matched and missing skills and a one-line
// reason; the selected row's full explanation below.

#include "core/rec/recommender.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace pmis {

class RecStudentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecStudentPanel(QWidget *parent = nullptr);

    // A trained recommender (null clears the panel) and the date that decides what has expired.
    void setRecommender(std::shared_ptr<const rec::Recommender> recommender,
                        std::int64_t referenceTime);
    void setWeights(const rec::BlendWeights &weights);
    // Shows a student by ID text; false when unknown (the panel then says so and shows no results).
    bool showStudent(const QString &id);
    const rec::StudentRecommendations &current() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showDetails(int row);
    void fitWhyColumn(); // the width the other columns leave, at least ~16 characters
    QString profileText(std::size_t student) const;

    std::shared_ptr<const rec::Recommender> m_recommender;
    std::int64_t m_referenceTime = 0;
    rec::BlendWeights m_weights;
    rec::StudentRecommendations m_current;
    QLabel *m_studentLabel = nullptr;
    QLabel *m_kLabel = nullptr;
    QComboBox *m_student = nullptr;
    QSpinBox *m_k = nullptr;
    QLabel *m_idError = nullptr; // under the ID field: the typed ID names no student
    QString m_shownId;           // the ID text the results were last computed for
    QLabel *m_profile = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace pmis
