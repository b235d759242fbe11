// Consistency of a dataset with itself: times in their declared order, the funnel within each
// session, closing steps against outcomes, seats and one outcome per application. Every check counts
// the rows that break its rule and names one, and works on imported data (keys resolved by ID, never
// by row number; a check whose columns are missing is left out).
#include "core/data/key_index.h"
#include "core/quality/checks_internal.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace pmis::quality::detail {
namespace {

constexpr std::int64_t kDay = 86400;

bool isTime(const Column *c)
{
    return c && (c->spec.type == ColumnType::Timestamp || c->spec.type == ColumnType::Date);
}

bool isKey(const Column *c)
{
    return c && c->spec.type == ColumnType::Id;
}

// The day a time falls on (floor division: days before 1970 are negative).
std::int64_t dayOf(std::int64_t t)
{
    return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay);
}

// Rows breaking one rule, with the first one's ID.
struct Tally
{
    std::size_t checked = 0;
    std::size_t broken = 0;
    std::string example;

    void count(bool ok, const Table &t, std::size_t row)
    {
        ++checked;
        if (!ok && broken++ == 0)
            example = t.columns.empty() ? std::to_string(row + 1) : t.columns.front().text(row);
    }
};

void report(Context &ctx, const std::string &id, const Table &t, const std::string &column,
            const Tally &tally, const Text &what, const Text &rule)
{
    Check &c = ctx.add("consistency." + id, "consistency", t.name, column);
    c.metric = "rows breaking";
    c.measured = double(tally.broken);
    c.expected = c.low = c.high = 0;
    c.status = tally.broken ? CheckStatus::Fail : CheckStatus::Pass;
    c.setReason(tally.broken
                        ? tx("%1 of %2 %3 break the rule: %4 (first: %5).",
                             {count(tally.broken), count(tally.checked), what, rule, tally.example})
                        : tx("All %1 %2 follow the rule: %3.", {count(tally.checked), what, rule}));
}

// A row's parent row through a foreign key, or -1.
struct Link
{
    const Column *fk = nullptr;
    KeyIndex index;
    bool ok = false;

    Link(const Table &child, const char *column, const Table &parent)
        : fk(child.find(column))
    {
        const Column *pk = primaryKeyColumn(parent);
        ok = isKey(fk) && pk;
        if (ok)
            index = KeyIndex(*pk);
    }
    std::int64_t operator()(std::size_t row) const
    {
        return ok && !fk->isNull(row) ? index.rowOf(fk->ints[row]) : -1;
    }
};

// An engagement's steps as found in the interactions: per apply row, its closing step.
enum class Step { View, Apply, Shortlist, Reject, Other };

struct Funnel
{
    std::vector<Step> step; // per interaction row
    std::vector<std::int64_t>
            closingTime;       // per interaction row: the closing step of an apply (or kNone)
    std::vector<Step> closing; // per interaction row: Shortlist / Reject / Other (none)
    static constexpr std::int64_t kNone = INT64_MIN;
};

void orderChecks(Context &ctx, Funnel &f)
{
    const Dataset &d = ctx.data;
    const Table &ia = d.interactions;
    const Column *time = ia.find("timestamp");
    const Column *type = ia.find("interaction_type");
    if (!isTime(time) || !type || type->spec.type != ColumnType::Category)
        return;
    const std::size_t n = ia.rowCount();
    f.step.assign(n, Step::Other);
    for (std::size_t r = 0; r < n; ++r) {
        if (type->isNull(r))
            continue;
        const std::string_view v = type->category(r);
        f.step[r] = v == "view"        ? Step::View
                    : v == "apply"     ? Step::Apply
                    : v == "shortlist" ? Step::Shortlist
                    : v == "reject"    ? Step::Reject
                                       : Step::Other;
    }
    const auto at = [&](std::size_t r) { return time->isNull(r) ? Funnel::kNone : time->ints[r]; };

    // Profile and posting before any engagement.
    for (const auto &[parentName, parent] :
         {std::pair{"student", &d.students}, std::pair{"internship", &d.internships}}) {
        const Link link(ia, parentName == std::string("student") ? "student_id" : "internship_id",
                        *parent);
        const Column *created = parent->find("created_at");
        if (!link.ok || !isTime(created))
            continue;
        Tally tally;
        for (std::size_t r = 0; r < n; ++r) {
            const std::int64_t p = link(r);
            if (p < 0 || at(r) == Funnel::kNone || created->isNull(std::size_t(p)))
                continue;
            tally.count(at(r) >= created->ints[std::size_t(p)], ia, r);
        }
        const std::string who = parentName == std::string("student") ? "profile" : "posting";
        report(ctx, std::string("order.") + who + "_before_engagement", ia, "timestamp", tally,
               tx("interactions"),
               tx("an interaction comes after the %1 it involves was created (%2.created_at)",
                  {tx(who), parent->name}));
    }

    // Applies on or before the deadline day.
    {
        const Link link(ia, "internship_id", d.internships);
        const Column *deadline = d.internships.find("application_deadline");
        if (link.ok && isTime(deadline)) {
            Tally tally;
            for (std::size_t r = 0; r < n; ++r) {
                const std::int64_t p = link(r);
                if (f.step[r] != Step::Apply || p < 0 || at(r) == Funnel::kNone
                    || deadline->isNull(std::size_t(p)))
                    continue;
                tally.count(dayOf(at(r)) <= dayOf(deadline->ints[std::size_t(p)]), ia, r);
            }
            report(ctx, "order.apply_by_deadline", ia, "timestamp", tally, tx("applies"),
                   tx("an application is made on or before the internship's application_deadline"));
        }
    }

    // The funnel within a session: a view, then an apply, then at most one closing step, in time.
    const Column *session = ia.find("session_id");
    const Column *student = ia.find("student_id");
    const Column *internship = ia.find("internship_id");
    if (!session || !session->isNumeric() || !isKey(student) || !isKey(internship))
        return;
    // Rows grouped by session, student and internship, in time order (a view before an apply at the
    // same second); each group is one engagement.
    const auto rank = [&](std::size_t r) { return int(f.step[r]); };
    const auto sessionOf = [&](std::size_t r) { return session->number(r); };
    std::vector<std::uint32_t> rows;
    rows.reserve(n);
    for (std::size_t r = 0; r < n; ++r)
        if (!std::isnan(sessionOf(r)) && !student->isNull(r) && !internship->isNull(r)
            && at(r) != Funnel::kNone)
            rows.push_back(std::uint32_t(r));
    const auto key = [&](std::uint32_t r) {
        return std::tuple(sessionOf(r), student->ints[r], internship->ints[r], at(r), rank(r));
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return key(x) < key(y); });
    const auto sameGroup = [&](std::uint32_t x, std::uint32_t y) {
        return sessionOf(x) == sessionOf(y) && student->ints[x] == student->ints[y]
               && internship->ints[x] == internship->ints[y];
    };
    f.closingTime.assign(n, Funnel::kNone);
    f.closing.assign(n, Step::Other);
    Tally applies, closings, single;
    std::vector<bool> grouped(n, false);
    for (std::size_t b = 0; b < rows.size();) {
        std::size_t e = b + 1;
        while (e < rows.size() && sameGroup(rows[e], rows[b]))
            ++e;
        bool seenView = false;
        std::int64_t lastApply = -1;
        std::size_t closingCount = 0;
        for (std::size_t k = b; k < e; ++k) {
            const std::size_t r = rows[k];
            grouped[r] = true;
            const Step s = f.step[r];
            if (s == Step::View) {
                seenView = true;
            } else if (s == Step::Apply) {
                applies.count(seenView, ia, r);
                lastApply = std::int64_t(r);
            } else if (s == Step::Shortlist || s == Step::Reject) {
                closings.count(lastApply >= 0, ia, r);
                ++closingCount;
                if (lastApply >= 0 && f.closingTime[std::size_t(lastApply)] == Funnel::kNone) {
                    f.closing[std::size_t(lastApply)] = s;
                    f.closingTime[std::size_t(lastApply)] = at(r);
                }
            }
        }
        if (closingCount > 0)
            single.count(closingCount == 1, ia, rows[b]);
        b = e;
    }
    for (std::size_t r = 0; r < n;
         ++r) { // steps without a session, a key or a time break the funnel
        if (grouped[r])
            continue;
        if (f.step[r] == Step::Apply)
            applies.count(false, ia, r);
        else if (f.step[r] == Step::Shortlist || f.step[r] == Step::Reject)
            closings.count(false, ia, r);
    }
    report(ctx, "funnel.apply_after_view", ia, "interaction_type", applies, tx("applies"),
           tx("an apply follows a view of the same internship by the same student in its session"));
    report(ctx, "funnel.closing_after_apply", ia, "interaction_type", closings, tx("closing steps"),
           tx("a shortlist or reject follows the apply it closes in its session"));
    report(ctx, "funnel.one_closing_step", ia, "session_id", single,
           tx("engagements with a closing step"),
           tx("an engagement (a session's rows for one student and internship) has at most one closing step"));
}

void outcomeConsistency(Context &ctx, const Funnel &f)
{
    const Dataset &d = ctx.data;
    const Table &o = d.outcomes;
    const Table &ia = d.interactions;
    const Column *success = o.find("success");
    const Column *applied = o.find("application_date");
    const Column *decided = o.find("selection_date");
    const Column *link = o.find("interaction_id");
    const Column *ipk = primaryKeyColumn(ia);
    if (!o.rowCount() || f.step.empty())
        return;

    // Each outcome's apply row: through interaction_id, else through (student, internship).
    std::vector<std::int64_t> applyOf(o.rowCount(), -1);
    if (isKey(link) && ipk) {
        const KeyIndex index(*ipk);
        for (std::size_t r = 0; r < o.rowCount(); ++r)
            applyOf[r] = link->isNull(r) ? -1 : index.rowOf(link->ints[r]);
    } else {
        const Column *os = o.find("student_id"), *oi = o.find("internship_id");
        const Column *is = ia.find("student_id"), *ii = ia.find("internship_id");
        if (!isKey(os) || !isKey(oi) || !isKey(is) || !isKey(ii))
            return;
        std::vector<std::uint32_t> applies;
        for (std::size_t r = 0; r < ia.rowCount(); ++r)
            if (f.step[r] == Step::Apply && !is->isNull(r) && !ii->isNull(r))
                applies.push_back(std::uint32_t(r));
        const auto pairLess = [&](std::uint32_t x, std::uint32_t y) {
            return std::pair(is->ints[x], ii->ints[x]) < std::pair(is->ints[y], ii->ints[y]);
        };
        std::stable_sort(applies.begin(), applies.end(), pairLess);
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            if (os->isNull(r) || oi->isNull(r))
                continue;
            const auto key = std::pair(os->ints[r], oi->ints[r]);
            const auto it = std::lower_bound(applies.begin(), applies.end(), key,
                                             [&](std::uint32_t x, const auto &k) {
                                                 return std::pair(is->ints[x], ii->ints[x]) < k;
                                             });
            if (it != applies.end() && std::pair(is->ints[*it], ii->ints[*it]) == key)
                applyOf[r] = *it;
        }
    }

    // One outcome per apply, and each outcome decides an apply.
    {
        std::vector<std::uint32_t> outcomesOf(ia.rowCount(), 0);
        Tally decides;
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            const bool ok = applyOf[r] >= 0 && f.step[std::size_t(applyOf[r])] == Step::Apply;
            decides.count(ok, o, r);
            if (ok)
                ++outcomesOf[std::size_t(applyOf[r])];
        }
        Tally once;
        for (std::size_t r = 0; r < ia.rowCount(); ++r)
            if (f.step[r] == Step::Apply)
                once.count(outcomesOf[r] == 1, ia, r);
        report(ctx, "outcome.decides_an_apply", o, "interaction_id", decides, tx("outcomes"),
               tx("an outcome decides an apply interaction"));
        report(ctx, "outcome.one_per_apply", ia, "interaction_type", once, tx("applies"),
               tx("each apply has exactly one outcome"));
    }

    // Decision after the application and after its closing step.
    if (isTime(decided)) {
        Tally tally;
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            if (decided->isNull(r))
                continue;
            const std::int64_t when = decided->ints[r];
            bool ok = !isTime(applied) || applied->isNull(r)
                      || dayOf(when) >= dayOf(applied->ints[r]);
            const std::int64_t a = applyOf[r];
            if (a >= 0 && !f.closingTime.empty() && f.closingTime[std::size_t(a)] != Funnel::kNone)
                ok = ok && when >= f.closingTime[std::size_t(a)];
            tally.count(ok, o, r);
        }
        report(ctx, "order.decision_after_application", o, "selection_date", tally, tx("outcomes"),
               tx("the decision (selection_date) comes after the application and after its closing step"));
    }

    // Closing step against outcome: a selected application ends in shortlist, a reject means failure.
    if (success && success->isNumeric() && !f.closing.empty()) {
        Tally tally;
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            const std::int64_t a = applyOf[r];
            if (a < 0 || success->isNull(r))
                continue;
            const bool won = success->number(r) != 0;
            const Step closing = f.closing[std::size_t(a)];
            tally.count(!won || closing == Step::Shortlist, o, r);
        }
        report(ctx, "outcome.closing_step", o, "success", tally, tx("outcomes"),
               tx("a selected application's engagement ends in shortlist, and one ending in reject is not selected"));
    }

    // Selected <= positions per internship.
    const Column *positions = d.internships.find("positions_available");
    const Link toInternship(o, "internship_id", d.internships);
    if (success && success->isNumeric() && positions && positions->isNumeric() && toInternship.ok) {
        std::vector<std::int64_t> selected(d.internships.rowCount(), 0);
        for (std::size_t r = 0; r < o.rowCount(); ++r) {
            const std::int64_t j = toInternship(r);
            if (j >= 0 && !success->isNull(r) && success->number(r) != 0)
                ++selected[std::size_t(j)];
        }
        Tally tally;
        for (std::size_t j = 0; j < selected.size(); ++j)
            if (!positions->isNull(j))
                tally.count(double(selected[j]) <= positions->number(j), d.internships, j);
        report(ctx, "outcome.selected_within_positions", d.internships, "positions_available",
               tally, tx("internships"),
               tx("an internship selects no more applicants than its positions_available"));
    }
}

// Nothing after the reference date: profiles, postings, interactions and decisions.
void referenceChecks(Context &ctx)
{
    if (!ctx.scenario)
        return;
    const std::int64_t ref = ctx.scenario->referenceSeconds();
    const Dataset &d = ctx.data;
    const std::pair<const Table *, const char *> events[] = {
            {&d.students, "created_at"},     {&d.internships, "created_at"},
            {&d.interactions, "timestamp"},  {&d.outcomes, "application_date"},
            {&d.outcomes, "selection_date"},
    };
    for (const auto &[t, name] : events) {
        const Column *c = t->find(name);
        if (!isTime(c))
            continue;
        Tally tally;
        for (std::size_t r = 0; r < t->rowCount(); ++r)
            if (!c->isNull(r))
                tally.count(c->ints[r] <= ref, *t, r);
        report(ctx, std::string("order.") + t->name + "." + name + "_by_reference_date", *t, name,
               tally, tx("%1 rows", {t->name}),
               tx("%1 is on or before the reference date (%2)",
                  {std::string(name), ctx.scenario->referenceDate}));
    }
}

// A limit per student on the outcome rows it counts (every application, or the selected ones only):
// a row beyond its student's limit breaks it.
void perStudentLimit(Context &ctx, std::int64_t most, bool selectedOnly, const char *id,
                     const Text &what, const Text &rule)
{
    const Table &t = ctx.data.outcomes;
    const Column *student = t.find("student_id");
    const Column *status = t.find("application_status");
    if (most <= 0 || !isKey(student)
        || (selectedOnly && (!status || status->spec.type != ColumnType::Category)))
        return;
    std::unordered_map<std::int64_t, std::int64_t> made;
    Tally tally;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        if (student->isNull(r)
            || (selectedOnly && (status->isNull(r) || status->category(r) != "selected")))
            continue;
        tally.count(++made[student->ints[r]] <= most, t, r);
    }
    report(ctx, id, t, "student_id", tally, what, rule);
}

// The scenario's limits on applications and on offers per student.
void studentLimits(Context &ctx)
{
    if (!ctx.scenario)
        return;
    const std::int64_t applications = ctx.scenario->interaction.maxApplications;
    const std::int64_t offers = ctx.scenario->outcome.maxOffers;
    perStudentLimit(ctx, applications, false, "outcomes.applications_per_student",
                    tx("applications"),
                    tx("a student makes at most %1 applications", {std::to_string(applications)}));
    perStudentLimit(ctx, offers, true, "outcomes.offers_per_student", tx("offers"),
                    tx("a student receives at most %1 offers", {std::to_string(offers)}));
}

} // namespace

void consistencyChecks(Context &ctx)
{
    Funnel funnel;
    orderChecks(ctx, funnel);
    outcomeConsistency(ctx, funnel);
    referenceChecks(ctx);
    studentLimits(ctx);
}

} // namespace pmis::quality::detail
