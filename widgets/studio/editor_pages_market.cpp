// Editor pages about the market: companies and internships, engagement, outcomes.
#include "widgets/studio/editor_pages.h"

#include "widgets/studio/choice_editor.h"
#include "widgets/studio/keyed_list_editor.h"
#include "widgets/studio/normal_spec_editor.h"
#include "widgets/studio/preview_service.h"
#include "widgets/studio/scenario_edits.h"
#include "widgets/studio/share_table_editor.h"
#include "widgets/studio/success_preview_chart.h"

#include <QLocale>
#include <QWidget>

#include <cmath>

namespace pmis {

using namespace pages;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

CompanyCategory *group(Scenario &s, const std::string &key)
{
    for (CompanyCategory &c : s.companyCategories)
        if (c.key == key)
            return &c;
    return nullptr;
}

std::vector<std::string> groupKeys(const Scenario &s)
{
    std::vector<std::string> out;
    for (const CompanyCategory &c : s.companyCategories)
        out.push_back(c.key);
    return out;
}

// Stipends of the preview's internships offered by companies of group `key`.
std::vector<double> stipendsOfGroup(const PreviewData &p, const std::string &key)
{
    std::vector<double> out;
    const CompanyCategory *g = group(const_cast<Scenario &>(p.scenario), key);
    if (!g)
        return out;
    const Column &category = p.data->companies.at("category");
    const auto code = category.codeOf(g->label);
    const Column &company = p.data->internships.at("company_id");
    const Column &stipend = p.data->internships.at("stipend");
    for (std::size_t r = 0; r < company.size(); ++r) {
        const auto row = std::size_t(company.ints[r] - 1);
        if (row < category.size() && category.codes[row] == code)
            out.push_back(stipend.number(r));
    }
    return out;
}

ShareTableEditor *share(const EditorContext &c, UiText title, ShareTable &(*acc)(Scenario &),
                        const char *table, const char *column, bool editable = true)
{
    ShareTableEditor::LabelHooks hooks;
    hooks.editable = editable;
    return new ShareTableEditor(c.document, c.preview, std::move(title), acc, table, column, hooks);
}

QString percent(double fraction)
{
    return ScenarioEditor::tr("%1%").arg(QLocale().toString(fraction * 100, 'f', 1));
}

} // namespace

namespace pages {

NumberField percentField(const QString &label, double &(*ref)(Scenario &), int decimals,
                         double step, const QString &toolTip)
{
    NumberField f;
    f.label = label;
    f.get = [ref](const Scenario &s) { return ref(const_cast<Scenario &>(s)) * 100; };
    f.set = [ref](Scenario &s, double v) { ref(s) = v / 100; };
    f.decimals = decimals;
    f.step = step;
    f.toolTip = toolTip;
    f.suffix = QStringLiteral(" %");
    f.refuse = [ref, label](const Scenario &s) {
        const double v = ref(const_cast<Scenario &>(s));
        return v >= 0 && v <= 1 ? QString()
                                : ScenarioEditor::tr("%1 must be from 0% to 100%").arg(label);
    };
    return f;
}

QString funnelProblem(const Scenario &candidate)
{
    const auto conflicts = funnelConflicts(candidate);
    if (conflicts.empty())
        return {};
    const TargetConflict &c = conflicts.front();
    switch (c.kind) {
    case TargetConflict::Kind::ApplyOverView:
        return ScenarioEditor::tr("Apply (%1 of interactions) cannot be more than view (%2): every "
                                  "application follows a view. Raise view or lower apply.")
                .arg(percent(c.share), percent(c.limit));
    case TargetConflict::Kind::ClosingOverApply:
        return ScenarioEditor::tr("Shortlist and reject together (%1 of interactions) cannot be "
                                  "more than apply (%2): each closes one application. Lower them "
                                  "or raise apply.")
                .arg(percent(c.share), percent(c.limit));
    case TargetConflict::Kind::RateOverShortlist:
        return ScenarioEditor::tr("A success rate of %1 cannot be reached: only %2 of applications "
                                  "end in shortlist. Lower the success rate to at most %2 or raise "
                                  "shortlist's share of interaction types.")
                .arg(percent(c.share), percent(c.limit));
    }
    return {};
}

QString seatShortage(const Scenario &s)
{
    const double applications = expectedApplications(s);
    const double seats = expectedSeats(s);
    const double selected = s.outcome.successRate * applications;
    if (seats <= 0 || selected <= seats)
        return {};
    return ScenarioEditor::tr("A success rate of %1 would select about %L2 of the %L3 expected "
                              "applications, but the internships offer only about %L4 seats: "
                              "fewer applications will succeed. Lower the success rate or the "
                              "interactions, or add internships or positions.")
            .arg(percent(s.outcome.successRate))
            .arg(std::llround(selected))
            .arg(std::llround(applications))
            .arg(std::llround(seats));
}

} // namespace pages

QWidget *buildCompaniesPage(const EditorContext &c)
{
    auto *names = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Companies per group"); }, groupKeys,
            [](Scenario &s, const std::string &k) {
                auto *g = group(s, k);
                return g ? &g->names : nullptr;
            });
    auto *industries = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Industries per group"); }, groupKeys,
            [](Scenario &s, const std::string &k) {
                auto *g = group(s, k);
                return g ? &g->industries : nullptr;
            });
    auto *stipend = new NormalSpecEditor(
            c.document, c.preview, [] { return ScenarioEditor::tr("Stipend per company group"); },
            groupKeys,
            [](Scenario &s, const std::string &k) {
                auto *g = group(s, k);
                return g ? &g->stipend : nullptr;
            },
            stipendsOfGroup, [] { return ScenarioEditor::tr("INR per month"); }, 0);
    auto *reputation = new NormalSpecEditor(
            c.document, c.preview,
            [] { return ScenarioEditor::tr("Reputation per company group"); }, groupKeys,
            [](Scenario &s, const std::string &k) {
                auto *g = group(s, k);
                return g ? &g->reputation : nullptr;
            },
            [](const PreviewData &p, const std::string &k) {
                const auto *g = group(const_cast<Scenario &>(p.scenario), k);
                return g ? valuesWhere(p.data->companies, "reputation_score", "category", g->label)
                         : std::vector<double>{};
            },
            [] { return ScenarioEditor::tr("score"); }, 2);
    auto *groups = new NumbersEditor(
            c.document,
            [] { return ScenarioEditor::tr("Company groups: sizes and founding years"); },
            [](const Scenario &s) {
                std::vector<NumberField> f;
                for (std::size_t gi = 0; gi < s.companyCategories.size(); ++gi) {
                    const CompanyCategory &g = s.companyCategories[gi];
                    for (std::size_t si = 0; si < g.size.shares.size(); ++si) {
                        NumberField weight = field(
                                ScenarioEditor::tr("%1: %2 weight")
                                        .arg(q(g.label), q(g.size.shares[si].label)),
                                [ gi, si ](Scenario & x) -> auto & {
                                    return x.companyCategories[gi].size.shares[si].weight;
                                },
                                2, 0.05);
                        // The weight's share of the group's companies, and the weights' total.
                        weight.beside = [gi, si](const Scenario &x) {
                            if (gi >= x.companyCategories.size())
                                return QString();
                            const ShareTable &t = x.companyCategories[gi].size;
                            const auto p = t.probabilities();
                            double total = 0;
                            for (const Share &sh : t.shares)
                                total += sh.weight;
                            return si < p.size() ? ScenarioEditor::tr("%1 of the group (total %2)")
                                                           .arg(percent(p[si]),
                                                                QLocale().toString(total, 'f', 2))
                                                 : QString();
                        };
                        f.push_back(std::move(weight));
                    }
                    f.push_back(field(
                            ScenarioEditor::tr("%1: founded from").arg(q(g.label)),
                            [gi](Scenario & x) -> auto & {
                                return x.companyCategories[gi].founded.min;
                            }));
                    f.push_back(field(
                            ScenarioEditor::tr("%1: founded to").arg(q(g.label)),
                            [gi](Scenario & x) -> auto & {
                                return x.companyCategories[gi].founded.max;
                            }));
                }
                return f;
            });

    ShareTableEditor::LabelHooks domainHooks;
    domainHooks.editable = true;
    domainHooks.added = [](Scenario &s, const std::string &k) {
        edits::addKeyLikeFirst(s.internship.domainSkills, k);
    };
    domainHooks.renamed = [](Scenario &s, const std::string &from, const std::string &to) {
        edits::renameKey(s.internship.domainSkills, from, to);
    };
    domainHooks.removed = [](Scenario &s, const std::string &k) {
        edits::removeKey(s.internship.domainSkills, k);
    };
    auto *domains = new ShareTableEditor(
            c.document, c.preview, [] { return ScenarioEditor::tr("Internship domains"); },
            [](Scenario &s) -> ShareTable & { return s.internship.domains; }, "internships",
            "domain", domainHooks);
    auto *internship = new NumbersEditor(
            c.document, [] { return ScenarioEditor::tr("Internships"); },
            [](const Scenario &s) {
                std::vector<NumberField> f{
                        field(
                                ScenarioEditor::tr("Stipend, lowest (INR)"),
                                [](Scenario & x) -> auto & { return x.internship.stipendMin; }, 0,
                                500),
                        field(
                                ScenarioEditor::tr("Stipend, highest (INR)"),
                                [](Scenario & x) -> auto & { return x.internship.stipendMax; }, 0,
                                500),
                        field(
                                ScenarioEditor::tr("Stipend rounded to (INR)"),
                                [](Scenario & x) -> auto & { return x.internship.stipendRound; }, 0,
                                100),
                        percentField(
                                ScenarioEditor::tr("Active share"),
                                [](Scenario &x) -> double & { return x.internship.activeShare; }, 1,
                                1, ScenarioEditor::tr("Share of internships still open")),
                        field(
                                ScenarioEditor::tr("Posted within (days)"),
                                [](Scenario & x) -> auto & {
                                    return x.internship.createdWithinDays;
                                }),
                        field(
                                ScenarioEditor::tr("Deadline within (days)"),
                                [](Scenario & x) -> auto & {
                                    return x.internship.deadlineWithinDays;
                                }),
                };
                for (std::size_t i = 0; i < s.internship.positions.size(); ++i) {
                    const QString size = q(s.internship.positions[i].first);
                    f.push_back(field(
                            ScenarioEditor::tr("Positions (%1), at least").arg(size),
                            [i](Scenario & x) -> auto & {
                                return x.internship.positions[i].second.min;
                            }));
                    f.push_back(field(
                            ScenarioEditor::tr("Positions (%1), at most").arg(size),
                            [i](Scenario & x) -> auto & {
                                return x.internship.positions[i].second.max;
                            }));
                }
                return f;
            });
    return page({
            stipend,
            reputation,
            names,
            industries,
            groups,
            domains,
            share(
                    c, [] { return ScenarioEditor::tr("Duration (months)"); },
                    [](Scenario &s) -> ShareTable & { return s.internship.durationMonths; },
                    "internships", "duration"),
            share(
                    c, [] { return ScenarioEditor::tr("Remote work"); },
                    [](Scenario &s) -> ShareTable & { return s.internship.remoteWork; },
                    "internships", "remote_work"),
            share(
                    c, [] { return ScenarioEditor::tr("Experience sought"); },
                    [](Scenario &s) -> ShareTable & { return s.internship.experienceLevel; },
                    "internships", "experience_level"),
            internship,
    });
}

QWidget *buildEngagementPage(const EditorContext &c)
{
    auto *numbers = new NumbersEditor(
            c.document, [] { return ScenarioEditor::tr("Activity and affinity"); },
            [](const Scenario &s) {
                std::vector<NumberField> f{
                        field(
                                ScenarioEditor::tr("Activity dispersion (gamma shape)"),
                                [](Scenario & x) -> auto & {
                                    return x.interaction.activityDispersion;
                                },
                                2, 0.1,
                                ScenarioEditor::tr("Smaller values make a few students much more "
                                                   "active than the rest")),
                        field(
                                ScenarioEditor::tr("Window (days)"),
                                [](Scenario & x) -> auto & { return x.interaction.windowDays; }),
                        field(
                                ScenarioEditor::tr("Applications per student, at most"),
                                [](Scenario & x) -> auto & {
                                    return x.interaction.maxApplications;
                                },
                                0, 1, ScenarioEditor::tr("0 means no limit but the calendar's")),
                        field(
                                ScenarioEditor::tr("Share of students who never engage"),
                                [](Scenario & x) -> auto & { return x.interaction.inactiveShare; },
                                2, 0.05,
                                ScenarioEditor::tr("Registered students with no interaction at "
                                                   "all")),
                        field(
                                ScenarioEditor::tr("Skill overlap weight"),
                                [](Scenario & x) -> auto & {
                                    return x.interaction.affinity.skillOverlap;
                                },
                                2, 0.1),
                        field(
                                ScenarioEditor::tr("Same-city bonus"), [](Scenario & x) -> auto & {
                                    return x.interaction.affinity.sameCity;
                                },
                                2, 0.1),
                        field(
                                ScenarioEditor::tr("Stipend weight"), [](Scenario & x) -> auto & {
                                    return x.interaction.affinity.stipend;
                                },
                                2, 0.1),
                        field(
                                ScenarioEditor::tr("Popularity exponent (Zipf)"),
                                [](Scenario & x) -> auto & {
                                    return x.interaction.affinity.zipfExponent;
                                },
                                2, 0.05),
                        field(
                                ScenarioEditor::tr("Choice noise"),
                                [](Scenario & x) -> auto & { return x.interaction.affinity.noise; },
                                2, 0.1),
                        field(
                                ScenarioEditor::tr("Candidates per engagement"),
                                [](Scenario & x) -> auto & {
                                    return x.interaction.affinity.candidates;
                                }),
                };
                for (std::size_t i = 0; i < s.interaction.timeSpent.size(); ++i) {
                    const QString type = q(s.interaction.timeSpent[i].first);
                    f.push_back(field(
                            ScenarioEditor::tr("Time spent (%1), min s").arg(type),
                            [i](Scenario & x) -> auto & {
                                return x.interaction.timeSpent[i].second.min;
                            }));
                    f.push_back(field(
                            ScenarioEditor::tr("Time spent (%1), max s").arg(type),
                            [i](Scenario & x) -> auto & {
                                return x.interaction.timeSpent[i].second.max;
                            }));
                }
                for (std::size_t i = 0; i < s.interaction.pageViews.size(); ++i) {
                    const QString type = q(s.interaction.pageViews[i].first);
                    f.push_back(field(
                            ScenarioEditor::tr("Page views (%1), min").arg(type),
                            [i](Scenario & x) -> auto & {
                                return x.interaction.pageViews[i].second.min;
                            }));
                    f.push_back(field(
                            ScenarioEditor::tr("Page views (%1), max").arg(type),
                            [i](Scenario & x) -> auto & {
                                return x.interaction.pageViews[i].second.max;
                            }));
                }
                return f;
            });
    ShareTableEditor *types = share(
            c, [] { return ScenarioEditor::tr("Interaction types"); },
            [](Scenario &s) -> ShareTable & { return s.interaction.types; }, "interactions",
            "interaction_type", false);
    types->setChecks(funnelProblem, seatShortage);
    return page({
            types,
            share(
                    c, [] { return ScenarioEditor::tr("Devices"); },
                    [](Scenario &s) -> ShareTable & { return s.interaction.device; },
                    "interactions", "device_type"),
            share(
                    c, [] { return ScenarioEditor::tr("Traffic sources"); },
                    [](Scenario &s) -> ShareTable & { return s.interaction.source; },
                    "interactions", "source"),
            numbers,
    });
}

QWidget *buildOutcomesPage(const EditorContext &c)
{
    auto *numbers = new NumbersEditor(
            c.document, [] { return ScenarioEditor::tr("Success model"); },
            [](const Scenario &s) {
                NumberField rate = percentField(
                        ScenarioEditor::tr("Success rate"),
                        [](Scenario &x) -> double & { return x.outcome.successRate; }, 3, 0.01,
                        ScenarioEditor::tr("Share of applications that succeed, in percent"));
                rate.refuse = [](const Scenario &x) {
                    if (!(x.outcome.successRate > 0 && x.outcome.successRate < 1))
                        return ScenarioEditor::tr(
                                "The success rate must be above 0% and below 100%");
                    return funnelProblem(x);
                };
                rate.note = seatShortage;
                std::vector<NumberField> f{
                        rate,
                        field(
                                ScenarioEditor::tr("Signal strength"),
                                [](Scenario & x) -> auto & { return x.outcome.signalStrength; }, 2,
                                0.1,
                                ScenarioEditor::tr("Multiplies every feature weight; 0 makes "
                                                   "outcomes pure chance")),
                        field(
                                ScenarioEditor::tr("Offers per student, at most"),
                                [](Scenario & x) -> auto & { return x.outcome.maxOffers; }, 0, 1,
                                ScenarioEditor::tr("0 means no limit")),
                        field(
                                ScenarioEditor::tr("Weight: skill match"),
                                [](Scenario & x) -> auto & { return x.outcome.wSkillMatch; }, 2,
                                0.1),
                        field(
                                ScenarioEditor::tr("Weight: CGPA"),
                                [](Scenario & x) -> auto & { return x.outcome.wCgpa; }, 2, 0.1),
                        field(
                                ScenarioEditor::tr("Weight: experience"),
                                [](Scenario & x) -> auto & { return x.outcome.wExperience; }, 2,
                                0.1),
                        field(
                                ScenarioEditor::tr("Weight: same city"),
                                [](Scenario & x) -> auto & { return x.outcome.wSameCity; }, 2, 0.1),
                        field(
                                ScenarioEditor::tr("Bias: rural"),
                                [](Scenario & x) -> auto & { return x.outcome.ruralBias; }, 2, 0.1,
                                ScenarioEditor::tr("Log-odds added for rural students; 0 is fair")),
                };
                auto bias = [&](const QString &label, const std::string &key, auto member) {
                    NumberField b;
                    b.label = label;
                    b.decimals = 2;
                    b.step = 0.1;
                    b.toolTip = ScenarioEditor::tr("Log-odds added for this group; 0 is fair");
                    b.get = [key, member](const Scenario &x) {
                        const auto *v = edits::find(const_cast<Scenario &>(x).outcome.*member, key);
                        return v ? *v : 0.0;
                    };
                    b.set = [key, member](Scenario &x, double v) {
                        if (v == 0)
                            edits::removeKey(x.outcome.*member, key);
                        else
                            edits::findOrAdd(x.outcome.*member, key) = v;
                    };
                    f.push_back(b);
                };
                for (const auto &tier : s.student.tiers.labels())
                    bias(ScenarioEditor::tr("Bias: %1").arg(q(tier)), tier, &OutcomeSpec::tierBias);
                for (const auto &g : s.student.gender.labels())
                    bias(ScenarioEditor::tr("Bias: %1").arg(q(g)), g, &OutcomeSpec::genderBias);
                return f;
            });
    auto *mode = new ChoiceEditor(
            c.document, [] { return ScenarioEditor::tr("Outcome counts"); },
            [] {
                return QStringList{ScenarioEditor::tr("Sampled"), ScenarioEditor::tr("Exact")};
            },
            [](const Scenario &s) { return s.outcome.mode == ShareMode::Exact ? 1 : 0; },
            [](Scenario &s, int i) {
                s.outcome.mode = i == 1 ? ShareMode::Exact : ShareMode::Sampled;
            });
    auto *reasons = new KeyedListEditor(
            c.document, [] { return ScenarioEditor::tr("Rejection reasons"); }, {},
            [](Scenario &s, const std::string &) { return &s.outcome.rejectionReasons; });
    return page({new SuccessPreviewChart(c.document, c.preview), numbers, mode, reasons});
}

} // namespace pmis
