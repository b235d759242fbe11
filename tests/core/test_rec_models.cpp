// The recommender's models on hand-built fixtures: the data view (foreign keys through ID columns),
// TF-IDF by its definition, item-kNN by hand, implicit ALS (loss, orientation, determinism),
// logistic regression (planted coefficients, class weights) and Platt calibration.
#include "core/rec/content_model.h"
#include "core/rec/implicit_als.h"
#include "core/rec/item_knn.h"
#include "core/rec/logistic.h"
#include "core/rec/metrics.h"
#include "core/rec/rec_data.h"
#include "core/rec/success_model.h"
#include "core/util/rng.h"
#include "tests/core/rec_fixtures.h"

#include <QtTest>

using namespace pmis;
using namespace pmis::rec;
using namespace pmis::rectest;

namespace {

std::int32_t token(const RecData &d, const std::string &t)
{
    for (std::size_t i = 0; i < d.vocabulary.size(); ++i)
        if (d.vocabulary[i] == t)
            return std::int32_t(i);
    return -1;
}

Feedback handFeedback()
{
    // Students A, B, C; internships 0, 1, 2. C saw 0 with a zero-weight event only.
    Feedback f;
    f.students = 3;
    f.internships = 3;
    f.offset = {0, 2, 4, 7};
    f.item = {0, 1, 0, 2, 0, 1, 2};
    f.weight = {1, 1, 1, 5, 0, 5, 1};
    f.applied = {0, 0, 0, 1, 1, 1, 0};
    return f;
}

Feedback randomFeedback(std::size_t students, std::size_t items, int perStudent, std::uint64_t seed,
                        bool blocks)
{
    const RandomStream rng(seed, "tests", "feedback");
    Feedback f;
    f.students = students;
    f.internships = items;
    f.offset.push_back(0);
    for (std::size_t s = 0; s < students; ++s) {
        std::vector<std::int32_t> picked;
        for (int k = 0; k < perStudent; ++k) {
            std::int64_t lo = 0, hi = std::int64_t(items) - 1;
            if (blocks) { // two communities: each student engages with its half only
                lo = s < students / 2 ? 0 : std::int64_t(items / 2);
                hi = lo + std::int64_t(items / 2) - 1;
            }
            picked.push_back(std::int32_t(rng.integer(s, std::uint64_t(k), lo, hi)));
        }
        std::sort(picked.begin(), picked.end());
        picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
        for (std::int32_t i : picked) {
            f.item.push_back(i);
            const double w[] = {1, 3, 5, 0};
            f.weight.push_back(w[rng.integer(s, 1000 + std::uint64_t(i), 0, 3)]);
            f.applied.push_back(0);
        }
        f.offset.push_back(std::uint32_t(f.item.size()));
    }
    return f;
}

struct Planted
{
    std::vector<double> x;
    std::vector<double> y;
};

Planted planted(std::size_t n, double b, const std::vector<double> &w, std::uint64_t seed)
{
    const RandomStream rng(seed, "tests", "planted");
    Planted p;
    const std::size_t d = w.size();
    for (std::size_t i = 0; i < n; ++i) {
        double z = b;
        for (std::size_t j = 0; j < d; ++j) {
            const double v = rng.normal(i, 2 * j);
            p.x.push_back(v);
            z += w[j] * v;
        }
        p.y.push_back(rng.uniform(i, 100) < sigmoid(z) ? 1.0 : 0.0);
    }
    return p;
}

} // namespace

class TestRecModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataViewMapsKeysThroughIds()
    {
        auto built = buildRecData(tinyDataset());
        QVERIFY2(built, built.error().c_str());
        const RecData &d = *built;
        QCOMPARE(d.students, std::size_t(3));
        QCOMPARE(d.studentIds[0], std::string("STU_00030"));
        QCOMPARE(d.findStudent("STU_00010"), 1);
        QCOMPARE(d.findStudent("20"), 2);
        QCOMPARE(d.findStudent("STU_00099"), -1);
        QCOMPARE(d.findInternship("INT_00005"), 2);
        // Student 30 (row 0) viewed INT 7 (row 0) then INT 3 (row 1).
        QCOMPARE(d.eventCount(0), std::size_t(2));
        QCOMPARE(d.eventsOf(0)[0].internship, 0);
        QCOMPARE(d.eventsOf(0)[1].internship, 1);
        // Student 10 (row 1): INT 7 (row 0) then INT 5 (row 2), an apply.
        QCOMPARE(d.eventsOf(1)[1].internship, 2);
        QVERIFY(d.eventsOf(1)[1].type == EventType::Apply);
        QCOMPARE(d.outcomes.size(), std::size_t(2));
        QCOMPARE(d.outcomes[0].student, 1);
        QCOMPARE(d.outcomes[0].internship, 2);
        QCOMPARE(d.outcomes[1].student, 2);
        QCOMPARE(d.outcomes[1].internship, 1);
        QVERIFY(d.hasTrueProbability);
        // Tokens are normalised: "Python" and "python", "SQL" and "sql" are one token each.
        QCOMPARE(d.studentSkills[0].size(), std::size_t(2));
        QCOMPARE(d.studentInterests[0], std::vector<std::int32_t>{token(d, "sql")});
        QCOMPARE(d.studentSkills[1], std::vector<std::int32_t>{token(d, "sql")});
        QCOMPARE(d.studentCity[0], d.internshipCity[0]); // Pune
        QCOMPARE(d.studentCity[2], -1);                  // null
        QVERIFY(std::isnan(d.stipend[2]));
        QCOMPARE(d.ruralUrban.labels[std::size_t(d.ruralUrban.codes[1])], std::string("rural"));
    }

    void dataViewReadsTextKeysAndReportsProblems()
    {
        Dataset data = tinyDataset();
        // Text foreign keys ("STU_00030") resolve the same way.
        Column &fk = data.interactions.at("student_id");
        std::vector<std::string> texts;
        for (std::int64_t id : fk.ints)
            texts.push_back("STU_" + std::string(5 - std::to_string(id).size(), '0')
                            + std::to_string(id));
        fk = textColumn("student_id", texts);
        data.interactions.at("internship_id").ints[5] = 999; // unknown internship
        auto built = buildRecData(data);
        QVERIFY2(built, built.error().c_str());
        QCOMPARE(built->eventCount(0), std::size_t(2));
        QCOMPARE(built->skippedInteractions, std::size_t(1));
        Dataset broken = tinyDataset();
        broken.students.columns.erase(broken.students.columns.begin() + 1); // skills
        auto failed = buildRecData(broken);
        QVERIFY(!failed);
        QVERIFY2(failed.error().find("students.skills") != std::string::npos,
                 failed.error().c_str());
        Dataset duplicate = tinyDataset();
        duplicate.students.at("student_id").ints[2] = 30;
        QVERIFY(!buildRecData(duplicate));
    }

    void contentByDefinition()
    {
        const RecData d = buildRecData(tinyDataset()).takeValue();
        const ContentModel m = ContentModel::build(d);
        const double idfCommon = std::log(4.0 / 3.0) + 1, idfRare = std::log(2.0) + 1;
        QVERIFY(std::abs(m.idf(token(d, "python")) - idfCommon) < 1e-15);
        QVERIFY(std::abs(m.idf(token(d, "docker")) - idfRare) < 1e-15);
        QVERIFY(std::abs(m.idf(token(d, "data")) - idfRare) < 1e-15); // the domain token
        // Student 30: skills python, java; interest sql (weight 0.5). Internship 7: python, sql, data.
        const double cosine = m.score(0, 0);
        QVERIFY(std::abs(cosine - 0.49667124585175654) < 1e-12);
        const ContentExplanation e = m.explain(d, 0, 0);
        QCOMPARE(e.cosine, cosine); // the same additions in the same order
        double sum = 0;
        for (const auto &c : e.contributions)
            sum += c.contribution;
        QCOMPARE(sum, cosine);
        QCOMPARE(e.contributions.size(), std::size_t(2));
        for (const auto &c : e.contributions) {
            if (c.token == token(d, "python")) {
                QVERIFY(std::abs(c.contribution - 0.26638958005080615) < 1e-12);
                QVERIFY(c.source == TokenSource::Skill);
            } else {
                QCOMPARE(c.token, token(d, "sql"));
                QVERIFY(std::abs(c.contribution - 0.23028166580095039) < 1e-12);
                QVERIFY(c.source == TokenSource::Interest);
            }
        }
        QCOMPARE(e.matched, std::vector<std::int32_t>{token(d, "python")});
        // An interest is not a skill, and not missing either: it raises the score at interest weight.
        QCOMPARE(e.interests, std::vector<std::int32_t>{token(d, "sql")});
        QVERIFY(e.missing.empty());
        // Missing skills by idf: docker (rare) before python (common).
        const ContentExplanation miss = m.explain(d, 1, 2);
        QCOMPARE(miss.missing, (std::vector<std::int32_t>{token(d, "docker"), token(d, "python")}));
        QCOMPARE(miss.cosine, 0.0);
        // The whole-catalogue pass is bit-identical to score().
        std::vector<double> all(d.internships), students(d.students);
        for (std::size_t s = 0; s < d.students; ++s) {
            m.scoreInternships(s, all.data());
            for (std::size_t i = 0; i < d.internships; ++i)
                QCOMPARE(all[i], m.score(s, i));
        }
        m.scoreStudents(2, students.data());
        for (std::size_t s = 0; s < d.students; ++s)
            QCOMPARE(students[s], m.score(s, 2));
    }

    void itemKnnByHand()
    {
        const Feedback f = handFeedback();
        const double s01 = 1 / std::sqrt(52.0), s02 = 5 / std::sqrt(52.0), s12 = 5.0 / 26.0;
        KnnOptions one;
        one.neighbours = 1;
        const ItemKnn k1 = ItemKnn::build(f, one).takeValue();
        auto [b0, e0] = k1.neighbours(0);
        QCOMPARE(e0 - b0, std::ptrdiff_t(1));
        QCOMPARE(b0->item, 2);
        QVERIFY(std::abs(b0->similarity - s02) < 1e-12);
        std::vector<double> score(3);
        k1.scoreInternships(f, 0, score.data()); // A: j = 0 and 1 both point at 2
        QCOMPARE(score[0], 0.0);
        QCOMPARE(score[1], 0.0);
        QVERIFY(std::abs(score[2] - (s02 + s12)) < 1e-12);

        const ItemKnn k = ItemKnn::build(f).takeValue();
        k.scoreInternships(f, 2, score.data()); // C: j = 1 (w 5) and 2 (w 1); 0 has weight 0
        QVERIFY(std::abs(score[0] - (5 * s01 + s02)) < 1e-12);
        QVERIFY(std::abs(score[1] - s12) < 1e-12);
        QVERIFY(std::abs(score[2] - 5 * s12) < 1e-12);
        const auto terms = k.explain(f, 2, 0);
        QCOMPARE(terms.size(), std::size_t(2));
        QCOMPARE(terms[0].second + terms[1].second, score[0]);
        std::vector<double> byStudent(3), row(3);
        for (std::size_t i = 0; i < 3; ++i) {
            k.scoreStudents(f, i, byStudent.data());
            for (std::size_t s = 0; s < 3; ++s) {
                k.scoreInternships(f, s, row.data());
                QCOMPARE(byStudent[s], row[i]);
            }
        }
    }

    void itemKnnThreadsAndCancel()
    {
        const Feedback f = randomFeedback(2000, 300, 12, 5, false);
        KnnOptions a, b;
        a.threads = 1;
        b.threads = 2;
        const ItemKnn x = ItemKnn::build(f, a).takeValue(), y = ItemKnn::build(f, b).takeValue();
        QCOMPARE(x.edgeCount(), y.edgeCount());
        for (std::size_t i = 0; i < 300; ++i) {
            auto [xb, xe] = x.neighbours(i);
            auto [yb, ye] = y.neighbours(i);
            QCOMPARE(xe - xb, ye - yb);
            QVERIFY(xe - xb <= 20);
            for (; xb != xe; ++xb, ++yb) {
                QCOMPARE(xb->item, yb->item);
                QCOMPARE(xb->similarity, yb->similarity);
            }
        }
        auto cancelled = ItemKnn::build(f, a, [](double, const std::string &) { return false; });
        QVERIFY(cancelled.isCancelled());
    }

    void alsLossOrientationAndDeterminism()
    {
        const Feedback f = randomFeedback(300, 80, 10, 9, true);
        AlsOptions o;
        o.factors = 8;
        o.iterations = 10;
        o.threads = 1;
        const ImplicitAls m = ImplicitAls::train(f, o).takeValue();
        QCOMPARE(m.students(), std::size_t(300));
        QCOMPARE(m.internships(), std::size_t(80));
        QCOMPARE(m.studentFactors().size(), std::size_t(300 * 8));
        QCOMPARE(m.internshipFactors().size(), std::size_t(80 * 8));
        const auto &loss = m.lossHistory();
        QCOMPARE(loss.size(), std::size_t(11));
        for (std::size_t t = 1; t < loss.size(); ++t)
            QVERIFY2(loss[t] <= loss[t - 1] * (1 + 1e-12), qPrintable(QString::number(t)));
        QVERIFY(loss.back() < loss.front());
        // The closed-form loss equals the brute-force sum over every pair.
        double brute = 0;
        for (std::size_t s = 0; s < 300; ++s) {
            for (std::size_t i = 0; i < 80; ++i) {
                double r = 0;
                const auto k = f.find(s, std::int32_t(i));
                if (k >= 0)
                    r = f.weight[std::size_t(k)];
                const double pref = r > 0 ? 1.0 : 0.0, c = 1 + o.alpha * r;
                brute += c * (pref - m.score(s, i)) * (pref - m.score(s, i));
            }
        }
        for (double v : m.studentFactors())
            brute += o.lambda * v * v;
        for (double v : m.internshipFactors())
            brute += o.lambda * v * v;
        QVERIFY(std::abs(brute - loss.back()) < 1e-9 * brute);
        // Orientation: students score their own community's unseen internships higher.
        std::vector<double> row(80);
        int wins = 0;
        for (std::size_t s = 0; s < 300; ++s) {
            m.scoreInternships(s, row.data());
            double own = 0, other = 0;
            for (std::size_t i = 0; i < 80; ++i) {
                if (f.seen(s, std::int32_t(i)))
                    continue;
                const bool mine = (s < 150) == (i < 40);
                (mine ? own : other) += row[i] / 40.0;
            }
            wins += own > other ? 1 : 0;
        }
        QVERIFY2(wins >= 295, qPrintable(QString::number(wins)));
        std::vector<double> col(300);
        m.scoreStudents(7, col.data());
        QCOMPARE(col[123], m.score(123, 7));
        o.threads = 2;
        const ImplicitAls again = ImplicitAls::train(f, o).takeValue();
        QCOMPARE(again.studentFactors(), m.studentFactors());
        QCOMPARE(again.internshipFactors(), m.internshipFactors());
    }

    void logisticRecoversPlantedCoefficients()
    {
        const std::vector<double> w = {1.0, -0.5, 0.25};
        const Planted p = planted(20000, -1.0, w, 3);
        auto fit = fitLogistic(p.x, 3, p.y, {});
        QVERIFY2(fit, fit.error().c_str());
        QVERIFY(fit->converged);
        QVERIFY(fit->iterations < 20);
        QVERIFY2(std::abs(fit->intercept + 1.0) < 0.05,
                 qPrintable(QString::number(fit->intercept)));
        for (std::size_t j = 0; j < 3; ++j)
            QVERIFY2(std::abs(fit->w[j] - w[j]) < 0.05, qPrintable(QString::number(fit->w[j])));
        // Stationarity of the penalised objective: X^T (p - y) + lambda w = 0, intercept unpenalised.
        std::vector<double> g(4, 0.0);
        for (std::size_t i = 0; i < p.y.size(); ++i) {
            double z = fit->intercept;
            for (std::size_t j = 0; j < 3; ++j)
                z += fit->w[j] * p.x[i * 3 + j];
            const double r = sigmoid(z) - p.y[i];
            g[0] += r;
            for (std::size_t j = 0; j < 3; ++j)
                g[j + 1] += r * p.x[i * 3 + j];
        }
        QVERIFY2(std::abs(g[0]) < 1e-6, qPrintable(QStringLiteral("%1 %2 %3 it %4")
                                                           .arg(g[0])
                                                           .arg(g[1])
                                                           .arg(fit->objective)
                                                           .arg(fit->iterations)));
        for (std::size_t j = 0; j < 3; ++j)
            QVERIFY(std::abs(g[j + 1] + 1.0 * fit->w[j]) < 1e-6);
    }

    void balancedWeightsCorrectTheIntercept()
    {
        const std::vector<double> w = {0.8, -0.4};
        const Planted p = planted(40000, -3.0, w, 4); // about 6% positives
        double pos = 0;
        for (double y : p.y)
            pos += y;
        const double n = double(p.y.size());
        const double w1 = n / (2 * pos), w0 = n / (2 * (n - pos));
        std::vector<double> weights;
        for (double y : p.y)
            weights.push_back(y > 0 ? w1 : w0);
        const LogisticFit fit = fitLogistic(p.x, 2, p.y, weights).takeValue();
        QVERIFY(std::abs(fit.intercept + 3.0) > 1.0); // weighting moves the intercept...
        const double corrected = fit.intercept - std::log(w1 / w0);
        QVERIFY2(std::abs(corrected + 3.0) < 0.1,
                 qPrintable(QString::number(corrected))); // ...and this undoes it
        QVERIFY(std::abs(fit.w[0] - 0.8) < 0.08);
        QVERIFY(std::abs(fit.w[1] + 0.4) < 0.08);
    }

    void plattCalibration()
    {
        // The fitting period has a lower base rate than the newer calibration and test periods.
        const std::vector<double> w = {1.2, -0.6};
        const Planted older = planted(8000, -2.6, w, 5), newer = planted(4000, -1.8, w, 6),
                      test = planted(4000, -1.8, w, 7);
        const LogisticFit fit = fitLogistic(older.x, 2, older.y, {}).takeValue();
        const auto logits = [&](const Planted &p) {
            std::vector<double> z;
            for (std::size_t i = 0; i < p.y.size(); ++i)
                z.push_back(fit.intercept + fit.w[0] * p.x[2 * i] + fit.w[1] * p.x[2 * i + 1]);
            return z;
        };
        const auto labels = [](const Planted &p) {
            std::vector<std::uint8_t> y;
            for (double v : p.y)
                y.push_back(v > 0);
            return y;
        };
        const PlattScaling platt = fitPlatt(logits(newer), labels(newer));
        QVERIFY(platt.fitted);
        QVERIFY(platt.a > 0);
        std::vector<double> before, after;
        for (double z : logits(test)) {
            before.push_back(sigmoid(z));
            after.push_back(sigmoid(platt.apply(z)));
        }
        const auto y = labels(test);
        QVERIFY(std::abs(rocAuc(before, y) - rocAuc(after, y)) < 1e-12);
        QVERIFY2(
                logLoss(after, y) < logLoss(before, y),
                qPrintable(
                        QStringLiteral("%1 vs %2").arg(logLoss(after, y)).arg(logLoss(before, y))));
        QVERIFY(platt.b > 0.5 && platt.b < 1.1); // recovers the shift of 0.8 (soft targets aside)
        // A single class cannot be calibrated: identity.
        const PlattScaling none = fitPlatt({0.1, 0.2, 0.3}, {0, 0, 0});
        QVERIFY(!none.fitted);
        QCOMPARE(none.apply(0.7), 0.7);
    }

    void successModelFeaturesAndExplanations()
    {
        const RecData d = buildRecData(tinyDataset()).takeValue();
        const ContentModel content = ContentModel::build(d);
        auto model = SuccessModel::train(d, content, {0, 1}, {});
        QVERIFY2(model, model.error().c_str());
        for (const std::string &name : model->featureNames()) {
            for (const char *banned :
                 {"gender", "rural", "tier", "Female", "Tier", "true_probability", "feedback",
                  "interview", "selection", "final", "rejection"})
                QVERIFY2(name.find(banned) == std::string::npos, name.c_str());
        }
        QCOMPARE(model->featureCount(), std::size_t(7 + 3 + 3));
        for (std::size_t s = 0; s < d.students; ++s) {
            for (std::size_t i = 0; i < d.internships; ++i) {
                const auto x = model->features(d, content, s, i, kNoTime);
                const SuccessExplanation e = model->explain(x.data());
                double sum = e.base;
                for (double v : e.contributions)
                    sum += v;
                QVERIFY(std::abs(sum - model->logit(x.data())) < 1e-12);
                QVERIFY(std::abs(e.probability - model->probability(x.data())) < 1e-15);
            }
        }
        // A null stipend and null city take the training mean and "not the same city".
        const auto x = model->features(d, content, 2, 2, kNoTime);
        QCOMPARE(x[4], 0.0); // log_stipend standardised at its mean
        QCOMPARE(x[3], 0.0); // same_city: constant 0 in the fitting rows, so standardised to 0
        auto single = SuccessModel::train(d, content, {0}, {});
        QVERIFY(!single);
        QVERIFY(single.error().find("both classes") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestRecModels)
#include "test_rec_models.moc"
